package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A literal column default, written as the Java value would be: {@code "draft"} for a String, {@code "42"}
 * for an int, {@code "true"}, {@code "12.50"}, {@code "2024-01-31"} for a LocalDate, an enum constant's
 * name for an enum. The value is checked against the column type at compile time and always rendered as
 * an escaped SQL literal, never pasted into SQL.
 *
 * <pre>{@code
 * @Default("draft") String status
 * @Default("0") int views
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {

  /** The default value, in the Java text form of the column's type. */
  String value();
}
