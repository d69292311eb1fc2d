package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the column name of a record component, or sets its size.
 *
 * <pre>{@code
 * @Column(name = "title_text", length = 200) String title       // varchar(200)
 * @Column(precision = 12, scale = 2) BigDecimal price            // numeric(12,2)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Column {

  /** The column name, used exactly as given. Empty means the snake_case component name. */
  String name() default "";

  /** For {@code String}: the maximum length in characters, giving {@code varchar(length)}; 0 means unbounded text. */
  int length() default 0;

  /** For {@code BigDecimal}: the total number of digits, 1 to 65. Unset (0): 38. */
  int precision() default 0;

  /** For {@code BigDecimal}: the digits after the decimal point. Unset (-1): 10 without a precision, else 0. */
  int scale() default -1;
}
