package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column defaults to the current time ({@code CURRENT_TIMESTAMP}, {@code CURRENT_DATE} or
 * {@code CURRENT_TIME}). For {@code Instant}, {@code OffsetDateTime}, {@code LocalDateTime},
 * {@code LocalDate} and {@code LocalTime} columns.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface DefaultNow {}
