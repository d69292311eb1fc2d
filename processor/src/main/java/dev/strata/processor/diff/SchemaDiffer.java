package dev.strata.processor.diff;

import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.diagnostics.Origin;
import dev.strata.processor.diff.Change.AddColumn;
import dev.strata.processor.diff.Change.AddConstraint;
import dev.strata.processor.diff.Change.AddForeignKey;
import dev.strata.processor.diff.Change.AlterColumnType;
import dev.strata.processor.diff.Change.AlterDefault;
import dev.strata.processor.diff.Change.AlterNullability;
import dev.strata.processor.diff.Change.CreateTable;
import dev.strata.processor.diff.Change.DropColumn;
import dev.strata.processor.diff.Change.DropConstraint;
import dev.strata.processor.diff.Change.DropForeignKey;
import dev.strata.processor.diff.Change.DropTable;
import dev.strata.processor.diff.Change.RenameColumn;
import dev.strata.processor.diff.Change.RenameConstraint;
import dev.strata.processor.diff.Change.RenameTable;
import dev.strata.processor.model.CheckExpression;
import dev.strata.processor.model.Column;
import dev.strata.processor.model.Constraint;
import dev.strata.processor.model.Constraint.Check;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Constraint.PrimaryKey;
import dev.strata.processor.model.Constraint.UniqueKey;
import dev.strata.processor.model.Intent;
import dev.strata.processor.model.Intent.Risk;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SqlType;
import dev.strata.processor.model.Table;
import dev.strata.processor.model.TableKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Computes the changes that turn the released schema into the code's schema, in an order every database
 * accepts: foreign keys and constraints that go away are dropped first, then tables and columns are
 * renamed, altered and dropped, then new tables, columns, keys, indexes and finally foreign keys are
 * added. Intent is taken only from the code ({@link Intent}): a table or column that disappears without a
 * declared rename or drop, or a change that depends on the rows already stored, is a {@link Problem}.
 *
 * <p>In permissive mode (undo scripts) every disappearance is a drop and no risk needs acknowledging.
 */
public final class SchemaDiffer {

  /** A change the code must say more about, reported on the element at fault. */
  public record Problem(Origin origin, Message message, List<Object> args) {}

  /** The ordered changes, and the problems that stop them from being written. */
  public record Result(List<Change> changes, List<Problem> problems) {}

  private final Schema base;
  private final Schema target;
  private final Intent intent;
  private final int baseVersion;
  private final boolean permissive;
  private final List<Problem> problems = new ArrayList<>();

  /** base table name → target table name, for every table that survives. */
  private final Map<String, String> tableNames = new LinkedHashMap<>();
  /** target table name → (base column name → target column name). */
  private final Map<String, Map<String, String>> columnNames = new HashMap<>();

  private final List<Change> dropForeignKeys = new ArrayList<>();
  private final List<Change> dropConstraints = new ArrayList<>();
  private final List<Change> renameTables = new ArrayList<>();
  private final List<Change> renameColumns = new ArrayList<>();
  private final List<Change> renameConstraints = new ArrayList<>();
  private final List<Change> alterColumns = new ArrayList<>();
  private final List<Change> dropColumns = new ArrayList<>();
  private final List<Change> dropTables = new ArrayList<>();
  private final List<Change> createTables = new ArrayList<>();
  private final List<Change> addColumns = new ArrayList<>();
  private final List<Change> addConstraints = new ArrayList<>();
  private final List<Change> addIndexes = new ArrayList<>();
  private final List<Change> addForeignKeys = new ArrayList<>();

  private SchemaDiffer(Schema base, Schema target, Intent intent, int baseVersion, boolean permissive) {
    this.base = base;
    this.target = target;
    this.intent = intent;
    this.baseVersion = baseVersion;
    this.permissive = permissive;
  }

  /** The changes from the released schema (at {@code baseVersion}) to the code's, checked against the intent. */
  public static Result diff(Schema base, Schema target, Intent intent, int baseVersion) {
    return new SchemaDiffer(base, target, intent, baseVersion, false).run();
  }

  /** The changes back from the code's schema to the released one, for the undo script. */
  public static List<Change> undo(Schema code, Schema released, Intent forwardIntent) {
    return permissive(code, released, reverse(forwardIntent, code, released));
  }

  /** Every difference from {@code from} to {@code to}; disappearances are drops and no risk is checked. */
  public static List<Change> permissive(Schema from, Schema to, Intent renames) {
    return new SchemaDiffer(from, to, renames, 0, true).run().changes();
  }

  /** Renames the other way round: each base name's former name is its name in the code. */
  private static Intent reverse(Intent forward, Schema code, Schema released) {
    Map<String, List<String>> tableRenames = new HashMap<>();
    Map<String, Map<String, List<String>>> columnRenames = new HashMap<>();
    for (Table table : code.tables()) {
      for (String former : forward.formerTableNames(table.name())) {
        if (released.table(former).isPresent() && released.table(table.name()).isEmpty()) {
          tableRenames.put(former, List.of(table.name()));
        }
      }
      String releasedName = tableRenames.entrySet().stream()
          .filter(e -> e.getValue().contains(table.name())).map(Map.Entry::getKey).findFirst().orElse(table.name());
      for (Column column : table.columns()) {
        for (String former : forward.formerColumnNames(table.name(), column.name())) {
          columnRenames.computeIfAbsent(releasedName, t -> new HashMap<>()).put(former, List.of(column.name()));
        }
      }
    }
    return new Intent(null, Map.of(), Map.of(), tableRenames, columnRenames, Set.of(), Map.of(), Map.of(), Map.of());
  }

  private Result run() {
    matchTables();
    for (Table table : target.tables()) {
      String baseName = baseNameOf(table.name());
      if (baseName != null) {
        diffTable(base.table(baseName).orElseThrow(), table);
      }
    }
    diffForeignKeys();
    createNewTables();
    List<Change> changes = new ArrayList<>();
    changes.addAll(dropForeignKeys);
    changes.addAll(dropConstraints);
    changes.addAll(renameTables);
    changes.addAll(renameColumns);
    changes.addAll(renameConstraints);
    changes.addAll(alterColumns);
    changes.addAll(dropColumns);
    changes.addAll(dropTables);
    changes.addAll(createTables);
    changes.addAll(addColumns);
    changes.addAll(addConstraints);
    changes.addAll(addIndexes);
    changes.addAll(addForeignKeys);
    return new Result(changes, problems);
  }

  private void problem(Origin origin, Message message, Object... args) {
    if (!permissive) {
      problems.add(new Problem(origin, message, List.of(args)));
    }
  }

  /**
   * The name a surviving table has before the renames: what drops, which come first, must call it.
   */
  private String releasedName(String targetTable) {
    String base = baseNameOf(targetTable);
    return base == null ? targetTable : base;
  }

  private String baseNameOf(String targetTable) {
    for (Map.Entry<String, String> entry : tableNames.entrySet()) {
      if (entry.getValue().equals(targetTable)) {
        return entry.getKey();
      }
    }
    return null;
  }

  // ---- tables -------------------------------------------------------------------------------------

  private void matchTables() {
    for (Table table : target.tables()) {
      if (base.table(table.name()).isPresent()) {
        tableNames.put(table.name(), table.name());
      }
    }
    for (Table table : target.tables()) {
      for (String former : intent.formerTableNames(table.name())) {
        if (base.table(former).isEmpty() || former.equals(table.name())) {
          continue;
        }
        if (tableNames.containsValue(table.name())) {
          problem(intent.table(table.name()), Message.RENAME_CONFLICT, former, "table '" + table.name() + "'",
              "the released schema already has a table named '" + table.name() + "'");
          break;
        }
        if (target.table(former).isPresent()) {
          problem(intent.table(table.name()), Message.RENAME_CONFLICT, former, "table '" + table.name() + "'",
              "a table named '" + former + "' is still in @Schema(tables)");
        } else if (tableNames.containsKey(former)) {
          problem(intent.table(table.name()), Message.RENAME_CONFLICT, former, "table '" + table.name() + "'",
              "table '" + tableNames.get(former) + "' is renamed from it too");
        } else {
          tableNames.put(former, table.name());
          renameTables.add(new RenameTable(former, table.name()));
        }
        break;
      }
    }
    List<Table> gone = new ArrayList<>();
    for (Table table : base.tables()) {
      if (tableNames.containsKey(table.name())) {
        continue;
      }
      if (permissive || intent.dropTables().contains(table.name())) {
        gone.add(table);
      } else {
        if (table.kind() == TableKind.AUTH) {
          problem(intent.root(), Message.AUTH_TABLE_GONE, table.name(), baseVersion, table.name(), table.name());
        } else {
          problem(intent.root(), Message.TABLE_GONE, table.name(), baseVersion, table.name(), table.name());
        }
      }
    }
    for (String dropped : intent.dropTables()) {
      if (target.table(dropped).isPresent()) {
        problem(intent.table(dropped), Message.DROP_BUT_PRESENT, "DropTable", dropped, "table '" + dropped + "'", "table from @Schema(tables)");
      }
    }
    List<Table> order = new ArrayList<>(DependencyOrder.sort(gone));
    Collections.reverse(order);
    for (Table table : order) {
      dropTables.add(new DropTable(table));
    }
  }

  private void createNewTables() {
    List<Table> created = new ArrayList<>();
    for (Table table : target.tables()) {
      if (!tableNames.containsValue(table.name())) {
        created.add(table);
      }
    }
    Set<String> existing = new HashSet<>(tableNames.values());
    List<AddForeignKey> deferred = new ArrayList<>();
    List<Table> ordered = DependencyOrder.sort(created);
    for (Table table : ordered) {
      List<ForeignKey> inline = new ArrayList<>();
      for (ForeignKey fk : table.foreignKeys()) {
        if (existing.contains(fk.targetTable()) || fk.targetTable().equals(table.name())) {
          inline.add(fk);
        } else {
          deferred.add(new AddForeignKey(table.name(), fk, false));
        }
      }
      createTables.add(new CreateTable(table, inline));
      existing.add(table.name());
    }
    for (Table table : ordered) {
      for (Index index : table.indexes()) {
        addIndexes.add(new AddConstraint(table.name(), index, false));
      }
    }
    addForeignKeys.addAll(deferred);
  }

  // ---- columns ------------------------------------------------------------------------------------

  private void diffTable(Table before, Table after) {
    String table = after.name();
    Map<String, String> renames = new LinkedHashMap<>();
    columnNames.put(table, renames);
    for (Column column : after.columns()) {
      if (before.column(column.name()).isPresent()) {
        renames.put(column.name(), column.name());
      }
    }
    for (Column column : after.columns()) {
      for (String former : intent.formerColumnNames(table, column.name())) {
        if (before.column(former).isEmpty() || former.equals(column.name())) {
          continue;
        }
        if (after.column(former).isPresent()) {
          problem(intent.column(table, column.name()), Message.RENAME_CONFLICT, former, "column '" + column.name() + "'",
              "table '" + table + "' still has a column named '" + former + "'");
        } else if (renames.containsValue(column.name())) {
          problem(intent.column(table, column.name()), Message.RENAME_CONFLICT, former, "column '" + column.name() + "'",
              "the released table already has a column named '" + column.name() + "'");
        } else if (!renames.containsKey(former)) {
          renames.put(former, column.name());
          renameColumns.add(new RenameColumn(table, former, column.name()));
        }
        break;
      }
    }
    List<String> added = new ArrayList<>();
    for (Column column : after.columns()) {
      if (!renames.containsValue(column.name())) {
        added.add(column.name());
      }
    }
    Set<String> acknowledgedDrops = intent.dropColumns().getOrDefault(table, Set.of());
    for (Column column : before.columns()) {
      if (renames.containsKey(column.name())) {
        continue;
      }
      if (permissive || acknowledgedDrops.contains(column.name())) {
        dropColumns.add(new DropColumn(table, column));
      } else {
        String hint =
            added.isEmpty()
                ? ""
                : " If it was renamed to " + String.join(" or ", added.stream().map(a -> "'" + a + "'").toList())
                    + ", annotate that component with @RenamedFrom(\"" + column.name() + "\").";
        if (before.kind() == TableKind.AUTH) {
          problem(intent.table(table), Message.AUTH_COLUMN_GONE, column.name(), table, baseVersion, column.name(), column.name(), column.name());
        } else {
          problem(intent.table(table), Message.COLUMN_GONE, column.name(), table, baseVersion, hint, column.name());
        }
      }
    }
    for (String dropped : acknowledgedDrops) {
      if (after.column(dropped).isPresent()) {
        problem(intent.table(table), Message.DROP_BUT_PRESENT, "DropColumn", dropped, "column '" + dropped + "'", "component");
      }
    }

    for (Column column : after.columns()) {
      String formerName = renames.entrySet().stream().filter(e -> e.getValue().equals(column.name())).map(Map.Entry::getKey).findFirst().orElse(null);
      if (formerName == null) {
        addColumn(table, column);
      } else {
        diffColumn(table, before.column(formerName).orElseThrow().withName(column.name()), column);
      }
    }
    diffConstraints(translate(before, after.name()), after);
  }

  private void addColumn(String table, Column column) {
    Intent.Backfill backfill = permissive ? placeholder(table, column) : intent.backfill(table, column.name());
    if (!column.nullable() && !column.hasDefault() && !column.identity() && backfill == null
        && !intent.accepts(table, column.name(), Risk.NOT_NULL)) {
      problem(intent.column(table, column.name()), Message.NOT_NULL_NEEDS_BACKFILL, column.name(), table, " (it is new)");
    }
    addColumns.add(new AddColumn(table, column, column.nullable() || column.hasDefault() ? null : backfill));
  }

  private void diffColumn(String table, Column before, Column after) {
    if (before.identity() != after.identity()) {
      problem(intent.column(table, after.name()), Message.IDENTITY_CHANGE, after.name(), table, after.identity() ? "gains" : "loses");
    }
    if (!before.type().equals(after.type())) {
      if (!TypeChanges.sameColumnType(before.type(), after.type())) {
        if (!TypeChanges.isWidening(before.type(), after.type()) && !intent.accepts(table, after.name(), Risk.NARROWING_TYPE)) {
          problem(intent.column(table, after.name()), Message.NARROWING_NEEDS_ACKNOWLEDGE, after.name(), table,
              describe(before.type()), describe(after.type()));
        }
        alterColumns.add(new AlterColumnType(table, before, after));
      } else if (before.type() instanceof SqlType.Enum from && after.type() instanceof SqlType.Enum to
          && !to.constants().containsAll(from.constants()) && !intent.accepts(table, after.name(), Risk.REMOVED_ENUM_CONSTANT)) {
        List<String> removed = new ArrayList<>(from.constants());
        removed.removeAll(to.constants());
        problem(intent.column(table, after.name()), Message.ENUM_CONSTANT_REMOVED, after.name(), table, removed, removed.size() == 1 ? "it" : "them");
      }
    }
    if (!Objects.equals(before.defaultValue(), after.defaultValue())) {
      alterColumns.add(new AlterDefault(table, before.withType(after.type()), after));
    }
    if (before.nullable() != after.nullable()) {
      Intent.Backfill backfill = permissive ? placeholder(table, after) : intent.backfill(table, after.name());
      if (!after.nullable() && backfill == null && !intent.accepts(table, after.name(), Risk.NOT_NULL)) {
        problem(intent.column(table, after.name()), Message.NOT_NULL_NEEDS_BACKFILL, after.name(), table, " (it was nullable)");
      }
      alterColumns.add(new AlterNullability(table, before.withType(after.type()).withDefault(after.defaultValue()), after, after.nullable() ? null : backfill));
    }
  }

  /**
   * What an undo script puts in the rows for a NOT NULL column it brings back (their values are gone, or
   * NULL since): the type's zero value, or for a foreign key the smallest key of its target. Null when
   * there is none (binary columns), or the column takes NULL or a default.
   */
  private Intent.Backfill placeholder(String table, Column column) {
    if (column.nullable() || column.hasDefault() || column.identity()) {
      return null;
    }
    for (ForeignKey fk : target.table(table).map(Table::foreignKeys).orElse(List.of())) {
      int at = fk.columns().indexOf(column.name());
      if (at >= 0 && !fk.targetTable().equals(table)) {
        return new Intent.Backfill(null, new CheckExpression(List.of(
            new CheckExpression.Raw("(SELECT MIN("),
            new CheckExpression.ColumnRef(fk.targetColumns().get(at)),
            new CheckExpression.Raw(") FROM "),
            new CheckExpression.ColumnRef(fk.targetTable()),
            new CheckExpression.Raw(")"))));
      }
    }
    SqlType type = column.type();
    String zero;
    if (type instanceof SqlType.Enum e) {
      zero = e.constants().get(0);
    } else if (type instanceof SqlType.NativeEnum e) {
      zero = e.constants().get(0);
    } else if (type.isCharacter()) {
      zero = "";
    } else if (type instanceof SqlType.Bool) {
      zero = "false";
    } else if (type instanceof SqlType.Uuid) {
      zero = "00000000-0000-0000-0000-000000000000";
    } else if (type instanceof SqlType.Json) {
      zero = "{}";
    } else if (type.isArray()) {
      zero = "[]";
    } else if (type instanceof SqlType.Date) {
      zero = "1970-01-01";
    } else if (type instanceof SqlType.Timestamp) {
      zero = "1970-01-01T00:00";
    } else if (type instanceof SqlType.TimestampTz) {
      zero = "1970-01-01T00:00:00Z";
    } else if (type instanceof SqlType.Time) {
      zero = "00:00";
    } else if (type instanceof SqlType.Binary) {
      return null;
    } else {
      zero = "0";
    }
    return new Intent.Backfill(zero, null);
  }

  static String describe(SqlType type) {
    return dev.strata.processor.snapshot.SnapshotCodec.typeName(type);
  }

  // ---- constraints --------------------------------------------------------------------------------

  /** The base table with the code's table and column names, and its enum checks as checks. */
  private Table translate(Table before, String newName) {
    Map<String, String> renames = columnNames.getOrDefault(newName, Map.of());
    List<Column> columns = before.columns().stream().map(c -> c.withName(renames.getOrDefault(c.name(), c.name()))).toList();
    PrimaryKey pk = before.primaryKey() == null ? null : new PrimaryKey(before.primaryKey().name(), rename(before.primaryKey().columns(), renames));
    List<UniqueKey> uniques = before.uniqueKeys().stream().map(u -> new UniqueKey(u.name(), rename(u.columns(), renames))).toList();
    List<Index> indexes = before.indexes().stream().map(i -> new Index(i.name(), rename(i.columns(), renames), i.unique())).toList();
    List<Check> checks = new ArrayList<>();
    List<Check> all = new ArrayList<>(before.checks());
    all.addAll(TypeChanges.enumChecks(before));
    for (Check check : all) {
      checks.add(new Check(check.name(), check.expression().renameColumns(renames)));
    }
    return new Table(newName, before.kind(), columns, pk, uniques, indexes, before.foreignKeys(), checks);
  }

  private static List<String> rename(List<String> columns, Map<String, String> renames) {
    return columns.stream().map(c -> renames.getOrDefault(c, c)).toList();
  }

  /**
   * Columns of the table being diffed that this migration adds as nullable without a default or backfill:
   * NULL in every existing row, so a new unique key over one of them cannot fail (NULLs never collide).
   */
  private Set<String> nullFilled = Set.of();

  private void diffConstraints(Table before, Table after) {
    String table = after.name();
    Set<String> existing = new HashSet<>();
    before.columns().forEach(c -> existing.add(c.name()));
    nullFilled = new HashSet<>();
    for (Column column : after.columns()) {
      if (!existing.contains(column.name()) && column.nullable() && !column.hasDefault()
          && intent.backfill(table, column.name()) == null) {
        nullFilled.add(column.name());
      }
    }
    List<Check> afterChecks = new ArrayList<>(after.checks());
    afterChecks.addAll(TypeChanges.enumChecks(after));


    // Primary key.
    PrimaryKey oldPk = before.primaryKey();
    PrimaryKey newPk = after.primaryKey();
    if (oldPk != null && newPk != null && oldPk.columns().equals(newPk.columns())) {
      if (!oldPk.name().equals(newPk.name())) {
        renameConstraints.add(new RenameConstraint(table, oldPk, newPk, false));
      }
    } else {
      if (oldPk != null) {
        dropConstraints.add(new Change.DropConstraint(releasedName(table), oldPk));
      }
      if (newPk != null) {
        if (oldPk != null && !intent.accepts(table, "", Risk.UNIQUE)) {
          problem(intent.table(table), Message.UNIQUE_NEEDS_ACKNOWLEDGE, "The new primary key " + newPk.columns(), table,
              "or hold NULLs in " + newPk.columns(), "the record");
        }
        addConstraints.add(new AddConstraint(table, newPk, true));
      }
    }
    diffNamed(table, before.uniqueKeys(), after.uniqueKeys(), UniqueKey::columns);
    diffNamed(table, before.indexes(), after.indexes(), i -> List.of(i.columns(), i.unique()));
    diffNamed(table, before.checks(), afterChecks, c -> c.expression().canonical());
    recheckRetypedColumns(table, before.checks(), afterChecks);
  }

  /**
   * Checks over a column whose type changes are dropped before the change and added after it: databases
   * keep a check's constants in the old type (H2 then reads {@code CAST(0 AS BIGINT)}), or refuse the
   * change while a check uses the column.
   */
  private void recheckRetypedColumns(String table, List<Check> before, List<Check> after) {
    Set<String> retyped = new HashSet<>();
    for (Change change : alterColumns) {
      if (change instanceof AlterColumnType type && type.table().equals(table)) {
        retyped.add(type.to().name());
      }
    }
    if (retyped.isEmpty()) {
      return;
    }
    java.util.function.Predicate<Check> usesRetyped = check -> check.expression().parts().stream()
        .anyMatch(part -> part instanceof CheckExpression.ColumnRef ref && retyped.contains(ref.column()));
    for (Check old : before) {
      Check kept = after.stream().filter(c -> c.name().equals(old.name())).findFirst().orElse(null);
      if (kept != null && kept.expression().canonical().equals(old.expression().canonical()) && usesRetyped.test(kept)) {
        dropConstraints.add(new DropConstraint(releasedName(table), old));
        addConstraints.add(new AddConstraint(table, kept, true));
      }
    }
    for (Change change : new ArrayList<>(renameConstraints)) {
      if (change instanceof RenameConstraint rename && rename.table().equals(table)
          && rename.to() instanceof Check renamed && usesRetyped.test(renamed)) {
        renameConstraints.remove(rename);
        dropConstraints.add(new DropConstraint(releasedName(table), rename.from()));
        addConstraints.add(new AddConstraint(table, renamed, true));
      }
    }
  }

  /**
   * Matches constraints by name; one whose definition is unchanged under another name is renamed; the
   * rest are dropped or added.
   */
  private <C extends Constraint> void diffNamed(
      String table, List<C> before, List<C> after, java.util.function.Function<C, Object> definition) {
    Map<String, C> oldByName = new LinkedHashMap<>();
    before.forEach(c -> oldByName.put(c.name(), c));
    Map<String, C> newByName = new LinkedHashMap<>();
    after.forEach(c -> newByName.put(c.name(), c));
    List<C> unmatchedOld = new ArrayList<>();
    List<C> unmatchedNew = new ArrayList<>();
    for (C old : before) {
      C same = newByName.get(old.name());
      if (same == null) {
        unmatchedOld.add(old);
      } else if (!definition.apply(same).equals(definition.apply(old))) {
        unmatchedOld.add(old);
        unmatchedNew.add(same);
      }
    }
    for (C added : after) {
      if (!oldByName.containsKey(added.name())) {
        unmatchedNew.add(added);
      }
    }
    for (C old : new ArrayList<>(unmatchedOld)) {
      for (C added : unmatchedNew) {
        if (!oldByName.containsKey(added.name()) && definition.apply(added).equals(definition.apply(old))) {
          renameConstraints.add(new RenameConstraint(table, old, added, false));
          unmatchedOld.remove(old);
          unmatchedNew.remove(added);
          break;
        }
      }
    }
    for (C old : unmatchedOld) {
      dropConstraints.add(new DropConstraint(releasedName(table), old));
    }
    for (C added : unmatchedNew) {
      if (added instanceof UniqueKey unique && !intent.accepts(table, "", Risk.UNIQUE)
          && unique.columns().stream().noneMatch(c -> intent.accepts(table, c, Risk.UNIQUE))
          && unique.columns().stream().noneMatch(nullFilled::contains)) {
        String where = unique.columns().size() == 1 ? "the component" : "the record";
        problem(
            unique.columns().size() == 1 ? intent.column(table, unique.columns().get(0)) : intent.table(table),
            Message.UNIQUE_NEEDS_ACKNOWLEDGE, "The unique key " + unique.name(), table, "values of " + unique.columns(), where);
      }
      if (added instanceof Index index) {
        addIndexes.add(new AddConstraint(table, index, true));
      } else {
        addConstraints.add(new AddConstraint(table, added, true));
      }
    }
  }

  // ---- foreign keys -------------------------------------------------------------------------------

  private void diffForeignKeys() {
    Set<String> changedKeys = new HashSet<>();
    // Indexes that go away, by table: MySQL refuses to drop the index a foreign key uses, so such a
    // foreign key is dropped first and added back (MySQL then indexes it itself).
    Map<String, List<List<String>>> droppedIndexes = new HashMap<>();
    for (Change change : dropConstraints) {
      DropConstraint drop = (DropConstraint) change;
      String table = tableNames.getOrDefault(drop.table(), drop.table());
      if (drop.constraint() instanceof PrimaryKey || drop.constraint() instanceof UniqueKey) {
        changedKeys.add(table);
      }
      List<String> columns = List.of();
      if (drop.constraint() instanceof PrimaryKey pk) {
        columns = pk.columns();
      } else if (drop.constraint() instanceof UniqueKey unique) {
        columns = unique.columns();
      } else if (drop.constraint() instanceof Index index) {
        columns = index.columns();
      }
      if (!columns.isEmpty()) {
        droppedIndexes.computeIfAbsent(table, t -> new ArrayList<>()).add(columns);
      }
    }
    // Base foreign keys of surviving tables, with the code's names.
    Map<String, List<ForeignKey>> before = new LinkedHashMap<>();
    for (Table table : base.tables()) {
      String newName = tableNames.get(table.name());
      List<ForeignKey> translated = new ArrayList<>();
      for (ForeignKey fk : table.foreignKeys()) {
        Map<String, String> renames = columnNames.getOrDefault(newName, Map.of());
        String targetTable = tableNames.get(fk.targetTable());
        Map<String, String> targetRenames = targetTable == null ? Map.of() : columnNames.getOrDefault(targetTable, Map.of());
        translated.add(new ForeignKey(
            fk.name(),
            rename(fk.columns(), renames),
            targetTable == null ? fk.targetTable() : targetTable,
            rename(fk.targetColumns(), targetRenames),
            fk.onDelete(),
            fk.onUpdate()));
      }
      if (newName == null) {
        // The table is dropped: only foreign keys pointing to surviving tables need no action either.
        continue;
      }
      before.put(newName, translated);
    }
    for (Table table : target.tables()) {
      if (!tableNames.containsValue(table.name())) {
        continue;
      }
      List<ForeignKey> old = before.getOrDefault(table.name(), List.of());
      List<ForeignKey> unmatchedOld = new ArrayList<>();
      List<ForeignKey> unmatchedNew = new ArrayList<>();
      for (ForeignKey fk : old) {
        ForeignKey same = table.foreignKeys().stream().filter(n -> n.name().equals(fk.name())).findFirst().orElse(null);
        boolean keyChanged = changedKeys.contains(fk.targetTable());
        boolean indexDropped = droppedIndexes.getOrDefault(table.name(), List.of()).stream()
            .anyMatch(columns -> columns.size() >= fk.columns().size() && columns.subList(0, fk.columns().size()).equals(fk.columns()));
        if (same == null || !same.equals(fk) || keyChanged || indexDropped) {
          unmatchedOld.add(fk);
          if (same != null) {
            unmatchedNew.add(same);
          }
        }
      }
      for (ForeignKey fk : table.foreignKeys()) {
        if (old.stream().noneMatch(o -> o.name().equals(fk.name()))) {
          unmatchedNew.add(fk);
        }
      }
      for (ForeignKey fk : new ArrayList<>(unmatchedOld)) {
        for (ForeignKey added : unmatchedNew) {
          boolean sameDefinition = added.columns().equals(fk.columns()) && added.targetTable().equals(fk.targetTable())
              && added.targetColumns().equals(fk.targetColumns()) && added.onDelete() == fk.onDelete() && added.onUpdate() == fk.onUpdate();
          if (sameDefinition && !added.name().equals(fk.name()) && !changedKeys.contains(fk.targetTable())) {
            renameConstraints.add(new RenameConstraint(table.name(), fk, added, ownIndex(table.name(), fk)));
            unmatchedOld.remove(fk);
            unmatchedNew.remove(added);
            break;
          }
        }
      }
      for (ForeignKey fk : unmatchedOld) {
        dropForeignKeys.add(new DropForeignKey(releasedName(table.name()), fk, ownIndex(table.name(), fk)));
      }
      for (ForeignKey fk : unmatchedNew) {
        addForeignKeys.add(new AddForeignKey(table.name(), fk, true));
      }
    }
    // Foreign keys of dropped tables go with their tables; those of surviving tables to dropped tables
    // were removed from the code's schema and are dropped above.
  }

  /** Whether no key or index of the released table starts with the foreign key's columns. */
  private boolean ownIndex(String targetTable, ForeignKey fk) {
    Table released = base.table(baseNameOf(targetTable)).map(t -> translate(t, targetTable)).orElse(null);
    if (released == null) {
      return false;
    }
    List<List<String>> indexed = new ArrayList<>();
    if (released.primaryKey() != null) {
      indexed.add(released.primaryKey().columns());
    }
    released.uniqueKeys().forEach(u -> indexed.add(u.columns()));
    released.indexes().forEach(i -> indexed.add(i.columns()));
    return indexed.stream().noneMatch(columns -> columns.size() >= fk.columns().size()
        && columns.subList(0, fk.columns().size()).equals(fk.columns()));
  }
}
