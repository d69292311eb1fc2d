package dev.strata.processor;

import static dev.strata.processor.SchemaErrorsTest.assertError;
import static dev.strata.processor.SchemaErrorsTest.compile;
import static dev.strata.processor.testing.Sources.inTest;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An auth configuration Better Auth could not run with, or that contradicts itself, fails the build with
 * one error on the annotation value or component at fault.
 */
class AuthConfigErrorsTest {

  static JavaFileObject schema() {
    return inTest("TestSchema", "@Schema(auth = AppAuth.class)", "interface TestSchema {}");
  }

  static JavaFileObject auth(String... lines) {
    return inTest("AppAuth", lines);
  }

  @Test
  void aValidConfigurationCompiles() {
    JavaFileObject auth = auth(
        "@AuthConfig(plugins = {AuthPlugin.USERNAME, AuthPlugin.ORGANIZATION},",
        "    organization = @AuthConfig.Organization(teams = true),",
        "    tables = @AuthTable(model = AuthModel.USER, name = \"users\"))",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.USER)",
        "  record Extras(@Nullable String phone, @Default(\"member\") String level) {}",
        "}");
    Compilation compilation = compile(auth, schema());
    CompilationSubject.assertThat(compilation).succeeded();
    CompilationSubject.assertThat(compilation).generatedSourceFile("test.auth.User").contentsAsUtf8String()
        .containsMatch("String phone,\\s+String level\\)");
  }

  @Test
  void theSchemaNamesAClassWithoutAuthConfig() {
    JavaFileObject auth = auth("public final class AppAuth {}");
    JavaFileObject schema = schema();
    assertError(compile(auth, schema), Message.AUTH_CONFIG_MISSING, schema, "@Schema(auth", "test.AppAuth", "@AuthConfig");
  }

  @Test
  void aRequiredExtraFieldWithoutDefaultExplainsBetterAuthsCheck() {
    JavaFileObject auth = auth(
        "@AuthConfig",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.USER)",
        "  record Extras(@Nullable String phone,",
        "      String tenantId) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_REQUIRED_WITHOUT_DEFAULT, auth, "String tenantId",
        "'tenantId'", "SchemaMismatchError", "@Nullable", "@Default");
  }

  @Test
  void anExtraFieldNamedLikeACoreField() {
    JavaFileObject auth = auth(
        "@AuthConfig",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.USER)",
        "  record Extras(",
        "      @Nullable String email) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_FIELD_CLASH, auth, "String email", "'email'", "defines");
  }

  @Test
  void anExtraFieldNamedLikeAPluginField() {
    JavaFileObject auth = auth(
        "@AuthConfig(plugins = AuthPlugin.USERNAME)",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.USER)",
        "  record Extras(",
        "      @Nullable String username) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_FIELD_CLASH, auth, "String username", "'username'", "plugin");
  }

  @Test
  void extraFieldsOfAPluginTable() {
    JavaFileObject auth = auth(
        "@AuthConfig(plugins = AuthPlugin.ORGANIZATION)",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.ORGANIZATION)",
        "  record Extras(@Nullable String website) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_FIELDS_MODEL, auth, "AuthModel.ORGANIZATION", "user, session, account");
  }

  @Test
  void extraSessionFieldsWhileSessionsLiveInSecondaryStorage() {
    JavaFileObject auth = auth(
        "@AuthConfig(secondaryStorage = true)",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.SESSION)",
        "  record Extras(@Nullable String device) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_MODEL_NOT_ENABLED, auth, "AuthModel.SESSION", "'session'", "keepSessionTable");
  }

  @Test
  void twoRecordsForTheSameTable() {
    JavaFileObject auth = auth(
        "@AuthConfig",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.USER)",
        "  record A(@Nullable String phone) {}",
        "  @AuthFields(AuthModel.USER) record B(@Nullable String fax) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_FIELDS_DUPLICATE, auth, "record B", "A and B");
  }

  @Test
  void authFieldsOutsideTheConfiguration() {
    JavaFileObject auth = auth("@AuthConfig", "public final class AppAuth {}");
    JavaFileObject stray = inTest("Stray", "@AuthFields(AuthModel.USER)", "record Stray(@Nullable String phone) {}");
    assertError(compile(auth, stray, schema()), Message.AUTH_FIELDS_PLACEMENT, stray, "record Stray", "nested in the class annotated @AuthConfig");
  }

  @Test
  void anUnsupportedExtraFieldType() {
    JavaFileObject auth = auth(
        "@AuthConfig",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.USER)",
        "  record Extras(",
        "      @Nullable BigDecimal balance) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_FIELD_TYPE, auth, "BigDecimal balance", "'balance'", "List<String>");
  }

  @Test
  void anEnumTheGeneratedClassesCannotSee() {
    JavaFileObject auth = auth(
        "@AuthConfig",
        "public final class AppAuth {",
        "  enum Level { LOW, HIGH }",
        "  @AuthFields(AuthModel.USER)",
        "  record Extras(",
        "      @Nullable Level level) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_FIELD_TYPE_NOT_ACCESSIBLE, auth, "Level level", "public");
  }

  @Test
  void anExtraFieldWithAnIdAnnotation() {
    JavaFileObject auth = auth(
        "@AuthConfig",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.USER)",
        "  record Extras(",
        "      @Id @Default(\"0\") long number) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_FIELD_UNSUPPORTED_ANNOTATION, auth, "long number", "@Id", "ids");
  }

  @Test
  void anExtraFieldWithTwoChecks() {
    JavaFileObject auth = auth(
        "@AuthConfig",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.USER)",
        "  record Extras(",
        "      @Check(\"score >= 0\") @Check(\"score <= 10\") @Default(\"0\") int score) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_FIELD_UNSUPPORTED_ANNOTATION, auth, "int score", "@Check", "check constraints");
  }

  @Test
  void aReferenceToATableTheConfigurationDoesNotHave() {
    JavaFileObject auth = auth(
        "@AuthConfig",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.USER)",
        "  record Extras(",
        "      @Nullable @References(table = \"organization\") String orgId) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_MODEL_NOT_ENABLED, auth, "table = \"organization\"", "ORGANIZATION");
  }

  @Test
  void aReferenceFromAnAuthFieldToAnApplicationRecord() {
    JavaFileObject team = inTest("Team", "public record Team(@Id String id) {}");
    JavaFileObject auth = auth(
        "@AuthConfig",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.USER)",
        "  record Extras(",
        "      @Nullable @References(Team.class) String teamId) {}",
        "}");
    JavaFileObject schema = inTest("TestSchema", "@Schema(auth = AppAuth.class, tables = Team.class)", "interface TestSchema {}");
    assertError(compile(team, auth, schema), Message.AUTH_REFERENCE_TARGET, auth, "String teamId", "test.Team", "application table");
  }

  @Test
  void aReferenceWhoseTypeIsNotTheIdType() {
    JavaFileObject auth = auth(
        "@AuthConfig(ids = AuthIds.SERIAL)",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.USER)",
        "  record Extras(",
        "      @Nullable @References(table = \"user\") String managerId) {}",
        "}");
    assertError(compile(auth, schema()), Message.REFERENCES_TYPE_MISMATCH, auth, "String managerId", "managerId");
  }

  @Test
  void aDuplicatePlugin() {
    JavaFileObject auth = auth(
        "@AuthConfig(plugins = {AuthPlugin.ADMIN,",
        "    AuthPlugin.ADMIN})",
        "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.AUTH_DUPLICATE_PLUGIN, auth, "    AuthPlugin.ADMIN})", "ADMIN");
  }

  @Test
  void theOauthProviderWithoutJwt() {
    JavaFileObject auth = auth("@AuthConfig(plugins = AuthPlugin.OAUTH_PROVIDER)", "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.AUTH_PLUGIN_REQUIRES, auth, "OAUTH_PROVIDER", "JWT");
  }

  @Test
  void organizationOptionsWithoutTheOrganizationPlugin() {
    JavaFileObject auth = auth(
        "@AuthConfig(plugins = AuthPlugin.ADMIN,",
        "    organization = @AuthConfig.Organization(teams = true))",
        "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.AUTH_OPTION_WITHOUT_PLUGIN, auth, "teams = true", "ORGANIZATION");
  }

  @Test
  void stripeOrganizationWithoutTheOrganizationPlugin() {
    JavaFileObject auth = auth(
        "@AuthConfig(plugins = AuthPlugin.STRIPE,",
        "    stripe = @AuthConfig.Stripe(organization = true))",
        "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.AUTH_PLUGIN_REQUIRES, auth, "organization = true", "ORGANIZATION");
  }

  @Test
  void keepingTheSessionTableWithoutSecondaryStorage() {
    JavaFileObject auth = auth("@AuthConfig(keepSessionTable = true)", "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.AUTH_KEEP_WITHOUT_SECONDARY_STORAGE, auth, "keepSessionTable", "secondaryStorage");
  }

  @Test
  void renamingATableThePluginsDoNotAdd() {
    JavaFileObject auth = auth(
        "@AuthConfig(tables = @AuthTable(model = AuthModel.TWO_FACTOR,",
        "    name = \"two_factor\"))",
        "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.AUTH_MODEL_NOT_ENABLED, auth, "AuthModel.TWO_FACTOR", "TWO_FACTOR");
  }

  @Test
  void renamingAFieldTheTableDoesNotHave() {
    JavaFileObject auth = auth(
        "@AuthConfig(tables = @AuthTable(model = AuthModel.USER,",
        "    columns = @AuthColumn(field = \"mail\", name = \"e_mail\")))",
        "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.AUTH_UNKNOWN_FIELD, auth, "field = \"mail\"", "emailVerified");
  }

  @Test
  void configuringATableTwice() {
    JavaFileObject auth = auth(
        "@AuthConfig(tables = {@AuthTable(model = AuthModel.USER, name = \"users\"),",
        "    @AuthTable(model = AuthModel.USER, name = \"people\")})",
        "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.AUTH_TABLE_DUPLICATE, auth, "name = \"people\"", "'user'");
  }

  @Test
  void twoAuthTablesRenamedToOneName() {
    JavaFileObject auth = auth(
        "@AuthConfig(tables = {@AuthTable(model = AuthModel.USER, name = \"accounts\"),",
        "    @AuthTable(model = AuthModel.ACCOUNT, name = \"accounts\")})",
        "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.AUTH_NAME_CLASH, auth, "AuthModel.ACCOUNT, name", "'accounts'");
  }

  @Test
  void anExtraFieldWhoseColumnClashesAfterSnakeCase() {
    JavaFileObject auth = auth(
        "@AuthConfig(naming = AuthNaming.DRIZZLE)",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.USER)",
        "  record Extras(",
        "      @Nullable @Column(name = \"email_verified\") String verifiedBy) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_NAME_CLASH, auth, "String verifiedBy", "'email_verified'");
  }

  @Test
  void anAuthTableRenamedToFlywaysHistoryTable() {
    JavaFileObject auth = auth(
        "@AuthConfig(tables = @AuthTable(model = AuthModel.VERIFICATION,",
        "    name = \"flyway_schema_history\"))",
        "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.RESERVED_TABLE_NAME, auth, "name = \"flyway_schema_history\"", "Flyway's history table");
  }

  /** Auth names follow the identifier policy of application names. */
  @Test
  void anInvalidRenamedTableName() {
    JavaFileObject auth = auth(
        "@AuthConfig(tables = @AuthTable(model = AuthModel.SESSION,",
        "    name = \"app session\"))",
        "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.INVALID_IDENTIFIER, auth, "name = \"app session\"", "whitespace");
  }

  @Test
  void anInvalidRenamedColumnName() {
    JavaFileObject auth = auth(
        "@AuthConfig(tables = @AuthTable(model = AuthModel.USER,",
        "    columns = @AuthColumn(field = \"email\", name = \"e-mail\")))",
        "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.INVALID_IDENTIFIER, auth, "name = \"e-mail\"", "'e-mail'");
  }

  @Test
  void anInvalidPackageName() {
    JavaFileObject auth = auth("@AuthConfig(packageName = \"com.example.1auth\")", "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.AUTH_PACKAGE_INVALID, auth, "packageName", "com.example.1auth");
  }

  @Test
  void anApplicationTableNamedLikeAnAuthTable() {
    JavaFileObject auth = auth("@AuthConfig", "public final class AppAuth {}");
    JavaFileObject user = inTest("Person", "@Table(\"user\")", "public record Person(@Id long id) {}");
    JavaFileObject schema = inTest("TestSchema", "@Schema(auth = AppAuth.class, tables = Person.class)", "interface TestSchema {}");
    assertError(compile(auth, user, schema), Message.AUTH_TABLE_NAME_TAKEN, user, "@Table(\"user\")", "'user'", "test.auth.User");
  }

  @Test
  void anApplicationReferenceToAnAuthTableTheConfigurationLacks() {
    JavaFileObject auth = auth("@AuthConfig", "public final class AppAuth {}");
    JavaFileObject post = inTest("Post", "public record Post(", "    @Id long id,",
        "    @References(table = \"twoFactor\") String secondFactor) {}");
    JavaFileObject schema = inTest("TestSchema", "@Schema(auth = AppAuth.class, tables = Post.class)", "interface TestSchema {}");
    assertError(compile(auth, post, schema), Message.REFERENCES_MISSING_TABLE, post, "String secondFactor", "twoFactor", "TWO_FACTOR");
  }

  @Test
  void anApplicationReferenceOfTheWrongIdType() {
    JavaFileObject auth = auth("@AuthConfig(ids = AuthIds.UUID)", "public final class AppAuth {}");
    JavaFileObject post = inTest("Post", "public record Post(", "    @Id long id,",
        "    @References(table = \"user\") String authorId) {}");
    JavaFileObject schema = inTest("TestSchema", "@Schema(auth = AppAuth.class, tables = Post.class)", "interface TestSchema {}");
    assertError(compile(auth, post, schema), Message.REFERENCES_TYPE_MISMATCH, post, "String authorId", "UUID");
  }

  @Test
  void anApplicationReferenceToANonUniqueAuthColumn() {
    JavaFileObject auth = auth("@AuthConfig", "public final class AppAuth {}");
    JavaFileObject post = inTest("Post", "public record Post(", "    @Id long id,",
        "    @References(table = \"user\", column = \"name\") String authorName) {}");
    JavaFileObject schema = inTest("TestSchema", "@Schema(auth = AppAuth.class, tables = Post.class)", "interface TestSchema {}");
    assertError(compile(auth, post, schema), Message.REFERENCES_NOT_UNIQUE, post, "String authorName", "'name'");
  }

  @Test
  void aFieldRenamedTwice() {
    JavaFileObject auth = auth(
        "@AuthConfig(tables = @AuthTable(model = AuthModel.USER, columns = {",
        "    @AuthColumn(field = \"email\", name = \"mail\"),",
        "    @AuthColumn(field = \"email\", name = \"email_address\")}))",
        "public final class AppAuth {}");
    assertError(compile(auth, schema()), Message.AUTH_COLUMN_DUPLICATE, auth, "name = \"email_address\"", "'email'", "'user'");
  }

  @Test
  void anAuthFieldReferencingANonUniqueAuthField() {
    JavaFileObject auth = auth(
        "@AuthConfig",
        "public final class AppAuth {",
        "  @AuthFields(AuthModel.SESSION)",
        "  public record Extras(",
        "      @Nullable @References(table = \"user\", column = \"name\") String userName) {}",
        "}");
    assertError(compile(auth, schema()), Message.AUTH_REFERENCE_COLUMN, auth, "String userName", "'name'", "'user'", "email");
  }

  @Test
  void aConfigurationTwoSchemasShare() {
    JavaFileObject auth = auth("@AuthConfig", "public final class AppAuth {}");
    JavaFileObject one = inTest("OneSchema", "@Schema(auth = AppAuth.class)", "interface OneSchema {}");
    JavaFileObject two = inTest("TwoSchema", "@Schema(auth = AppAuth.class)", "interface TwoSchema {}");
    Compilation compilation = Compile.with().compile(auth, one, two);
    CompilationSubject.assertThat(compilation).hadErrorContaining(Message.AUTH_CONFIG_SHARED.tag()).inFile(two).onLineContaining("interface TwoSchema");
  }

  @Test
  void anUnusedConfigurationIsAWarning() {
    JavaFileObject auth = auth("@AuthConfig", "public final class AppAuth {}");
    JavaFileObject note = inTest("Note", "public record Note(@Id long id) {}");
    JavaFileObject schema = inTest("TestSchema", "@Schema(tables = Note.class)", "interface TestSchema {}");
    Compilation compilation = Compile.with().compile(auth, note, schema);
    CompilationSubject.assertThat(compilation).succeeded();
    CompilationSubject.assertThat(compilation).hadWarningContaining(Message.AUTH_CONFIG_UNUSED.tag()).inFile(auth).onLineContaining("class AppAuth");
  }
}
