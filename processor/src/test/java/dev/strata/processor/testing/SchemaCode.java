package dev.strata.processor.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small, mutable model of a schema's code (records over one enum, {@code Mood}) and of the intent a
 * step declares, rendered to the annotated Java sources of an {@link Evolution} version. Tests change the
 * model step by step and render each step; intent annotations hold for the step they were declared in.
 */
public final class SchemaCode {

  /** The Java types a generated column may have. */
  public enum Type {
    SHORT("short", "Short", true),
    INT("int", "Integer", true),
    LONG("long", "Long", true),
    VARCHAR("String", "String", false),
    TEXT("String", "String", false),
    BOOL("boolean", "Boolean", false),
    MOOD("Mood", "Mood", false),
    DATE("LocalDate", "LocalDate", false),
    DATETIME("LocalDateTime", "LocalDateTime", false);

    final String primitive;
    final String boxed;
    public final boolean integral;

    Type(String primitive, String boxed, boolean integral) {
      this.primitive = primitive;
      this.boxed = boxed;
      this.integral = integral;
    }
  }

  /** A record component: its column, and the intent declared on it in the current step. */
  public static final class Col {
    public String name;
    public Type type;
    public int length;
    public boolean nullable;
    public boolean identity;
    public String defaultValue;
    public boolean unique;
    public Tab references;
    public String onDelete = "NO_ACTION";
    /** Whether its stored values are all different (inserted ones) or NULL, so a unique key over it holds. */
    public boolean distinctValues;
    String renamedFrom;
    String backfill;
    final Set<String> acknowledged = new TreeSet<>();

    public Col(String name, Type type) {
      this.name = name;
      this.type = type;
      this.length = type == Type.VARCHAR ? 16 : 0;
    }

    public void renamedFrom(String former) {
      renamedFrom = former;
    }

    public void backfill(String value) {
      backfill = value;
    }

    public void acknowledge(String risk) {
      acknowledged.add(risk);
    }
  }

  /** A check of the form {@code column >= bound}. */
  public record Check(Col column, int bound) {}

  /** A record, its table and the intent declared on it in the current step. */
  public static final class Tab {
    public final String record;
    public String sqlName;
    public final List<Col> columns = new ArrayList<>();
    public final List<Col> primaryKey = new ArrayList<>();
    public final List<List<Col>> indexes = new ArrayList<>();
    public final List<Check> checks = new ArrayList<>();
    String renamedFrom;
    boolean acknowledgeUnique;
    final List<String> droppedColumns = new ArrayList<>();

    public Tab(String record, String sqlName) {
      this.record = record;
      this.sqlName = sqlName;
    }

    public void renamedFrom(String former) {
      renamedFrom = former;
    }

    public void acknowledgeUnique() {
      acknowledgeUnique = true;
    }

    public void dropColumn(Col column) {
      columns.remove(column);
      droppedColumns.add(column.name);
      indexes.removeIf(index -> index.contains(column));
      checks.removeIf(check -> check.column() == column);
    }
  }

  public final List<Tab> tables = new ArrayList<>();
  public final List<String> moodConstants = new ArrayList<>(List.of("CALM", "HAPPY"));
  private final List<String> droppedTables = new ArrayList<>();
  private final Map<String, String> renamedTables = new LinkedHashMap<>();

  public void dropTable(Tab table) {
    tables.remove(table);
    droppedTables.add(table.sqlName);
  }

  public void renameTable(Tab table, String to) {
    renamedTables.put(table.sqlName, to);
    table.renamedFrom(table.sqlName);
    table.sqlName = to;
  }

  /** Adds the current model as a version of the evolution, then forgets the step's intent. */
  public void addVersionTo(Evolution evolution, String description) {
    Map<String, String> records = new LinkedHashMap<>();
    records.put("Mood", "public enum Mood { " + String.join(", ", moodConstants) + " }");
    for (Tab table : tables) {
      records.put(table.record, render(table));
    }
    StringBuilder root = new StringBuilder();
    for (String dropped : droppedTables) {
      root.append("@DropTable(\"").append(dropped).append("\")\n");
    }
    evolution.version(description, records, root.toString(), new LinkedHashMap<>(renamedTables));
    droppedTables.clear();
    renamedTables.clear();
    for (Tab table : tables) {
      table.renamedFrom = null;
      table.acknowledgeUnique = false;
      table.droppedColumns.clear();
      for (Col column : table.columns) {
        column.renamedFrom = null;
        column.backfill = null;
        column.acknowledged.clear();
      }
    }
  }

  static String render(Tab table) {
    StringBuilder out = new StringBuilder();
    out.append("@Table(\"").append(table.sqlName).append("\")\n");
    if (table.renamedFrom != null) {
      out.append("@RenamedFrom(\"").append(table.renamedFrom).append("\")\n");
    }
    if (table.acknowledgeUnique) {
      out.append("@Acknowledge(Acknowledge.Risk.UNIQUE)\n");
    }
    for (String dropped : table.droppedColumns) {
      out.append("@DropColumn(\"").append(dropped).append("\")\n");
    }
    for (List<Col> index : table.indexes) {
      out.append("@Index(columns = {").append(String.join(", ", index.stream().map(c -> "\"" + c.name + "\"").toList())).append("})\n");
    }
    Set<String> checks = new LinkedHashSet<>();
    for (Check check : table.checks) {
      checks.add("@Check(\"" + check.column().name + " >= " + check.bound() + "\")");
    }
    checks.forEach(check -> out.append(check).append('\n'));
    out.append("public record ").append(table.record).append("(");
    List<String> components = new ArrayList<>();
    for (Col column : table.columns) {
      components.add("\n    " + component(table, column));
    }
    out.append(String.join(",", components)).append(") {}");
    return out.toString();
  }

  private static String component(Tab table, Col column) {
    List<String> annotations = new ArrayList<>();
    if (table.primaryKey.contains(column)) {
      annotations.add("@Id");
    }
    if (column.identity) {
      annotations.add("@Identity");
    }
    if (column.unique) {
      annotations.add("@Unique");
    }
    if (!column.acknowledged.isEmpty()) {
      List<String> risks = column.acknowledged.stream().map(r -> "Acknowledge.Risk." + r).toList();
      annotations.add("@Acknowledge(" + (risks.size() == 1 ? risks.get(0) : "{" + String.join(", ", risks) + "}") + ")");
    }
    if (column.renamedFrom != null) {
      annotations.add("@RenamedFrom(\"" + column.renamedFrom + "\")");
    }
    if (column.backfill != null) {
      annotations.add("@Backfill(\"" + column.backfill + "\")");
    }
    if (column.defaultValue != null) {
      annotations.add("@Default(\"" + column.defaultValue + "\")");
    }
    if (column.type == Type.VARCHAR) {
      annotations.add("@Column(length = " + column.length + ")");
    }
    if (column.references != null) {
      annotations.add("@References(value = " + column.references.record + ".class"
          + (column.onDelete.equals("NO_ACTION") ? "" : ", onDelete = ReferentialAction." + column.onDelete) + ")");
    }
    if (column.nullable) {
      annotations.add("@Nullable");
    }
    String type = column.nullable ? column.type.boxed : column.type.primitive;
    return String.join(" ", annotations) + (annotations.isEmpty() ? "" : " ") + type + " " + column.name;
  }
}
