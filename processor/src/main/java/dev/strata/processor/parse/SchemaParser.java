package dev.strata.processor.parse;

import com.palantir.javapoet.ClassName;
import dev.strata.processor.diagnostics.Diagnostics;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.diagnostics.Origin;
import dev.strata.processor.model.Column;
import dev.strata.processor.model.Constraint.Check;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Constraint.PrimaryKey;
import dev.strata.processor.model.Constraint.UniqueKey;
import dev.strata.processor.model.Identifiers;
import dev.strata.processor.model.Intent;
import dev.strata.processor.model.JavaColumn;
import dev.strata.processor.model.JavaKind;
import dev.strata.processor.model.JavaSchema;
import dev.strata.processor.model.JavaTable;
import dev.strata.processor.model.Names;
import dev.strata.processor.model.CheckExpression;
import dev.strata.processor.model.ReferentialAction;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SqlType;
import dev.strata.processor.model.Table;
import dev.strata.processor.model.TableKind;
import dev.strata.processor.parse.TableDraft.CheckDraft;
import dev.strata.processor.parse.TableDraft.ColumnDraft;
import dev.strata.processor.parse.TableDraft.KeyDraft;
import dev.strata.processor.parse.TableDraft.ReferenceDraft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Parses a {@code @Schema} root and every table it names into a {@link JavaSchema}: the database model
 * plus the Java side of each table. Foreign keys are resolved here, once every table is known, and the
 * schema-wide rules run (table and constraint names unique, referenced columns unique, types matching).
 *
 * <p>Returns null when the schema has errors; each was reported on the element at fault.
 */
public final class SchemaParser {

  /** Text columns in a key or index get this length on MySQL, which cannot index unbounded text. */
  static final int TEXT_KEY_LENGTH = 255;

  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final ClassFileNullability classFiles;

  /** The ids of the databases generated for: some rules hold for one database only. */
  private final List<String> dialectIds;

  /**
   * @param sourceTypes the qualified names of the top-level types this compilation reads from source
   *     (the root elements of its rounds), for environments without javac's Trees API, such as Gradle's
   * @param dialectIds the ids of the databases generated for
   */
  public SchemaParser(
      javax.annotation.processing.ProcessingEnvironment env, Diagnostics diagnostics, Set<String> sourceTypes,
      List<String> dialectIds) {
    this.annotations = new Annotations(env.getElementUtils());
    this.diagnostics = diagnostics;
    this.classFiles = new ClassFileNullability(env, sourceTypes);
    this.dialectIds = List.copyOf(dialectIds);
  }

  /** Thrown when a type the schema needs is not known yet; retry in the next round. */
  public static final class Deferred extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Deferred(String what) {
      super(what, null, false, false);
    }
  }

  /** The auth configuration class a schema root names, or null. */
  public TypeElement authElement(TypeElement root) {
    AnnotationMirror schema = annotations.find(root, AnnotationNames.SCHEMA).orElseThrow();
    TypeMirror type = annotations.type(schema, "auth");
    if (type.getKind() == TypeKind.VOID || type.getKind() == TypeKind.ERROR) {
      return null;
    }
    return Annotations.typeElement(type);
  }

  /** The record classes a schema root names, for the check that no record belongs to two schemas. */
  public List<TypeElement> tableElements(TypeElement root) {
    List<TypeElement> records = new ArrayList<>();
    AnnotationMirror schema = annotations.find(root, AnnotationNames.SCHEMA).orElseThrow();
    for (AnnotationValue value : annotations.list(schema, "tables")) {
      TypeElement element = Annotations.typeElement(Annotations.as(value, TypeMirror.class));
      if (element != null) {
        records.add(element);
      }
    }
    return records;
  }

  public JavaSchema parse(TypeElement root) {
    int mark = diagnostics.mark();
    AnnotationMirror schemaAnnotation = annotations.find(root, AnnotationNames.SCHEMA).orElseThrow();
    if (root.getKind() != ElementKind.INTERFACE && root.getKind() != ElementKind.CLASS) {
      diagnostics.report(
          Origin.of(root, schemaAnnotation),
          Message.SCHEMA_NOT_INTERFACE_OR_CLASS,
          root.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    int released = annotations.integer(schemaAnnotation, "released");
    if (released < 0) {
      diagnostics.report(
          Origin.of(root, schemaAnnotation, annotations.explicitValue(schemaAnnotation, "released")),
          Message.RELEASED_NEGATIVE,
          released);
    }

    AuthConfigParser.ParsedAuth auth = parseAuth(root, schemaAnnotation);
    boolean hasAuth = annotations.type(schemaAnnotation, "auth").getKind() != TypeKind.VOID;

    List<TableDraft> drafts = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    AnnotationValue tablesValue = annotations.value(schemaAnnotation, "tables");
    List<AnnotationValue> tableValues = annotations.list(schemaAnnotation, "tables");
    for (AnnotationValue value : tableValues) {
      TypeMirror type = Annotations.as(value, TypeMirror.class);
      if (type.getKind() == TypeKind.ERROR) {
        throw new Deferred(type.toString());
      }
      TypeElement element = Annotations.typeElement(type);
      Origin origin = Origin.of(root, schemaAnnotation, value);
      if (element == null || element.getKind() != ElementKind.RECORD) {
        String name = element == null ? type.toString() : element.getQualifiedName().toString();
        diagnostics.report(origin, Message.SCHEMA_TABLE_NOT_RECORD, name, element == null ? "Row" : element.getSimpleName());
        continue;
      }
      if (!listed.add(element.getQualifiedName().toString())) {
        diagnostics.report(origin, Message.SCHEMA_DUPLICATE_TABLE_CLASS, element.getQualifiedName());
        continue;
      }
      try {
        drafts.add(new TableParser(annotations, diagnostics, classFiles).parse(element));
      } catch (TableParser.MissingTypeException e) {
        throw new Deferred(e.getMessage());
      }
    }
    if (tableValues.isEmpty() && !hasAuth) {
      diagnostics.report(Origin.of(root, schemaAnnotation, tablesValue), Message.SCHEMA_EMPTY);
    }

    checkTableNames(drafts, auth);
    Map<String, TableDraft> byRecord = new HashMap<>();
    for (TableDraft draft : drafts) {
      byRecord.put(draft.element.getQualifiedName().toString(), draft);
    }
    List<ResolvedReference> references = resolveReferences(root, drafts, byRecord, auth);
    assignKeyLengths(drafts, references);
    if (diagnostics.hasErrorsSince(mark)) {
      return null;
    }

    // Auth tables first, in Better Auth's order; then the application tables by name.
    List<JavaTable> tables = new ArrayList<>();
    if (auth != null) {
      tables.addAll(auth.tables());
    }
    drafts.sort(Comparator.comparing(d -> d.name));
    for (TableDraft draft : drafts) {
      tables.add(build(draft, references));
    }
    checkConstraintNames(tables, drafts, auth);
    checkReferentialActionsBesideChecks(drafts);
    if (diagnostics.hasErrorsSince(mark)) {
      return null;
    }
    Schema schema = new Schema(tables.stream().map(JavaTable::table).toList());
    return new JavaSchema(ClassName.get(root), schema, tables, Math.max(released, 0), intent(root, drafts, auth));
  }

  /** The auth tables of {@code @Schema(auth = ...)}, null when there is none or it has errors. */
  private AuthConfigParser.ParsedAuth parseAuth(TypeElement root, AnnotationMirror schemaAnnotation) {
    AnnotationValue value = annotations.value(schemaAnnotation, "auth");
    TypeMirror type = Annotations.as(value, TypeMirror.class);
    if (type.getKind() == TypeKind.VOID) {
      return null;
    }
    if (type.getKind() == TypeKind.ERROR) {
      throw new Deferred(type.toString());
    }
    TypeElement element = Annotations.typeElement(type);
    if (element == null || annotations.find(element, AuthConfigParser.AUTH_CONFIG).isEmpty()) {
      String name = element == null ? type.toString() : element.getQualifiedName().toString();
      diagnostics.report(
          Origin.of(root, schemaAnnotation, value),
          Message.AUTH_CONFIG_MISSING,
          name,
          element == null ? "AppAuth" : element.getSimpleName());
      return null;
    }
    return new AuthConfigParser(annotations, diagnostics, classFiles).parse(element);
  }

  /** What the code declares about renames, drops, backfills and risks, with where it says so. */
  private Intent intent(TypeElement root, List<TableDraft> drafts, AuthConfigParser.ParsedAuth auth) {
    Map<String, Origin> tables = new LinkedHashMap<>();
    Map<String, Map<String, Origin>> columns = new LinkedHashMap<>();
    Map<String, List<String>> tableRenames = new LinkedHashMap<>();
    Map<String, Map<String, List<String>>> columnRenames = new LinkedHashMap<>();
    Map<String, Set<String>> dropColumns = new LinkedHashMap<>();
    Map<String, Map<String, Intent.Backfill>> backfills = new LinkedHashMap<>();
    Map<String, Map<String, Set<Intent.Risk>>> acknowledged = new LinkedHashMap<>();
    if (auth != null) {
      for (JavaTable table : auth.tables()) {
        tables.put(table.table().name(), Origin.of(auth.element()));
        columns.put(table.table().name(), auth.columnOrigins().getOrDefault(table.table().name(), Map.of()));
      }
      tableRenames.putAll(auth.intent().tableRenames());
      columnRenames.putAll(auth.intent().columnRenames());
      dropColumns.putAll(auth.intent().dropColumns());
      backfills.putAll(auth.intent().backfills());
      acknowledged.putAll(auth.intent().acknowledged());
    }
    for (TableDraft draft : drafts) {
      tables.put(draft.name, Origin.of(draft.element));
      Map<String, Origin> columnOrigins = new LinkedHashMap<>();
      for (ColumnDraft column : draft.columns.values()) {
        columnOrigins.put(column.name, column.origin);
        if (!column.renamedFrom.isEmpty()) {
          columnRenames.computeIfAbsent(draft.name, t -> new LinkedHashMap<>()).put(column.name, column.renamedFrom);
        }
        if (column.backfill != null) {
          backfills.computeIfAbsent(draft.name, t -> new LinkedHashMap<>()).put(column.name, column.backfill);
        }
      }
      columns.put(draft.name, columnOrigins);
      if (!draft.renamedFrom.isEmpty()) {
        tableRenames.put(draft.name, List.copyOf(draft.renamedFrom));
      }
      if (!draft.dropColumns.isEmpty()) {
        dropColumns.put(draft.name, Set.copyOf(draft.dropColumns));
      }
      if (!draft.acknowledged.isEmpty()) {
        acknowledged.put(draft.name, Map.copyOf(draft.acknowledged));
      }
    }
    Set<String> dropTables = new java.util.TreeSet<>();
    for (AnnotationMirror drop : annotations.findRepeated(root, AnnotationNames.DROP_TABLE, AnnotationNames.DROP_TABLE_LIST)) {
      dropTables.add(annotations.string(drop, "value"));
    }
    AnnotationMirror schema = annotations.find(root, AnnotationNames.SCHEMA).orElseThrow();
    return new Intent(Origin.of(root, schema), tables, columns, tableRenames, columnRenames, dropTables, dropColumns, backfills, acknowledged);
  }

  private void checkTableNames(List<TableDraft> drafts, AuthConfigParser.ParsedAuth auth) {
    Map<String, TableDraft> seen = new HashMap<>();
    Map<String, JavaTable> authTables = new HashMap<>();
    if (auth != null) {
      auth.tables().forEach(t -> authTables.put(Identifiers.foldCase(t.table().name()), t));
    }
    for (TableDraft draft : drafts) {
      JavaTable authTable = authTables.get(Identifiers.foldCase(draft.name));
      if (authTable != null) {
        diagnostics.report(
            draft.nameOrigin,
            Message.AUTH_TABLE_NAME_TAKEN,
            draft.name,
            draft.element.getSimpleName(),
            authTable.table().name(),
            auth.element().getSimpleName(),
            authTable.rowType().canonicalName());
        continue;
      }
      TableDraft other = seen.putIfAbsent(Identifiers.foldCase(draft.name), draft);
      if (other != null) {
        diagnostics.report(
            draft.nameOrigin,
            Message.DUPLICATE_TABLE_NAME,
            draft.name,
            draft.element.getSimpleName(),
            other.element.getSimpleName(),
            other.name.equals(draft.name) ? "" : " (as '" + other.name + "': names must differ in more than case)");
      }
    }
  }

  /**
   * A foreign key with its target resolved to a table and column: an application table's draft, or an
   * auth table ({@code authTable}, {@code authColumn}).
   */
  private record ResolvedReference(
      TableDraft table, ReferenceDraft draft, TableDraft target, ColumnDraft targetColumn, JavaTable authTable, Column authColumn) {

    String targetTableName() {
      return authTable != null ? authTable.table().name() : target.name;
    }

    String targetColumnName() {
      return authColumn != null ? authColumn.name() : targetColumn.name;
    }
  }

  private List<ResolvedReference> resolveReferences(
      TypeElement root, List<TableDraft> drafts, Map<String, TableDraft> byRecord, AuthConfigParser.ParsedAuth auth) {
    List<ResolvedReference> resolved = new ArrayList<>();
    for (TableDraft table : drafts) {
      Map<String, ColumnDraft> columnsByName = TableParser.columnsByName(table);
      for (ReferenceDraft ref : table.references) {
        ColumnDraft column = columnsByName.get(ref.column());
        if (column == null) {
          continue;
        }
        if (ref.targetRecord() == null && ref.targetTable() == null) {
          diagnostics.report(ref.origin(), Message.REFERENCES_NO_TARGET, column.component);
          continue;
        }
        if (ref.targetRecord() != null && ref.targetTable() != null) {
          diagnostics.report(
              ref.origin(), Message.REFERENCES_TWO_TARGETS, column.component, ref.targetRecord(), ref.targetTable());
          continue;
        }
        if (ref.targetTable() != null && auth != null && auth.table(ref.targetTable()) != null) {
          ResolvedReference toAuth = resolveAuthReference(table, column, ref, auth);
          if (toAuth != null) {
            resolved.add(toAuth);
          }
          continue;
        }
        TableDraft target = ref.targetRecord() != null ? byRecord.get(ref.targetRecord()) : null;
        if (target == null) {
          String what = ref.targetRecord() != null ? ref.targetRecord() : "table \"" + ref.targetTable() + "\"";
          String hint =
              ref.targetRecord() != null
                  ? "Add it to @Schema(tables = {...})."
                  : auth == null
                      ? "Auth tables exist only when the schema names an auth configuration: @Schema(auth = ...)."
                      : "The auth configuration " + auth.element().getSimpleName() + " has the tables "
                          + String.join(", ", auth.logicalTables().stream().map(t -> t.key()).toList()) + ". "
                          + AuthConfigParser.enableHint(ref.targetTable());
          diagnostics.report(ref.origin(), Message.REFERENCES_MISSING_TABLE, column.component, what, root.getSimpleName(), hint);
          continue;
        }
        ColumnDraft targetColumn = targetColumn(table, column, ref, target);
        if (targetColumn == null) {
          continue;
        }
        if (!typesMatch(column, targetColumn)) {
          diagnostics.report(
              ref.origin(),
              Message.REFERENCES_TYPE_MISMATCH,
              column.component,
              column.type,
              target.name,
              targetColumn.name,
              targetColumn.type,
              column.component,
              targetColumn.type.isPrimitive() && column.nullable ? targetColumn.type.box() : targetColumn.type);
          continue;
        }
        checkAction(ref, column, ref.onDelete(), "onDelete");
        checkAction(ref, column, ref.onUpdate(), "onUpdate");
        resolved.add(new ResolvedReference(table, ref, target, targetColumn, null, null));
      }
    }
    return resolved;
  }

  /** A reference from an application table to an auth table, by its key or name and a field or column. */
  private ResolvedReference resolveAuthReference(
      TableDraft table, ColumnDraft column, ReferenceDraft ref, AuthConfigParser.ParsedAuth auth) {
    JavaTable target = auth.table(ref.targetTable());
    JavaColumn targetColumn = null;
    String wanted = ref.targetColumn().isEmpty() ? "id" : ref.targetColumn();
    for (JavaColumn candidate : target.columns()) {
      if (candidate.component().equals(wanted) || candidate.column().name().equals(wanted)) {
        targetColumn = candidate;
      }
    }
    if (targetColumn == null) {
      diagnostics.report(
          ref.origin(),
          Message.REFERENCES_MISSING_COLUMN,
          column.component,
          wanted,
          target.table().name(),
          String.join(", ", target.columns().stream().map(c -> c.column().name()).toList()));
      return null;
    }
    String targetName = targetColumn.column().name();
    boolean unique =
        target.table().primaryKey().columns().equals(List.of(targetName))
            || target.table().uniqueKeys().stream().anyMatch(u -> u.columns().equals(List.of(targetName)));
    if (!unique) {
      diagnostics.report(ref.origin(), Message.REFERENCES_NOT_UNIQUE, column.component, targetName, target.table().name());
      return null;
    }
    if (column.kind != targetColumn.kind()) {
      diagnostics.report(
          ref.origin(),
          Message.REFERENCES_TYPE_MISMATCH,
          column.component,
          column.type,
          target.table().name(),
          targetName,
          targetColumn.type(),
          column.component,
          targetColumn.type().isPrimitive() && column.nullable ? targetColumn.type().box() : targetColumn.type());
      return null;
    }
    checkAction(ref, column, ref.onDelete(), "onDelete");
    checkAction(ref, column, ref.onUpdate(), "onUpdate");
    return new ResolvedReference(table, ref, null, null, target, targetColumn.column());
  }

  private ColumnDraft targetColumn(TableDraft table, ColumnDraft column, ReferenceDraft ref, TableDraft target) {
    if (ref.targetColumn().isEmpty()) {
      if (target.primaryKey.size() != 1) {
        diagnostics.report(
            ref.origin(), Message.REFERENCES_NO_SINGLE_KEY, column.component, target.name, target.primaryKey.size());
        return null;
      }
      return TableParser.columnsByName(target).get(target.primaryKey.get(0));
    }
    ColumnDraft targetColumn = target.resolve(ref.targetColumn());
    if (targetColumn == null) {
      diagnostics.report(
          ref.origin(),
          Message.REFERENCES_MISSING_COLUMN,
          column.component,
          ref.targetColumn(),
          target.name,
          String.join(", ", target.columns.keySet()));
      return null;
    }
    boolean unique =
        target.primaryKey.equals(List.of(targetColumn.name))
            || target.uniques.stream().anyMatch(u -> u.columns().equals(List.of(targetColumn.name)));
    if (!unique) {
      diagnostics.report(ref.origin(), Message.REFERENCES_NOT_UNIQUE, column.component, targetColumn.name, target.name);
      return null;
    }
    return targetColumn;
  }

  private static boolean typesMatch(ColumnDraft column, ColumnDraft target) {
    if (column.kind != target.kind) {
      return false;
    }
    if (column.kind == JavaKind.ENUM) {
      return column.type.withoutAnnotations().equals(target.type.withoutAnnotations());
    }
    return true;
  }

  private void checkAction(ReferenceDraft ref, ColumnDraft column, ReferentialAction action, String member) {
    if (action == ReferentialAction.SET_NULL && !column.nullable) {
      diagnostics.report(ref.origin(), Message.REFERENCES_SET_NULL_NOT_NULL, member, column.component);
    }
    if (action == ReferentialAction.SET_DEFAULT && column.defaultValue == null) {
      diagnostics.report(ref.origin(), Message.REFERENCES_SET_DEFAULT_NO_DEFAULT, member, column.component);
    }
  }

  /**
   * Text in a key, an index or a foreign key (on either side) is limited to {@value #TEXT_KEY_LENGTH}
   * characters on MySQL, which cannot index unbounded text; elsewhere it stays unbounded text.
   */
  private static void assignKeyLengths(List<TableDraft> drafts, List<ResolvedReference> references) {
    Map<TableDraft, Set<String>> keyed = new HashMap<>();
    for (TableDraft table : drafts) {
      Set<String> columns = keyed.computeIfAbsent(table, t -> new HashSet<>());
      columns.addAll(table.primaryKey);
      table.uniques.forEach(k -> columns.addAll(k.columns()));
      table.indexes.forEach(k -> columns.addAll(k.columns()));
    }
    Map<TableDraft, Map<String, Integer>> authLengths = new HashMap<>();
    for (ResolvedReference ref : references) {
      keyed.get(ref.table()).add(ref.draft().column());
      if (ref.target() != null) {
        keyed.get(ref.target()).add(ref.targetColumn().name);
      } else if (ref.authColumn().type() instanceof SqlType.Text text && text.keyLength() > 0) {
        // The same length as the auth column it references (Better Auth's ids are varchar(36) on MySQL).
        authLengths.computeIfAbsent(ref.table(), t -> new HashMap<>()).put(ref.draft().column(), text.keyLength());
      }
    }
    for (TableDraft table : drafts) {
      for (ColumnDraft column : table.columns.values()) {
        if (column.type0 instanceof SqlType.Text && keyed.get(table).contains(column.name)) {
          Integer authLength = authLengths.getOrDefault(table, Map.of()).get(column.name);
          column.type0 = new SqlType.Text(authLength != null ? authLength : TEXT_KEY_LENGTH);
        }
      }
    }
  }

  private JavaTable build(TableDraft draft, List<ResolvedReference> references) {
    List<Column> columns = new ArrayList<>();
    List<JavaColumn> javaColumns = new ArrayList<>();
    for (ColumnDraft c : draft.columns.values()) {
      boolean inPrimaryKey = draft.primaryKey.contains(c.name);
      Column column = new Column(c.name, c.type0, c.nullable && !inPrimaryKey, c.defaultValue, c.identity);
      columns.add(column);
      javaColumns.add(new JavaColumn(c.component, column, c.kind, c.type, c.secret));
    }
    PrimaryKey primaryKey =
        draft.primaryKey.isEmpty() ? null : new PrimaryKey(Names.constraintName(draft.name, List.of(), "pkey"), draft.primaryKey);
    List<UniqueKey> uniques = new ArrayList<>();
    for (KeyDraft key : draft.uniques) {
      uniques.add(new UniqueKey(key.name(), key.columns()));
    }
    List<Index> indexes = new ArrayList<>();
    for (KeyDraft key : draft.indexes) {
      indexes.add(new Index(key.name(), key.columns(), false));
    }
    List<ForeignKey> foreignKeys = new ArrayList<>();
    for (ResolvedReference ref : references) {
      if (ref.table() == draft) {
        ReferenceDraft r = ref.draft();
        foreignKeys.add(
            new ForeignKey(
                r.name(), List.of(r.column()), ref.targetTableName(), List.of(ref.targetColumnName()), r.onDelete(), r.onUpdate()));
      }
    }
    List<Check> checks = new ArrayList<>();
    for (CheckDraft check : draft.checks) {
      checks.add(new Check(check.name(), check.expression()));
    }
    Table table = new Table(draft.name, TableKind.APP, columns, primaryKey, uniques, indexes, foreignKeys, checks);
    return new JavaTable(
        table, draft.rowType, JavaSchema.generatedPeer(draft.rowType, "Table"), javaColumns, false);
  }

  /**
   * MySQL refuses a check over a column that a foreign key's referential action writes (error 3823), and
   * MariaDB one that ON DELETE SET NULL or ON UPDATE writes (error 1901), whichever of the two comes first.
   */
  private void checkReferentialActionsBesideChecks(List<TableDraft> drafts) {
    if (!dialectIds.contains("mysql")) {
      return;
    }
    for (TableDraft draft : drafts) {
      for (CheckDraft check : draft.checks) {
        ReferenceDraft conflict = null;
        for (CheckExpression.Part part : check.expression().parts()) {
          for (ReferenceDraft reference : draft.references) {
            if (conflict == null && part instanceof CheckExpression.ColumnRef ref && reference.column().equals(ref.column())
                && (writes(reference.onDelete()) || writes(reference.onUpdate()))) {
              conflict = reference;
            }
          }
        }
        if (conflict != null) {
          String action = writes(conflict.onDelete()) ? "ON DELETE " + conflict.onDelete().sql() : "ON UPDATE " + conflict.onUpdate().sql();
          diagnostics.report(check.origin(), Message.CHECK_BESIDE_REFERENTIAL_ACTION, check.name(), conflict.column(), conflict.name(), action);
        }
      }
    }
  }

  private static boolean writes(ReferentialAction action) {
    return action != ReferentialAction.NO_ACTION && action != ReferentialAction.RESTRICT;
  }

  /**
   * Constraint and index names must be unique in the whole schema: PostgreSQL and H2 keep index and
   * constraint names per schema, and MySQL keeps foreign key names per database.
   */
  private void checkConstraintNames(List<JavaTable> tables, List<TableDraft> drafts, AuthConfigParser.ParsedAuth auth) {
    Map<String, String> owners = new LinkedHashMap<>();
    Map<String, Origin> origins = new HashMap<>();
    for (TableDraft draft : drafts) {
      for (KeyDraft key : draft.uniques) {
        origins.put(key.name(), key.origin());
      }
      for (KeyDraft key : draft.indexes) {
        origins.put(key.name(), key.origin());
      }
      for (CheckDraft check : draft.checks) {
        origins.put(check.name(), check.origin());
      }
      for (ReferenceDraft ref : draft.references) {
        origins.put(ref.name(), ref.origin());
      }
    }
    for (JavaTable javaTable : tables) {
      Table table = javaTable.table();
      List<String> names = new ArrayList<>();
      if (table.primaryKey() != null) {
        names.add(table.primaryKey().name());
      }
      table.uniqueKeys().forEach(k -> names.add(k.name()));
      table.indexes().forEach(k -> names.add(k.name()));
      table.foreignKeys().forEach(k -> names.add(k.name()));
      table.checks().forEach(k -> names.add(k.name()));
      for (Column column : table.columns()) {
        if (column.type() instanceof SqlType.Enum) {
          names.add(Names.enumCheckName(table.name(), column.name()));
        }
      }
      for (String name : names) {
        String key = Identifiers.foldCase(name);
        String owner = owners.putIfAbsent(key, table.name() + "." + name);
        if (owner != null) {
          Origin origin = origins.get(name);
          if (origin == null) {
            origin = drafts.stream()
                .filter(d -> d.name.equals(table.name()))
                .findFirst()
                .map(d -> Origin.of(d.element))
                .orElseGet(() -> Origin.of(auth.element()));
          }
          diagnostics.report(
              origin,
              Message.DUPLICATE_CONSTRAINT_NAME,
              name,
              owner,
              table.name() + "." + name,
              owner.endsWith("." + name) ? "" : " (names must differ in more than case)");
        }
      }
    }
  }
}
