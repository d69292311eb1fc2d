package dev.strata.processor.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Splitting Strata's scripts back into statements: quotes are respected, comment lines skipped. */
class SqlTextTest {

  @Test
  void aSemicolonOrDoubleDashInsideQuotesEndsNothing() {
    String script = "-- Strata migration V1 (PostgreSQL): x\n-- strata:no-transaction\n\n"
        + "ALTER TABLE \"a;b\" ADD COLUMN \"c\" text DEFAULT 'x; -- y' NOT NULL;\n\n"
        + "ALTER TABLE \"t\" ADD CONSTRAINT \"k\" CHECK (\"c\" <> E'it\\'s;');\n";

    assertThat(SqlText.statements(script, false)).containsExactly(
        "ALTER TABLE \"a;b\" ADD COLUMN \"c\" text DEFAULT 'x; -- y' NOT NULL",
        "ALTER TABLE \"t\" ADD CONSTRAINT \"k\" CHECK (\"c\" <> E'it\\'s;')");
  }

  @Test
  void mysqlStringsEscapeWithBackslashes() {
    String script = "ALTER TABLE `t` ADD COLUMN `c` varchar(10) DEFAULT 'a\\';b' NOT NULL;\nDROP TABLE `x``y`;\n";

    assertThat(SqlText.statements(script, true)).containsExactly(
        "ALTER TABLE `t` ADD COLUMN `c` varchar(10) DEFAULT 'a\\';b' NOT NULL", "DROP TABLE `x``y`");
  }

  @Test
  void quotedNamesAreUnquotedInTheShapeOfAStatement() {
    Shape shape = Shape.parse("ALTER TABLE \"Order\" RENAME COLUMN \"se\"\"lect\" TO \"pick\"", false);

    assertThat(shape.kind()).isEqualTo(Shape.Kind.RENAME_COLUMN);
    assertThat(shape.table()).isEqualTo("Order");
    assertThat(shape.name()).isEqualTo("se\"lect");
    assertThat(shape.target()).isEqualTo("pick");
  }
}
