package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check constraint: a boolean SQL expression over the table's columns. Columns are referred to by their
 * record component name or their column name, and the processor quotes them for each database. The
 * expression must be portable SQL: one expression, no statement separators or comments.
 *
 * <pre>{@code
 * @Check("views >= 0") int views
 * @Check(value = "startsAt < endsAt", name = "events_period_check")
 * record Event(@Id long id, Instant startsAt, Instant endsAt) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Check.List.class)
public @interface Check {

  /** The boolean expression. */
  String value();

  /** The constraint name. Empty means a deterministic name: {@code <table>_<column>_check}. */
  String name() default "";

  /** Holds repeated {@link Check} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
  @interface List {
    Check[] value();
  }
}
