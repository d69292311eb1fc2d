package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a {@code String} component as a JSON document: {@code jsonb} on PostgreSQL, {@code json} on MySQL
 * and MariaDB, {@code JSON} on H2. The database checks that the text is valid JSON.
 *
 * <pre>{@code
 * @Json String metadata
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Json {}
