package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Acknowledges a change whose success depends on the data already in the table. Without it such a
 * change is a compile error that explains what could fail. On a component for its column's changes, on
 * a record for its table-level unique keys and primary key.
 *
 * <pre>{@code
 * @Acknowledge(value = Acknowledge.Risk.NARROWING_TYPE, reason = "codes are at most 8 characters")
 * @Column(length = 8) String code
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Acknowledge {

  /** The risks taken. */
  Risk[] value();

  /** Why it is safe: kept in the code for reviewers. */
  String reason() default "";

  /** Changes that can fail, or lose data, depending on the rows already stored. */
  enum Risk {
    /** A type that holds fewer values than before (shorter text, smaller number, fewer digits, text to number). */
    NARROWING_TYPE,
    /** A new NOT NULL without default or backfill: the table must be empty (or hold no NULLs). */
    NOT_NULL,
    /** A new unique key or a changed primary key: existing rows must not repeat. */
    UNIQUE,
    /** An enum constant removed: no row may hold it. */
    REMOVED_ENUM_CONSTANT
  }
}
