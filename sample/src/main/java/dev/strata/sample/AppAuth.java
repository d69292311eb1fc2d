package dev.strata.sample;

import dev.strata.annotations.AuthConfig;
import dev.strata.annotations.AuthFields;
import dev.strata.annotations.AuthModel;
import dev.strata.annotations.AuthNaming;
import dev.strata.annotations.AuthPlugin;
import dev.strata.annotations.Default;
import org.jspecify.annotations.Nullable;

/**
 * The blog's sign-in, shared with a Better Auth server whose configuration is
 *
 * <pre>{@code
 * betterAuth({
 *   emailAndPassword: { enabled: true },
 *   plugins: [username(), twoFactor(), organization(), admin()],
 *   user: { additionalFields: {
 *     locale: { type: "string", required: false },
 *     newsletter: { type: "boolean", required: true, defaultValue: false },
 *   } },
 * })
 * }</pre>
 *
 * Strata generates the tables that server expects ({@code user}, {@code session}, {@code account},
 * {@code verification}, {@code twoFactor}, {@code organization}, {@code member}, {@code invitation}) in
 * {@code dev.strata.sample.auth}.
 */
@AuthConfig(
    emailAndPassword = true,
    plugins = {AuthPlugin.USERNAME, AuthPlugin.TWO_FACTOR, AuthPlugin.ORGANIZATION, AuthPlugin.ADMIN},
    naming = AuthNaming.BETTER_AUTH)
public final class AppAuth {

  private AppAuth() {}

  /** Extra columns of {@code user}. */
  @AuthFields(AuthModel.USER)
  record UserFields(@Nullable String locale, @Default("false") boolean newsletter) {}
}
