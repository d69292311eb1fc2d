package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.DatabaseSchema.Column;
import org.junit.jupiter.api.Test;

/**
 * The processor's spelling of a string default and the database's report of it describe one value, so
 * that drift compares values, not spellings.
 */
class SchemaDriftDefaultsTest {

  @Test
  void mysqlConcatenationOfRunsAndCharactersIsOneString() {
    String expected = SchemaDrift.defaultValue(Vendor.MYSQL, "(concat('a', char(92 using utf8mb4), '''$', '{x}'))");
    assertThat(expected).isEqualTo("'a\\''${x}'");
    // MariaDB reports it without spaces, its quotes backslash-escaped.
    assertThat(SchemaDrift.defaultValue(Vendor.MYSQL, "concat('a',char(92 using utf8mb4),'\\'$','{x}')")).isEqualTo(expected);
    assertThat(SchemaDrift.defaultValue(Vendor.MYSQL, "concat(char(15711167 using utf8mb4),'x')")).isEqualTo("'\uFEFFx'");
  }

  @Test
  void postgresEscapeStringsResolveUnicodeEscapes() {
    assertThat(SchemaDrift.defaultValue(Vendor.POSTGRESQL, "E'\\u0024{x}\\\\''\\uFEFF'")).isEqualTo("'${x}\\''\uFEFF'");
    assertThat(SchemaDrift.defaultValue(Vendor.POSTGRESQL, "'${x}\\''\uFEFF'::text")).isEqualTo("'${x}\\''\uFEFF'");
  }

  /** With standard_conforming_strings off, PostgreSQL reports '\\' for one backslash. */
  @Test
  void postgresLiteralsReportedWithoutStandardStringsReadAsEscapeStrings() {
    String reported = DatabaseSchema.asEscapeStrings("'a\\\\b''c'::text");
    assertThat(reported).isEqualTo("E'a\\\\b''c'::text");
    assertThat(SchemaDrift.defaultValue(Vendor.POSTGRESQL, reported)).isEqualTo("'a\\b''c'");
    assertThat(DatabaseSchema.asEscapeStrings("('x'::text || E'y')")).isEqualTo("(E'x'::text || E'y')");
  }

  @Test
  void h2UnicodeJsonIsTheSameDocumentAsItsReport() {
    String expected = SchemaDrift.defaultValue(Vendor.H2, "U&'{\"a\":\"\\0024{x}\"}' FORMAT JSON");
    assertThat(expected).isEqualTo(SchemaDrift.defaultValue(Vendor.H2, "JSON '{\"a\":\"${x}\"}'"));
  }

  @Test
  void jsonDefaultsCompareAsDocuments() {
    Column declared = new Column("doc", "jsonb", false, "'{\"q\":\"it''s\",\"e\":[1, null]}'", false);
    Column reported = new Column("doc", "jsonb", false, "'{\"e\": [1, null], \"q\": \"it''s\"}'::jsonb", false);
    assertThat(SchemaDrift.describe(Vendor.POSTGRESQL, reported)).isEqualTo(SchemaDrift.describe(Vendor.POSTGRESQL, declared));
  }
}
