package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Better Auth field attributes without a Strata annotation of their own. See {@link AuthFields}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface AuthField {

  /** {@code sortable: true}: on MySQL a {@code varchar(255)} instead of {@code text}. */
  boolean sortable() default false;
}
