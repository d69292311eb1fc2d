package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the table a record maps to. Without it (or with an empty value) the table is named after the
 * record in snake_case: {@code BlogPost} becomes {@code blog_post}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {

  /** The table name, used exactly as given (quoted in SQL). Empty means the snake_case record name. */
  String value() default "";
}
