package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Acknowledges, on the {@link Schema} root, that a table of the released schema is to be dropped with
 * all its rows. Without it, a table that disappears from {@code @Schema(tables)} is a compile error:
 * Strata never drops data on its own.
 *
 * <pre>{@code
 * @Schema(tables = {Post.class}, released = 3)
 * @DropTable(value = "legacy_posts", reason = "migrated to posts in V2")
 * interface BlogSchema {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(DropTable.List.class)
public @interface DropTable {

  /** The table's name. */
  String value();

  /** Why it may go: kept in the code for reviewers. */
  String reason() default "";

  /** Holds repeated {@link DropTable} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    DropTable[] value();
  }
}
