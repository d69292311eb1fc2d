package dev.strata.processor.write;

import dev.strata.processor.diff.MigrationPlanner;
import dev.strata.processor.migrate.MigrationRenderer;
import dev.strata.processor.model.Column;
import dev.strata.processor.model.Constraint.Check;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Constraint.UniqueKey;
import dev.strata.processor.model.Names;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SqlType;
import dev.strata.processor.model.Table;
import dev.strata.processor.sql.Dialect;
import dev.strata.processor.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes, per database, what the runtime needs beside the migrations: {@code schema.sql}, the whole schema
 * in one script for an empty database (the runtime's fresh-database path), and {@code schema.tsv}, the
 * schema the newest migration leaves, in the text form of the runtime's {@code DatabaseSchema} (what
 * {@code drift()} compares the live schema with). Both go to {@code <location>/strata/<dialect>/}, outside
 * the vendor folders Flyway may scan.
 */
public final class SchemaScriptWriter {

  private SchemaScriptWriter() {}

  /** The class-path folder of a dialect's files. */
  public static String folder(String location, String dialectId) {
    return location + "/strata/" + dialectId + "/";
  }

  /** The one-step create script; its header names the migration whose schema it creates. */
  public static String script(Dialect dialect, Schema schema, int version, String source) {
    List<Statement> statements = MigrationRenderer.statements(dialect, MigrationPlanner.plan(Schema.EMPTY, schema));
    StringBuilder out = new StringBuilder();
    out.append("-- Strata schema of V").append(version).append(" in one step (").append(dialect.displayName())
        .append("), for an empty database.\n");
    out.append("-- Generated from ").append(source).append(" by the Strata annotation processor; not a migration.\n");
    out.append("-- strata:schema-version ").append(version).append('\n');
    if (!statements.stream().allMatch(Statement::transactional)) {
      out.append(MigrationRenderer.NO_TRANSACTION).append('\n');
    }
    for (Statement statement : statements) {
      out.append('\n').append(statement.sql()).append(";\n");
    }
    return out.toString();
  }

  /** The expected schema, one element per tab-separated line, as the dialect spells types and defaults. */
  public static String description(Dialect dialect, Schema schema, int version, String source) {
    StringBuilder out = new StringBuilder();
    out.append("# Strata expected schema of V").append(version).append(" (").append(dialect.displayName()).append(") of ")
        .append(source).append(", for drift checks. Generated; not a migration.\n");
    TreeMap<String, Table> tables = new TreeMap<>();
    schema.tables().forEach(t -> tables.put(t.name(), t));
    for (Table table : tables.values()) {
      String t = table.name();
      line(out, "table", t);
      for (Column column : table.columns()) {
        line(out, "column", t, column.name(), dialect.type(column.type()), column.nullable() ? "null" : "not null",
            column.identity() ? "identity" : "-", column.hasDefault() ? dialect.defaultExpression(column) : "-");
      }
      if (table.primaryKey() != null) {
        line(out, "primary key", t, table.primaryKey().name(), String.join(",", table.primaryKey().columns()));
      }
      for (UniqueKey key : table.uniqueKeys()) {
        line(out, "unique", t, key.name(), String.join(",", key.columns()));
      }
      for (Index index : table.indexes()) {
        line(out, index.unique() ? "unique index" : "index", t, index.name(), String.join(",", index.columns()));
      }
      for (ForeignKey fk : table.foreignKeys()) {
        line(out, "foreign key", t, fk.name(), String.join(",", fk.columns()), fk.targetTable(),
            String.join(",", fk.targetColumns()), fk.onDelete().sql(), fk.onUpdate().sql());
      }
      List<String> checks = new ArrayList<>();
      for (Column column : table.columns()) {
        if (column.type() instanceof SqlType.Enum) {
          checks.add(Names.enumCheckName(t, column.name()));
        }
      }
      for (Check check : table.checks()) {
        checks.add(check.name());
      }
      checks.stream().sorted().forEach(name -> line(out, "check", t, name));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      String field = fields[i].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
      out.append(i == 0 ? "" : "\t").append(field);
    }
    out.append('\n');
  }
}
