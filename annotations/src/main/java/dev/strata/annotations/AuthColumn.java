package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A renamed auth column: Better Auth's {@code fields: { <field>: "<name>" }}. See {@link AuthTable}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface AuthColumn {

  /** The field, as Better Auth names it: {@code emailVerified}. */
  String field();

  /** Its physical column name. */
  String name();

  /** Former physical names of the column, when {@link #name()} changes after a release. */
  String[] renamedFrom() default {};
}
