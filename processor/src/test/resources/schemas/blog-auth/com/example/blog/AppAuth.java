package com.example.blog;

import dev.strata.annotations.AuthConfig;
import dev.strata.annotations.AuthField;
import dev.strata.annotations.AuthFields;
import dev.strata.annotations.AuthModel;
import dev.strata.annotations.AuthNaming;
import dev.strata.annotations.AuthPlugin;
import dev.strata.annotations.Default;
import dev.strata.annotations.Index;
import dev.strata.annotations.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Email and password with four plugins, and extra user and session fields of every kind. */
@AuthConfig(
    plugins = {AuthPlugin.USERNAME, AuthPlugin.TWO_FACTOR, AuthPlugin.ORGANIZATION, AuthPlugin.ADMIN},
    naming = AuthNaming.BETTER_AUTH,
    plural = false)
public final class AppAuth {

  public enum Plan {
    FREE,
    PRO
  }

  @AuthFields(AuthModel.USER)
  record UserExtras(
      @Nullable @Index String phone,
      @Default("FREE") Plan plan,
      @Nullable @AuthField(sortable = true) String locale,
      @Nullable List<String> tags,
      @Default("[]") List<Integer> luckyNumbers,
      @Nullable @Json String preferences,
      @Default("0") long loginCount) {}

  @AuthFields(AuthModel.SESSION)
  record SessionExtras(@Nullable String deviceName) {}
}
