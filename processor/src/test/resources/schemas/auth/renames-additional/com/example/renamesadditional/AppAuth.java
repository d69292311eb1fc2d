package com.example.renamesadditional;

import dev.strata.annotations.*;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The Java side of the Better Auth configuration "renames-additional" in compat/better-auth/configs.mjs. */
@AuthConfig(
    tables = {
        @AuthTable(
            model = AuthModel.USER,
            name = "users",
            columns = {
                @AuthColumn(field = "emailVerified", name = "email_verified"),
                @AuthColumn(field = "createdAt", name = "created_at")
            }),
        @AuthTable(model = AuthModel.SESSION, name = "sessions", columns = @AuthColumn(field = "userId", name = "user_id"))
    },
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {
  /** Better Auth's string enum type ["free", "pro", "enterprise"]. */
  public enum Tier {
    free,
    pro,
    enterprise
  }

  @AuthFields(AuthModel.USER)
  record UserExtras(
      @Default("free") @AuthField(sortable = true) String plan,
      @Nullable @Index String nickname,
      @Nullable @Unique @Column(name = "external_ref") String externalRef,
      @Unique @Index @Default("t0") String tenantKey,
      @Default("0") int loginCount,
      @Nullable Long score,
      @Default("false") boolean marketingOptIn,
      @DefaultNow @Column(name = "joined_at") Instant joinedAt,
      @Nullable Instant profileUpdatedAt,
      @Nullable @Json String preferences,
      @Nullable List<String> tags,
      @Nullable List<Integer> luckyNumbers,
      @Nullable Tier tier,
      @Nullable @Index @References(table = "user", onDelete = ReferentialAction.SET_NULL) String managerId) {}

  @AuthFields(AuthModel.SESSION)
  record SessionExtras(@Nullable String deviceName) {}

  @AuthFields(AuthModel.ACCOUNT)
  record AccountExtras(@Nullable @AuthField(sortable = true) String providerLabel) {}

  @AuthFields(AuthModel.VERIFICATION)
  record VerificationExtras(@Default("0") int attempts) {}
}
