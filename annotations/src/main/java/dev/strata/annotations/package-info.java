/**
 * The annotations of Strata: what users write on their application records, on the schema root, and on
 * their auth configuration.
 *
 * <p>A schema is declared by one aggregate root that names every table:
 *
 * <pre>{@code
 * @Table("posts")
 * public record Post(
 *     @Id @Identity long id,
 *     String title,                 // NOT NULL: reference types are required unless annotated @Nullable
 *     @Nullable String content,
 *     @References(Author.class) long authorId,
 *     @DefaultNow Instant createdAt) {}
 *
 * @Schema(tables = {Post.class, Author.class})
 * interface BlogSchema {}
 * }</pre>
 *
 * <p>Every annotation is retained in class files, so a partial recompile (an IDE saving one file) sees the
 * same schema as a full build.
 */
package dev.strata.annotations;
