package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Acknowledges, on a record, that a column of its released table is to be dropped with its data.
 * Without it, a column that disappears is a compile error: Strata never drops data on its own, and
 * cannot tell a dropped column from a renamed one (see {@link RenamedFrom}).
 *
 * <pre>{@code
 * @DropColumn(value = "summary", reason = "replaced by the first paragraph")
 * record Post(@Id long id, String title) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(DropColumn.List.class)
public @interface DropColumn {

  /** The column's name. */
  String value();

  /** Why it may go: kept in the code for reviewers. */
  String reason() default "";

  /** Holds repeated {@link DropColumn} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    DropColumn[] value();
  }
}
