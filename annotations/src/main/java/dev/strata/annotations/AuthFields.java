package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Additional fields of an auth table (Better Auth's {@code additionalFields}): each component of the
 * annotated record, nested in the {@link AuthConfig} class, becomes a column.
 *
 * <pre>{@code
 * @AuthFields(AuthModel.USER)
 * record UserExtras(@Nullable String phone, @Default("member") String role) {}
 * }</pre>
 *
 * <p>Types: {@code String}, {@code int}/{@code Integer} ({@code number}), {@code long}/{@code Long}
 * ({@code number} with {@code bigint}), {@code boolean}/{@code Boolean}, {@code Instant} ({@code date}),
 * {@code @Json String} ({@code json}), {@code List<String>} ({@code string[]}), {@code List<Integer>}
 * ({@code number[]}), and enums (a string enum). {@code @Unique}, {@code @Index}, {@code @Default},
 * {@code @DefaultNow}, {@code @References(table = ...)}, {@code @Column(name)} and {@link AuthField} map to
 * the field's attributes. A field that is NOT NULL needs a default: Better Auth refuses to run against a
 * table with a required column it does not know, unless the database can fill it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AuthFields {

  /** The table the fields belong to: {@code user}, {@code session}, {@code account} or {@code verification}. */
  AuthModel value();
}
