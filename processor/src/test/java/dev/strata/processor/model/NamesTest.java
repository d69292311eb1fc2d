package dev.strata.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void snakeCaseSplitsWordsAndAcronyms() {
    assertThat(Names.snakeCase("BlogPost")).isEqualTo("blog_post");
    assertThat(Names.snakeCase("authorId")).isEqualTo("author_id");
    assertThat(Names.snakeCase("credentialID")).isEqualTo("credential_id");
    assertThat(Names.snakeCase("requirePKCE")).isEqualTo("require_pkce");
    assertThat(Names.snakeCase("URLValue")).isEqualTo("url_value");
    assertThat(Names.snakeCase("oauth2Client")).isEqualTo("oauth2_client");
    assertThat(Names.snakeCase("already_snake")).isEqualTo("already_snake");
  }

  @Test
  void aLoneUnderscoreIsNoConstantSinceItIsAKeyword() {
    assertThat(Names.constantCase("_")).isEqualTo("__");
    assertThat(Names.constantCase("__")).isEqualTo("__");
  }

  @Test
  void namesThatShareAConstantGetNumberedConstants() {
    assertThat(Names.uniqueConstants(List.of("blogPost", "blog_post", "all", "_", "__"), java.util.Set.of("ALL")))
        .containsExactly(
            java.util.Map.entry("blogPost", "BLOG_POST"),
            java.util.Map.entry("blog_post", "BLOG_POST_2"),
            java.util.Map.entry("all", "ALL_2"),
            java.util.Map.entry("_", "__"),
            java.util.Map.entry("__", "___2"));
  }

  @Test
  void snakeCaseIgnoresTheDefaultLocale() {
    java.util.Locale previous = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertThat(Names.snakeCase("ItemId")).isEqualTo("item_id");
      assertThat(Names.constantCase("item_id")).isEqualTo("ITEM_ID");
    } finally {
      java.util.Locale.setDefault(previous);
    }
  }

  @Test
  void shortConstraintNamesAreKeptAsTheyAre() {
    assertThat(Names.constraintName("posts", List.of("author_id", "slug"), "key")).isEqualTo("posts_author_id_slug_key");
  }

  @Test
  void longConstraintNamesAreCutWithAHashAndFitPostgresAndMysql() {
    String table = "a_table_with_a_rather_long_descriptive_name";
    String a = Names.constraintName(table, List.of("first_long_column_name", "second_long_column_name"), "key");
    String b = Names.constraintName(table, List.of("first_long_column_name", "second_long_column_other"), "key");

    assertThat(Names.utf8Length(a)).isLessThanOrEqualTo(63);
    assertThat(Names.utf8Length(b)).isLessThanOrEqualTo(63);
    assertThat(a).endsWith("_key").startsWith("a_table_with_a_rather_long").isNotEqualTo(b);
    assertThat(Names.constraintName(table, List.of("first_long_column_name", "second_long_column_name"), "key")).isEqualTo(a);
  }

  @Test
  void multiByteNamesAreCutOnCharacterBoundariesWithinTheByteLimit() {
    String name = Names.constraintName("tabelle_ä".repeat(6), List.of("größe"), "idx");
    assertThat(Names.utf8Length(name)).isLessThanOrEqualTo(63);
    assertThat(name).endsWith("_idx").doesNotContain("\uFFFD");
  }

  @Test
  void identifierProblemsAreExplained() {
    assertThat(Identifiers.problem("order")).isNull();
    assertThat(Identifiers.problem("Größe")).isNull();
    assertThat(Identifiers.problem("")).contains("empty");
    assertThat(Identifiers.problem("1st")).contains("digit");
    assertThat(Identifiers.problem("a b")).contains("whitespace");
    assertThat(Identifiers.problem("a\"b")).contains("'\"'");
    assertThat(Identifiers.problem("x".repeat(64))).contains("64 bytes");
    assertThat(Identifiers.problem("emoji😀")).contains("Basic Multilingual Plane");
  }
}
