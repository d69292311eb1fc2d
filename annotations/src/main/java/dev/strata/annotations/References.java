package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key from this column to a column of another table: an application record by class, or an
 * auth table by name.
 *
 * <pre>{@code
 * @References(Post.class) long postId                                   // posts.id, the primary key
 * @References(value = Post.class, onDelete = ReferentialAction.CASCADE) long postId
 * @References(table = "user", column = "id") String authorId           // the auth table "user"
 * }</pre>
 *
 * <p>The column's Java type must match the referenced column's. The target must exist in the same schema;
 * an auth table must exist under the current auth configuration.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface References {

  /** The referenced application record. Leave unset to reference an auth table by {@link #table()}. */
  Class<? extends Record> value() default NoRecord.class;

  /** The referenced auth table, by its logical name ({@code "user"}, {@code "session"}, ...). */
  String table() default "";

  /**
   * The referenced column: a record component name for an application record, a field name for an auth
   * table. Empty means the target's single-column primary key.
   */
  String column() default "";

  /** What happens to this row when the referenced row is deleted. */
  ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

  /** What happens to this row when the referenced key changes. */
  ReferentialAction onUpdate() default ReferentialAction.NO_ACTION;

  /** The constraint name. Empty means a deterministic name: {@code <table>_<column>_fkey}. */
  String name() default "";

  /** The default of {@link #value()}: no record. */
  record NoRecord() {}
}
