package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Renames an auth table and its columns, as Better Auth's {@code modelName} and {@code fields} options
 * (or a plugin's {@code schema} option) do.
 *
 * <pre>{@code
 * @AuthConfig(tables = @AuthTable(model = AuthModel.USER, name = "users",
 *     columns = @AuthColumn(field = "emailVerified", name = "email_verified")))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface AuthTable {

  /** The table. */
  AuthModel model();

  /** Its physical name ({@code modelName}); empty keeps Better Auth's. */
  String name() default "";

  /**
   * Former physical names of the table, when {@link #name()} changes after a release: the next migration
   * renames the table instead of asking whether to drop it.
   */
  String[] renamedFrom() default {};

  /** Renamed columns ({@code fields}). */
  AuthColumn[] columns() default {};
}
