package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The aggregate root of a database schema: it names every table, so the processor always sees the whole
 * schema, even when only one source file is recompiled.
 *
 * <pre>{@code
 * @Schema(tables = {Post.class, Comment.class}, released = 2)
 * interface BlogSchema {}
 * }</pre>
 *
 * <p>From the root the processor generates {@code <Root>Tables} (every jOOQ table of the schema) and
 * {@code <Root>Migrations} (the migration index the runtime applies), and it writes the versioned SQL
 * migrations into the directory named by the processor option {@code strata.migrations.dir}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Schema {

  /** The application tables: records annotated with {@link Table} (or plain records, named after their class). */
  Class<? extends Record>[] tables() default {};

  /** The auth configuration class (annotated {@code @AuthConfig}) whose tables belong to this schema, if any. */
  Class<?> auth() default void.class;

  /**
   * The highest migration version that has been released: applied, or possibly applied, to a database
   * that is not a developer's own. Released migrations are frozen: the processor never rewrites them, and
   * every later schema change goes into one pending migration numbered {@code released + 1}, which the
   * processor folds further changes into until it is released in turn by raising this number.
   *
   * <p>The runtime refuses to apply a pending migration unless told to (development only).
   */
  int released() default 0;
}
