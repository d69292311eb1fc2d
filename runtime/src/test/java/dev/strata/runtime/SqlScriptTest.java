package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting scripts into statements as a database client does: semicolons only where they end a statement. */
class SqlScriptTest {

  static List<String> sql(String script, Vendor vendor) {
    return SqlScript.split(script, vendor).stream().map(SqlScript.Statement::sql).toList();
  }

  static List<Integer> lines(String script, Vendor vendor) {
    return SqlScript.split(script, vendor).stream().map(SqlScript.Statement::line).toList();
  }

  @Test
  void commentsAreDroppedAndEachStatementKeepsItsFirstLine() {
    String script = "-- header; not a statement\n-- strata:schema-version 3\n\nCREATE TABLE \"a\" (\n  \"id\" bigint -- the key; really\n);\n"
        + "/* a block;\n comment */ CREATE INDEX \"a_idx\" ON \"a\" (\"id\");\n\n  \n";
    assertThat(sql(script, Vendor.H2)).containsExactly("CREATE TABLE \"a\" (\n  \"id\" bigint \n)", "CREATE INDEX \"a_idx\" ON \"a\" (\"id\")");
    assertThat(lines(script, Vendor.H2)).containsExactly(4, 8);
  }

  @Test
  void semicolonsInsideLiteralsIdentifiersAndDollarQuotesDoNotSplit() {
    String script = "SELECT 'a;b', 'it''s; fine', \"odd;name\";\nSELECT $body$ x; y $body$, $$;$$ FROM t;";
    assertThat(sql(script, Vendor.POSTGRESQL))
        .containsExactly("SELECT 'a;b', 'it''s; fine', \"odd;name\"", "SELECT $body$ x; y $body$, $$;$$ FROM t");
    // Elsewhere a dollar sign is an ordinary character.
    assertThat(sql("SELECT $$;$$", Vendor.H2)).containsExactly("SELECT $$", "$$");
  }

  @Test
  void backslashEscapesWhereTheDatabaseHasThem() {
    assertThat(sql("INSERT INTO t VALUES ('a\\';b');SELECT 1", Vendor.MYSQL)).containsExactly("INSERT INTO t VALUES ('a\\';b')", "SELECT 1");
    assertThat(sql("SELECT E'\\'; x';SELECT 2", Vendor.POSTGRESQL)).containsExactly("SELECT E'\\'; x'", "SELECT 2");
    assertThat(sql("SELECT 'a\\';b'", Vendor.H2)).containsExactly("SELECT 'a\\'", "b'");
  }

  @Test
  void emptyStatementsAreSkippedAndTheLastNeedsNoSemicolon() {
    assertThat(sql("SELECT 1;;  ;\n-- only a comment\nSELECT 2", Vendor.H2)).containsExactly("SELECT 1", "SELECT 2");
    assertThat(lines("SELECT 1;;  ;\n-- only a comment\nSELECT 2", Vendor.H2)).containsExactly(1, 3);
    assertThat(sql("\n-- nothing\n/* at all */\n", Vendor.POSTGRESQL)).isEmpty();
  }

  @Test
  void aLargeSchemaScriptSplitsIntoEveryStatement() {
    StringBuilder script = new StringBuilder("-- strata:schema-version 400\n");
    for (int t = 1; t <= 400; t++) {
      script.append("\nCREATE TABLE \"t").append(t).append("\" (\"id\" bigint NOT NULL, \"note\" varchar(10) DEFAULT ';');\n");
      script.append("CREATE INDEX \"t").append(t).append("_idx\" ON \"t").append(t).append("\" (\"note\"); -- index ").append(t).append('\n');
    }
    List<SqlScript.Statement> statements = SqlScript.split(script.toString(), Vendor.POSTGRESQL);
    assertThat(statements).hasSize(800);
    assertThat(statements.get(799).sql()).isEqualTo("CREATE INDEX \"t400_idx\" ON \"t400\" (\"note\")");
    assertThat(statements.get(799).line()).isEqualTo(4 + 3 * 399); // the header, then a blank line, the table and its index per table
  }
}
