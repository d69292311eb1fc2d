package dev.strata.processor.review;

import dev.strata.processor.model.Column;
import dev.strata.processor.model.Constraint.Check;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Constraint.UniqueKey;
import dev.strata.processor.model.ReferentialAction;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SqlType;
import dev.strata.processor.model.Table;
import dev.strata.processor.model.TableKind;
import dev.strata.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes {@code SCHEMA.md} in the migrations directory: the schema the newest migration leaves, as Mermaid
 * entity-relationship diagrams (GitHub renders them in Markdown), the application's tables and the auth
 * tables in separate diagrams, each followed by the keys, indexes and checks of its tables.
 *
 * <p>The diagrams keep to the erDiagram syntax of Mermaid 10 and later, which GitHub renders: entity names
 * in double quotes (a bare name such as {@code token} would start with a keyword), attribute types and
 * names of letters, digits and underscores, and a comment for anything else. An application table's
 * foreign key to an auth table is drawn to a stub entity {@code "user (auth)"} holding the referenced
 * columns, so the relation stays visible while the two kinds of tables stay apart.
 */
public final class SchemaDiagramWriter {

  public static final String FILE_NAME = "SCHEMA.md";

  /** What Mermaid 10 reads as an attribute type or name. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final Pattern TYPE_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_()\\[\\]-]*");

  private SchemaDiagramWriter() {}

  /**
   * The document.
   *
   * @param dialect the database whose column types the diagram shows
   * @param version the newest migration, whose schema it is
   * @param source the schema root, for the header
   */
  public static String write(Schema schema, Dialect dialect, int version, String source) {
    StringBuilder out = new StringBuilder();
    out.append("# Database schema\n\n");
    out.append("The tables of `").append(source).append("` after migration V").append(version)
        .append(", drawn by the Strata annotation processor; do not edit. Every build that changes the schema rewrites this file,")
        .append(" and `-Astrata.check=true` fails while it is out of date.\n\n");
    out.append("Column types are ").append(dialect.displayName()).append("'s. `PK` primary key, `FK` foreign key, `UK` unique;")
        .append(" a column is NOT NULL unless marked nullable. A line joins a foreign key (the crow's foot on the referencing")
        .append(" side, a dashed line unless the key is part of the primary key) to the table it references, labelled with")
        .append(" the referencing columns.\n");
    Map<String, Table> byName = new TreeMap<>();
    schema.tables().forEach(t -> byName.put(t.name(), t));
    section(out, schema, byName, dialect, TableKind.APP, "Application tables", "");
    section(out, schema, byName, dialect, TableKind.AUTH, "Auth tables",
        "The tables Better Auth uses for the `@AuthConfig` options, derived by Strata.\n\n");
    return out.toString();
  }

  private static void section(
      StringBuilder out, Schema schema, Map<String, Table> byName, Dialect dialect, TableKind kind, String title, String intro) {
    List<Table> tables = schema.tables().stream().filter(t -> t.kind() == kind).toList();
    if (tables.isEmpty()) {
      return;
    }
    out.append("\n## ").append(title).append("\n\n").append(intro);
    out.append("```mermaid\nerDiagram\n");
    // Tables of the other kind that these reference, reduced to the referenced columns.
    Map<String, Set<String>> stubs = new TreeMap<>();
    for (Table table : tables) {
      for (ForeignKey fk : table.foreignKeys()) {
        Table target = byName.get(fk.targetTable());
        if (target != null && target.kind() != kind) {
          stubs.computeIfAbsent(target.name(), n -> new java.util.LinkedHashSet<>()).addAll(fk.targetColumns());
        }
      }
    }
    for (Table table : tables) {
      out.append("    ").append(quote(table.name())).append(" {\n");
      for (Column column : table.columns()) {
        out.append("        ").append(attribute(table, column, dialect, null)).append('\n');
      }
      out.append("    }\n");
    }
    for (Map.Entry<String, Set<String>> stub : stubs.entrySet()) {
      Table target = byName.get(stub.getKey());
      String label = target.kind() == TableKind.AUTH ? "auth table" : "application table";
      out.append("    ").append(quote(stubName(target))).append(" {\n");
      for (Column column : target.columns()) {
        if (stub.getValue().contains(column.name())) {
          out.append("        ").append(attribute(target, column, dialect, label)).append('\n');
        }
      }
      out.append("    }\n");
    }
    for (Table table : tables) {
      for (ForeignKey fk : table.foreignKeys()) {
        Table target = byName.get(fk.targetTable());
        String targetName = target != null && target.kind() != kind ? stubName(target) : fk.targetTable();
        out.append("    ").append(quote(targetName)).append(' ').append(relationship(table, fk)).append(' ')
            .append(quote(table.name())).append(" : ").append(quote(String.join(", ", fk.columns()))).append('\n');
      }
    }
    out.append("```\n\n");
    out.append("| table | keys, indexes and checks |\n|---|---|\n");
    for (Table table : tables) {
      out.append("| `").append(table.name()).append("` | ").append(keys(table)).append(" |\n");
    }
  }

  private static String stubName(Table table) {
    return table.name() + (table.kind() == TableKind.AUTH ? " (auth)" : " (application)");
  }

  private static String quote(String name) {
    return "\"" + name + "\"";
  }

  /** {@code type name PK, FK "comment"}. */
  private static String attribute(Table table, Column column, Dialect dialect, String note) {
    List<String> comment = new ArrayList<>();
    String type = dialect.type(column.type()).replace(' ', '_');
    if (!TYPE_WORD.matcher(type).matches()) {
      comment.add(dialect.type(column.type()).replace('"', '\''));
      type = type.substring(0, type.indexOf('(') > 0 ? type.indexOf('(') : type.length()).replaceAll("[^A-Za-z0-9_]", "_");
    }
    String name = column.name();
    boolean keyWord = name.equalsIgnoreCase("PK") || name.equalsIgnoreCase("FK") || name.equalsIgnoreCase("UK");
    if (!WORD.matcher(name).matches() || keyWord) {
      comment.add("column " + name);
      name = keyWord ? name + "_" : name.replaceAll("[^A-Za-z0-9_]", "_");
    }
    if (column.type() instanceof SqlType.Enum e) {
      comment.add("one of " + String.join(", ", e.constants()).replace('"', '\''));
    }
    if (column.nullable()) {
      comment.add("nullable");
    }
    if (note != null) {
      comment.add(note);
    }
    StringBuilder out = new StringBuilder(type).append(' ').append(name);
    List<String> keys = keys(table, column.name());
    if (!keys.isEmpty()) {
      out.append(' ').append(String.join(", ", keys));
    }
    if (!comment.isEmpty()) {
      out.append(" \"").append(String.join(", ", comment)).append('"');
    }
    return out.toString();
  }

  private static List<String> keys(Table table, String column) {
    List<String> keys = new ArrayList<>();
    if (table.primaryKey() != null && table.primaryKey().columns().contains(column)) {
      keys.add("PK");
    }
    if (table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column))) {
      keys.add("FK");
    }
    boolean unique = table.uniqueKeys().stream().anyMatch(u -> u.columns().contains(column))
        || table.indexes().stream().anyMatch(i -> i.unique() && i.columns().contains(column));
    if (unique) {
      keys.add("UK");
    }
    return keys;
  }

  /**
   * The crow's-foot notation from the referenced table to the referencing one: exactly one or zero-or-one
   * (nullable key) on the referenced side; zero-or-one when the key's columns are unique, else zero-or-more,
   * on the referencing side. Solid when the key is part of the primary key.
   */
  private static String relationship(Table table, ForeignKey fk) {
    boolean nullable = fk.columns().stream().anyMatch(c -> table.column(c).map(Column::nullable).orElse(true));
    Set<String> columns = new HashSet<>(fk.columns());
    boolean unique = (table.primaryKey() != null && new HashSet<>(table.primaryKey().columns()).equals(columns))
        || table.uniqueKeys().stream().anyMatch(u -> new HashSet<>(u.columns()).equals(columns))
        || table.indexes().stream().anyMatch(i -> i.unique() && new HashSet<>(i.columns()).equals(columns));
    boolean identifying = table.primaryKey() != null && table.primaryKey().columns().containsAll(columns);
    return (nullable ? "|o" : "||") + (identifying ? "--" : "..") + (unique ? "o|" : "o{");
  }

  private static String keys(Table table) {
    List<String> parts = new ArrayList<>();
    if (table.primaryKey() != null) {
      parts.add("PK `" + table.primaryKey().name() + "` " + columns(table.primaryKey().columns()));
    }
    for (UniqueKey unique : table.uniqueKeys()) {
      parts.add("UNIQUE `" + unique.name() + "` " + columns(unique.columns()));
    }
    for (ForeignKey fk : table.foreignKeys()) {
      StringBuilder text = new StringBuilder("FK `").append(fk.name()).append("` ").append(columns(fk.columns()))
          .append(" → `").append(fk.targetTable()).append("` ").append(columns(fk.targetColumns()));
      if (fk.onDelete() != ReferentialAction.NO_ACTION) {
        text.append(" ON DELETE ").append(fk.onDelete().sql());
      }
      if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
        text.append(" ON UPDATE ").append(fk.onUpdate().sql());
      }
      parts.add(text.toString());
    }
    for (Index index : table.indexes()) {
      parts.add((index.unique() ? "UNIQUE INDEX `" : "INDEX `") + index.name() + "` " + columns(index.columns()));
    }
    for (Check check : table.checks()) {
      parts.add("CHECK `" + check.name() + "`");
    }
    return String.join("<br>", parts);
  }

  private static String columns(List<String> columns) {
    return "(" + columns.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")) + ")";
  }
}
