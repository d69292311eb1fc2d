package dev.strata.processor.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which type changes PostgreSQL makes in the catalog alone. Each pair was run on PostgreSQL 15 and the
 * table's file compared before and after ({@code ReviewNotesOnDatabasesTest} does the same for a migration).
 */
class PostgresReviewRulesTest {

  @ParameterizedTest(name = "{0} -> {1}: kept = {2}")
  @CsvSource(delimiter = ';', value = {
      "varchar(20); text; true",
      "varchar(100); varchar(200); true",
      "numeric(10,2); numeric(12,2); true",
      "timestamptz(3); timestamptz(6); true",
      "timestamptz(3); timestamptz; true",
      "time(3); time(6); true",
      "text; varchar(255); false",
      "varchar(20); varchar(10); false",
      "numeric(10,2); numeric(12,4); false",
      "integer; bigint; false",
      "uuid; text; false"})
  void typeChangesWithoutARewrite(String from, String to, boolean kept) {
    assertThat(PostgresReviewRules.keepsValues(from, to)).isEqualTo(kept);
  }
}
