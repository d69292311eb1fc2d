package dev.strata.processor.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.processor.model.Column;
import dev.strata.processor.model.DefaultValue;
import dev.strata.processor.model.SqlType;
import org.junit.jupiter.api.Test;

/**
 * How each dialect writes a string into a migration script. The literals must read the same whatever the
 * session's settings, and hold nothing that Flyway alters before the database sees it: every U+FEFF is
 * dropped by Flyway's reader, and {@code ${...}} is a placeholder for plain Flyway.
 * {@code DefaultLiteralPropertyTest} checks these spellings on the databases.
 */
class StringLiteralTest {

  final Dialect postgres = Dialect.of("postgresql");
  final Dialect mysql = Dialect.of("mysql");
  final Dialect h2 = Dialect.of("h2");

  @Test
  void plainTextIsAStandardLiteralEverywhere() {
    for (Dialect dialect : new Dialect[] {postgres, mysql, h2}) {
      assertThat(dialect.stringLiteral("it's $$ -- ; */")).isEqualTo("'it''s $$ -- ; */'");
    }
  }

  @Test
  void mysqlWritesABackslashSoThatNoBackslashEscapesModeReadsItTheSame() {
    assertThat(mysql.stringLiteral("a\\b")).isEqualTo("concat('a', char(92 using utf8mb4), 'b')");
    assertThat(mysql.stringLiteral("\\")).isEqualTo("concat(char(92 using utf8mb4))");
    assertThat(mysql.stringLiteral("\\'")).isEqualTo("concat(char(92 using utf8mb4), '''')");
  }

  @Test
  void postgresEscapeStringsDoubleQuotesSoThatEveryToolFindsTheirEnd() {
    assertThat(postgres.stringLiteral("a\\'b")).isEqualTo("E'a\\\\''b'");
  }

  @Test
  void aFlywayPlaceholderIsCutOrEscaped() {
    assertThat(postgres.stringLiteral("${x} $x {x}")).isEqualTo("E'\\u0024{x} $x {x}'");
    assertThat(h2.stringLiteral("${x}\\")).isEqualTo("U&'\\0024{x}\\\\'");
    assertThat(mysql.stringLiteral("a${x}")).isEqualTo("concat('a$', '{x}')");
  }

  @Test
  void aByteOrderMarkIsWrittenAsAnEscape() {
    assertThat(postgres.stringLiteral("\uFEFFx")).isEqualTo("E'\\uFEFFx'");
    assertThat(h2.stringLiteral("\uFEFFx")).isEqualTo("U&'\\FEFFx'");
    assertThat(mysql.stringLiteral("\uFEFFx")).isEqualTo("concat(char(15711167 using utf8mb4), 'x')");
  }

  @Test
  void mysqlPutsAConcatenatedDefaultInParentheses() {
    Column column = new Column("c", new SqlType.Varchar(10), false, new DefaultValue.Literal("a\\b"), false);
    assertThat(mysql.defaultExpression(column)).isEqualTo("(concat('a', char(92 using utf8mb4), 'b'))");
  }

  @Test
  void h2ReadsAUnicodeStringAsAJsonDocument() {
    assertThat(h2.literal("{\"a\":\"${x}\"}", new SqlType.Json()))
        .isEqualTo("U&'{\"a\":\"\\0024{x}\"}' FORMAT JSON");
  }
}
