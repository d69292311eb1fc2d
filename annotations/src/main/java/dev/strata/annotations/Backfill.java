package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value existing rows get when a column becomes NOT NULL on a table that may hold rows: a new NOT
 * NULL column without a default, or a nullable column made NOT NULL (existing NULLs are replaced). Give
 * either a literal, written as Java prints the value, or an SQL expression over the row's columns.
 *
 * <pre>{@code
 * @Backfill("0") int views                                   // a literal
 * @Backfill(expression = "lower(email)") String emailKey     // computed from the row
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Backfill {

  /** A literal in the Java text form of the column's type. */
  String value() default "";

  /** An SQL expression over the table's columns (by component or column name), instead of a literal. */
  String expression() default "";
}
