package dev.strata.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.strata.processor.diagnostics.Diagnostics;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.diagnostics.Origin;
import dev.strata.processor.model.DefaultValue;
import dev.strata.processor.model.Identifiers;
import dev.strata.processor.model.JavaKind;
import dev.strata.processor.model.Names;
import dev.strata.processor.model.ReferentialAction;
import dev.strata.processor.model.SqlType;
import dev.strata.processor.parse.TableDraft.CheckDraft;
import dev.strata.processor.parse.TableDraft.ColumnDraft;
import dev.strata.processor.parse.TableDraft.KeyDraft;
import dev.strata.processor.parse.TableDraft.ReferenceDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Parses one application record into a {@link TableDraft}: its name, one column per component, its
 * keys, indexes, checks and (unresolved) foreign keys. Reports every problem it finds on the component
 * and annotation at fault, and keeps going so that one compile shows them all.
 */
final class TableParser {

  /** Thrown when a component's type is not known yet; the whole schema is retried in the next round. */
  static final class MissingTypeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingTypeException(String what) {
      super(what, null, false, false);
    }
  }

  /** The column types Strata supports for a String column of unbounded length (MySQL: text). */
  private static final int MAX_VARCHAR = 16383;

  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final ClassFileNullability classFiles;
  /** Components with a type-use @Nullable that javac did not expose (records read from class files). */
  private Set<String> compiledNullable = Set.of();

  TableParser(Annotations annotations, Diagnostics diagnostics, ClassFileNullability classFiles) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.classFiles = classFiles;
  }

  TableDraft parse(TypeElement record) {
    Optional<AnnotationMirror> tableAnnotation = annotations.find(record, AnnotationNames.TABLE);
    String explicitName = tableAnnotation.map(m -> annotations.string(m, "value")).orElse("");
    String name = explicitName.isEmpty() ? Names.snakeCase(record.getSimpleName().toString()) : explicitName;
    Origin nameOrigin =
        tableAnnotation
            .map(m -> Origin.of(record, m, annotations.explicitValue(m, "value")))
            .orElse(Origin.of(record));
    checkIdentifier(name, "table", nameOrigin);
    if (Identifiers.isReservedTable(name)) {
      diagnostics.report(nameOrigin, Message.RESERVED_TABLE_NAME, name, Identifiers.FLYWAY_HISTORY_TABLE, " with @Table(\"...\")");
    }

    TableDraft table = new TableDraft(record, ClassName.get(record), name, nameOrigin);
    if (classFiles != null && !classFiles.fromSource(record)) {
      compiledNullable = classFiles.nullableFields(record);
    }
    checkAccessible(record);
    if (!record.getTypeParameters().isEmpty()) {
      diagnostics.report(Origin.of(record), Message.TABLE_GENERIC_RECORD, record.getQualifiedName());
    }

    Map<String, String> usedColumnNames = new HashMap<>();
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    boolean compositeKey = components.stream().filter(c -> annotations.has(c, AnnotationNames.ID)).count() > 1;
    for (RecordComponentElement component : components) {
      ColumnDraft column = parseColumn(table, component, compositeKey);
      if (column == null) {
        continue;
      }
      String folded = Identifiers.foldCase(column.name);
      String clash = usedColumnNames.putIfAbsent(folded, column.component);
      if (clash != null) {
        ColumnDraft other = table.columns.get(clash);
        diagnostics.report(
            column.origin,
            Message.DUPLICATE_COLUMN_NAME,
            column.name,
            column.component,
            clash,
            other != null && !other.name.equals(column.name)
                ? " (as '" + other.name + "': MySQL compares column names ignoring case)"
                : "");
        continue;
      }
      table.columns.put(column.component, column);
    }

    parseTypeLevelKeys(table, record);
    parseTypeLevelChecks(table, record);
    parseIntent(table, record);
    if (table.primaryKey.isEmpty()) {
      diagnostics.report(Origin.of(record), Message.TABLE_NO_PRIMARY_KEY, name, record.getSimpleName());
    }
    for (KeyDraft unique : table.uniques) {
      // PostgreSQL leaves such a key out of CREATE TABLE but keeps it when added later: the schema would
      // depend on its history.
      if (unique.columns().equals(table.primaryKey)) {
        diagnostics.report(unique.origin(), Message.UNIQUE_IS_PRIMARY_KEY, unique.columns(), record.getSimpleName());
      }
    }
    return table;
  }

  private void checkAccessible(TypeElement record) {
    Element current = record;
    while (current instanceof TypeElement type) {
      boolean isPublic = type.getModifiers().contains(Modifier.PUBLIC);
      boolean nestedNonStatic =
          type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
              && type.getKind().isClass() && !type.getKind().equals(javax.lang.model.element.ElementKind.RECORD);
      if (!isPublic || nestedNonStatic || type.getNestingKind() == NestingKind.LOCAL) {
        diagnostics.report(Origin.of(record), Message.TABLE_NOT_ACCESSIBLE, record.getQualifiedName());
        return;
      }
      current = type.getEnclosingElement();
    }
  }

  private ColumnDraft parseColumn(TableDraft table, RecordComponentElement component, boolean compositeKey) {
    String componentName = component.getSimpleName().toString();
    Optional<AnnotationMirror> columnAnnotation = annotations.find(component, AnnotationNames.COLUMN);
    String explicitName = columnAnnotation.map(m -> annotations.string(m, "name")).orElse("");
    String name = explicitName.isEmpty() ? Names.snakeCase(componentName) : explicitName;
    Origin origin = Origin.of(component);
    Origin nameOrigin =
        columnAnnotation
            .map(m -> Origin.of(component, m, annotations.explicitValue(m, "name")))
            .orElse(origin);
    checkIdentifier(name, "column", nameOrigin);

    TypeMirror type = component.getAccessor() != null ? component.getAccessor().getReturnType() : component.asType();
    JavaTypes.Mapped mapped = JavaTypes.map(component.asType());
    if (mapped instanceof JavaTypes.Missing) {
      throw new MissingTypeException(table.element.getQualifiedName() + "." + componentName);
    }
    if (mapped instanceof JavaTypes.Unsupported) {
      diagnostics.report(
          origin, Message.UNSUPPORTED_TYPE, componentName, TypeName.get(type).withoutAnnotations(), JavaKind.supportedList());
      return null;
    }
    JavaTypes.Supported supported = (JavaTypes.Supported) mapped;
    JavaKind kind = supported.kind();

    boolean json = annotations.has(component, AnnotationNames.JSON);
    if (json) {
      if (kind == JavaKind.STRING) {
        kind = JavaKind.JSON;
      } else {
        diagnostics.report(
            Origin.of(component, annotations.find(component, AnnotationNames.JSON).orElseThrow()),
            Message.JSON_NOT_STRING,
            componentName,
            supported.type());
      }
    }

    boolean id = annotations.has(component, AnnotationNames.ID);
    Optional<AnnotationMirror> identityAnnotation = annotations.find(component, AnnotationNames.IDENTITY);
    boolean identity = identityAnnotation.isPresent();
    AnnotationMirror nullableAnnotation = nullableAnnotation(component);
    boolean nullable = nullableAnnotation != null || compiledNullable.contains(componentName);
    if (nullable && supported.type().isPrimitive()) {
      diagnostics.report(
          Origin.of(component, nullableAnnotation),
          Message.NULLABLE_PRIMITIVE,
          componentName,
          supported.type(),
          Annotations.simpleName(nullableAnnotation),
          JavaTypes.boxedName(supported.type()));
      nullable = false;
    }
    if (nullable && id) {
      diagnostics.report(Origin.of(component, nullableAnnotation), Message.NULLABLE_PRIMARY_KEY, componentName);
      nullable = false;
    }
    if (identity) {
      Origin identityOrigin = Origin.of(component, identityAnnotation.get());
      if (!id) {
        diagnostics.report(identityOrigin, Message.IDENTITY_NOT_PRIMARY_KEY, componentName);
      } else if (compositeKey) {
        diagnostics.report(identityOrigin, Message.IDENTITY_COMPOSITE_KEY, componentName, componentName);
      }
      if (kind != JavaKind.SHORT && kind != JavaKind.INT && kind != JavaKind.LONG) {
        diagnostics.report(identityOrigin, Message.IDENTITY_NOT_INTEGRAL, componentName, supported.type());
      }
    }

    SqlType sqlType = sqlType(component, columnAnnotation, componentName, kind, supported);
    ColumnDraft column =
        new ColumnDraft(
            componentName, name, origin, kind, supported.type(), supported.enumConstants(), nullable, identity, sqlType);
    column.defaultValue = defaultValue(component, column);
    if (identity && column.defaultValue != null) {
      diagnostics.report(
          origin,
          Message.IDENTITY_WITH_DEFAULT,
          componentName,
          column.defaultValue instanceof DefaultValue.Now ? "DefaultNow" : "Default");
    }

    if (id) {
      table.primaryKey.add(name);
    }
    for (AnnotationMirror unique : annotations.findRepeated(component, AnnotationNames.UNIQUE, AnnotationNames.UNIQUE_LIST)) {
      if (!annotations.strings(unique, "columns").isEmpty()) {
        diagnostics.report(
            Origin.of(component, unique, annotations.explicitValue(unique, "columns")),
            Message.COLUMNS_ON_COMPONENT,
            "Unique",
            componentName);
      }
      table.uniques.add(key(table, unique, List.of(name), "key", Origin.of(component, unique)));
    }
    for (AnnotationMirror index : annotations.findRepeated(component, AnnotationNames.INDEX, AnnotationNames.INDEX_LIST)) {
      if (!annotations.strings(index, "columns").isEmpty()) {
        diagnostics.report(
            Origin.of(component, index, annotations.explicitValue(index, "columns")),
            Message.COLUMNS_ON_COMPONENT,
            "Index",
            componentName);
      }
      table.indexes.add(key(table, index, List.of(name), "idx", Origin.of(component, index)));
    }
    for (AnnotationMirror check : annotations.findRepeated(component, AnnotationNames.CHECK, AnnotationNames.CHECK_LIST)) {
      // Resolved after all columns are known, so a check may mention any column of the table.
      pendingChecks.add(new PendingCheck(check, component, List.of(name)));
    }
    annotations
        .find(component, AnnotationNames.REFERENCES)
        .ifPresent(ref -> table.references.add(reference(table, component, ref, name)));
    annotations.find(component, AnnotationNames.RENAMED_FROM).ifPresent(m -> column.renamedFrom = annotations.strings(m, "value"));
    annotations
        .find(component, AnnotationNames.ACKNOWLEDGE)
        .ifPresent(m -> table.acknowledged.computeIfAbsent(name, n -> new java.util.TreeSet<>()).addAll(risks(annotations, m)));
    annotations.find(component, AnnotationNames.BACKFILL).ifPresent(m -> pendingBackfills.add(new PendingBackfill(m, component, column)));
    return column;
  }

  /** Backfill expressions may mention any column: parsed once every column is known. */
  private final List<PendingBackfill> pendingBackfills = new ArrayList<>();

  private record PendingBackfill(AnnotationMirror annotation, RecordComponentElement element, ColumnDraft column) {}

  /** The risks an {@code @Acknowledge} names. */
  static java.util.Set<dev.strata.processor.model.Intent.Risk> risks(Annotations annotations, AnnotationMirror acknowledge) {
    java.util.Set<dev.strata.processor.model.Intent.Risk> risks = new java.util.TreeSet<>();
    for (AnnotationValue value : annotations.list(acknowledge, "value")) {
      risks.add(dev.strata.processor.model.Intent.Risk.valueOf(Annotations.as(value, javax.lang.model.element.VariableElement.class).getSimpleName().toString()));
    }
    return risks;
  }

  private void parseIntent(TableDraft table, TypeElement record) {
    annotations.find(record, AnnotationNames.RENAMED_FROM).ifPresent(m -> table.renamedFrom.addAll(annotations.strings(m, "value")));
    for (AnnotationMirror drop : annotations.findRepeated(record, AnnotationNames.DROP_COLUMN, AnnotationNames.DROP_COLUMN_LIST)) {
      table.dropColumns.add(annotations.string(drop, "value"));
    }
    annotations
        .find(record, AnnotationNames.ACKNOWLEDGE)
        .ifPresent(m -> table.acknowledged.computeIfAbsent("", n -> new java.util.TreeSet<>()).addAll(risks(annotations, m)));
    for (PendingBackfill pending : pendingBackfills) {
      AnnotationMirror mirror = pending.annotation();
      ColumnDraft column = pending.column();
      String literal = annotations.string(mirror, "value");
      String expression = annotations.string(mirror, "expression");
      Origin origin = Origin.of(pending.element(), mirror);
      if (literal.isEmpty() == expression.isEmpty()) {
        diagnostics.report(origin, Message.BACKFILL_INVALID, column.component, literal.isEmpty() ? "gives no value" : "gives both a value and an expression");
        continue;
      }
      if (!literal.isEmpty()) {
        DefaultValues.Result result = DefaultValues.convert(literal, column.kind, column.type0, column.enumConstants);
        if (result.problem() != null) {
          diagnostics.report(
              Origin.of(pending.element(), mirror, annotations.explicitValue(mirror, "value")),
              Message.BACKFILL_INVALID,
              column.component,
              "has \"" + literal + "\", which cannot be converted to " + column.type + ": " + result.problem());
          continue;
        }
        column.backfill = new dev.strata.processor.model.Intent.Backfill(result.canonical(), null);
      } else {
        CheckParser.Result parsed =
            CheckParser.parse(expression, identifier -> {
              ColumnDraft c = table.resolve(identifier);
              return c == null ? null : c.name;
            });
        if (parsed.problem() != null) {
          diagnostics.report(
              Origin.of(pending.element(), mirror, annotations.explicitValue(mirror, "expression")),
              Message.BACKFILL_INVALID,
              column.component,
              "has an expression that is not valid: " + parsed.problem());
          continue;
        }
        column.backfill = new dev.strata.processor.model.Intent.Backfill(null, parsed.expression());
      }
    }
    pendingBackfills.clear();
  }

  /** Checks written on components, parsed once the table's columns are all known. */
  private final List<PendingCheck> pendingChecks = new ArrayList<>();

  private record PendingCheck(AnnotationMirror annotation, Element element, List<String> columnsForName) {}

  static AnnotationMirror nullableAnnotation(RecordComponentElement component) {
    List<AnnotationMirror> candidates = new ArrayList<>(component.getAnnotationMirrors());
    candidates.addAll(component.asType().getAnnotationMirrors());
    if (component.getAccessor() != null) {
      candidates.addAll(component.getAccessor().getAnnotationMirrors());
      candidates.addAll(component.getAccessor().getReturnType().getAnnotationMirrors());
    }
    for (AnnotationMirror mirror : candidates) {
      if (Annotations.simpleName(mirror).equals(AnnotationNames.NULLABLE_SIMPLE_NAME)) {
        return mirror;
      }
    }
    return null;
  }

  private SqlType sqlType(
      RecordComponentElement component,
      Optional<AnnotationMirror> columnAnnotation,
      String componentName,
      JavaKind kind,
      JavaTypes.Supported supported) {
    int length = columnAnnotation.map(m -> annotations.integer(m, "length")).orElse(0);
    int precision = columnAnnotation.map(m -> annotations.integer(m, "precision")).orElse(0);
    int scale = columnAnnotation.map(m -> annotations.integer(m, "scale")).orElse(-1);
    if (length != 0 && kind != JavaKind.STRING) {
      diagnostics.report(
          Origin.of(component, columnAnnotation.get(), annotations.explicitValue(columnAnnotation.get(), "length")),
          Message.LENGTH_NOT_STRING,
          length,
          componentName,
          supported.type());
    }
    if ((precision != 0 || scale != -1) && kind != JavaKind.BIG_DECIMAL) {
      AnnotationValue at = annotations.explicitValue(columnAnnotation.get(), precision != 0 ? "precision" : "scale");
      diagnostics.report(
          Origin.of(component, columnAnnotation.get(), at), Message.PRECISION_NOT_DECIMAL, componentName, supported.type());
    }
    switch (kind) {
      case STRING:
        if (length < 0 || length > MAX_VARCHAR) {
          diagnostics.report(
              Origin.of(component, columnAnnotation.get(), annotations.explicitValue(columnAnnotation.get(), "length")),
              Message.LENGTH_INVALID,
              length,
              componentName);
          return SqlType.Text.UNBOUNDED;
        }
        return length > 0 ? new SqlType.Varchar(length) : SqlType.Text.UNBOUNDED;
      case JSON:
        return SqlType.JSON;
      case SHORT:
        return SqlType.SMALLINT;
      case INT:
        return SqlType.INTEGER;
      case LONG:
        return SqlType.BIGINT;
      case BOOLEAN:
        return SqlType.BOOLEAN;
      case FLOAT:
        return SqlType.REAL;
      case DOUBLE:
        return SqlType.DOUBLE;
      case BIG_DECIMAL:
        int p = precision == 0 ? 38 : precision;
        int s = scale == -1 ? (precision == 0 ? 10 : 0) : scale;
        if (p < 1 || p > 65 || s < 0 || s > p || s > 30) {
          diagnostics.report(
              Origin.of(component, columnAnnotation.orElse(null)), Message.PRECISION_INVALID, p, s, componentName);
          return new SqlType.Decimal(38, 10);
        }
        return new SqlType.Decimal(p, s);
      case BYTES:
        return SqlType.BINARY;
      case UUID:
        return SqlType.UUID;
      case INSTANT:
      case OFFSET_DATE_TIME:
        return new SqlType.TimestampTz(-1, false);
      case LOCAL_DATE_TIME:
        return new SqlType.Timestamp(-1);
      case LOCAL_DATE:
        return SqlType.DATE;
      case LOCAL_TIME:
        return new SqlType.Time(-1);
      case ENUM:
        return new SqlType.Enum(supported.enumConstants());
      default:
        throw new IllegalStateException("unmapped kind " + kind);
    }
  }

  private DefaultValue defaultValue(RecordComponentElement component, ColumnDraft column) {
    Optional<AnnotationMirror> literal = annotations.find(component, AnnotationNames.DEFAULT);
    Optional<AnnotationMirror> now = annotations.find(component, AnnotationNames.DEFAULT_NOW);
    if (literal.isPresent() && now.isPresent()) {
      diagnostics.report(Origin.of(component, now.get()), Message.DEFAULT_AND_DEFAULT_NOW, column.component);
      return null;
    }
    if (now.isPresent()) {
      if (!column.type0.isTemporal()) {
        diagnostics.report(Origin.of(component, now.get()), Message.DEFAULT_NOW_NOT_TEMPORAL, column.component, column.type);
        return null;
      }
      return DefaultValue.NOW;
    }
    if (literal.isEmpty()) {
      return null;
    }
    AnnotationMirror mirror = literal.get();
    String text = annotations.string(mirror, "value");
    Origin origin = Origin.of(component, mirror, annotations.explicitValue(mirror, "value"));
    if (column.kind == JavaKind.BYTES) {
      diagnostics.report(origin, Message.DEFAULT_UNSUPPORTED, column.component, column.type);
      return null;
    }
    DefaultValues.Result result = DefaultValues.convert(text, column.kind, column.type0, column.enumConstants);
    if (result.problem() != null) {
      diagnostics.report(
          origin,
          Message.DEFAULT_NOT_CONVERTIBLE,
          text,
          column.component,
          column.type,
          result.problem(),
          DefaultValues.example(column.kind, column.enumConstants));
      return null;
    }
    return new DefaultValue.Literal(result.canonical());
  }

  private KeyDraft key(TableDraft table, AnnotationMirror mirror, List<String> columns, String suffix, Origin origin) {
    String explicit = annotations.string(mirror, "name");
    if (!explicit.isEmpty()) {
      checkIdentifier(explicit, "constraint", Origin.of(origin.element(), mirror, annotations.explicitValue(mirror, "name")));
      return new KeyDraft(explicit, columns, origin, true);
    }
    return new KeyDraft(Names.constraintName(table.name, columns, suffix), columns, origin, false);
  }

  private ReferenceDraft reference(TableDraft table, RecordComponentElement component, AnnotationMirror ref, String column) {
    TypeMirror recordType = annotations.type(ref, "value");
    TypeElement recordElement = Annotations.typeElement(recordType);
    String targetRecord =
        recordElement == null || recordElement.getQualifiedName().contentEquals(AnnotationNames.REFERENCES_NO_RECORD)
            ? null
            : recordElement.getQualifiedName().toString();
    if (recordType.getKind() == javax.lang.model.type.TypeKind.ERROR) {
      throw new MissingTypeException(table.element.getQualifiedName() + "." + component.getSimpleName() + " @References");
    }
    String targetTable = annotations.string(ref, "table");
    String explicitName = annotations.string(ref, "name");
    String name;
    if (explicitName.isEmpty()) {
      name = Names.constraintName(table.name, List.of(column), "fkey");
    } else {
      checkIdentifier(explicitName, "constraint", Origin.of(component, ref, annotations.explicitValue(ref, "name")));
      name = explicitName;
    }
    return new ReferenceDraft(
        column,
        name,
        targetRecord,
        targetTable.isEmpty() ? null : targetTable,
        annotations.string(ref, "column"),
        ReferentialAction.valueOf(annotations.enumConstant(ref, "onDelete")),
        ReferentialAction.valueOf(annotations.enumConstant(ref, "onUpdate")),
        Origin.of(component, ref));
  }

  private void parseTypeLevelKeys(TableDraft table, TypeElement record) {
    for (AnnotationMirror unique : annotations.findRepeated(record, AnnotationNames.UNIQUE, AnnotationNames.UNIQUE_LIST)) {
      List<String> columns = componentList(table, record, unique, "Unique");
      if (columns != null) {
        table.uniques.add(key(table, unique, columns, "key", Origin.of(record, unique)));
      }
    }
    for (AnnotationMirror index : annotations.findRepeated(record, AnnotationNames.INDEX, AnnotationNames.INDEX_LIST)) {
      List<String> columns = componentList(table, record, index, "Index");
      if (columns != null) {
        table.indexes.add(key(table, index, columns, "idx", Origin.of(record, index)));
      }
    }
    for (KeyDraft key : concat(table.uniques, table.indexes)) {
      for (String columnName : key.columns()) {
        for (ColumnDraft column : table.columns.values()) {
          if (column.name.equals(columnName) && column.kind == JavaKind.JSON) {
            diagnostics.report(
                key.origin(), Message.INDEX_ON_JSON, key.explicitName() ? key.name() : "The index", column.component);
          }
        }
      }
    }
  }

  private static List<KeyDraft> concat(List<KeyDraft> a, List<KeyDraft> b) {
    List<KeyDraft> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** The column names of a type-level annotation's component list, or null after reporting a problem. */
  private List<String> componentList(TableDraft table, TypeElement record, AnnotationMirror mirror, String what) {
    List<String> components = annotations.strings(mirror, "columns");
    Origin origin = Origin.of(record, mirror, annotations.explicitValue(mirror, "columns"));
    if (components.isEmpty()) {
      diagnostics.report(origin, Message.EMPTY_COLUMN_LIST, what, record.getSimpleName(), what);
      return null;
    }
    List<String> columns = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String component : components) {
      ColumnDraft column = table.columns.get(component);
      if (column == null) {
        diagnostics.report(
            origin, Message.UNKNOWN_COMPONENT, "@" + what, component, record.getSimpleName(), String.join(", ", table.columns.keySet()));
        return null;
      }
      if (!seen.add(component)) {
        diagnostics.report(origin, Message.DUPLICATE_COLUMN_IN_LIST, "@" + what, component);
        return null;
      }
      columns.add(column.name);
    }
    return columns;
  }

  private void parseTypeLevelChecks(TableDraft table, TypeElement record) {
    for (AnnotationMirror check : annotations.findRepeated(record, AnnotationNames.CHECK, AnnotationNames.CHECK_LIST)) {
      pendingChecks.add(new PendingCheck(check, record, List.of()));
    }
    for (PendingCheck pending : pendingChecks) {
      AnnotationMirror mirror = pending.annotation();
      String text = annotations.string(mirror, "value");
      Origin origin = Origin.of(pending.element(), mirror, annotations.explicitValue(mirror, "value"));
      CheckParser.Result parsed =
          CheckParser.parse(
              text,
              identifier -> {
                ColumnDraft column = table.resolve(identifier);
                return column == null ? null : column.name;
              });
      if (parsed.problem() != null) {
        diagnostics.report(origin, Message.CHECK_INVALID, text, parsed.problem());
        continue;
      }
      if (parsed.expression().columns().isEmpty()) {
        diagnostics.report(origin, Message.CHECK_NO_COLUMN, text, table.name);
        continue;
      }
      String explicit = annotations.string(mirror, "name");
      String name;
      if (explicit.isEmpty()) {
        List<String> forName =
            pending.columnsForName().isEmpty() ? parsed.expression().columns() : pending.columnsForName();
        name = Names.constraintName(table.name, forName, "check");
      } else {
        checkIdentifier(explicit, "constraint", Origin.of(pending.element(), mirror, annotations.explicitValue(mirror, "name")));
        name = explicit;
      }
      table.checks.add(new CheckDraft(name, parsed.expression(), Origin.of(pending.element(), mirror)));
    }
    pendingChecks.clear();
  }

  private void checkIdentifier(String name, String what, Origin origin) {
    checkIdentifier(diagnostics, name, what, origin);
  }

  /** Whether the name is a valid SQL identifier; when not, the error is reported with a suggestion. */
  static boolean checkIdentifier(Diagnostics diagnostics, String name, String what, Origin origin) {
    String problem = Identifiers.problem(name);
    if (problem != null) {
      diagnostics.report(origin, Message.INVALID_IDENTIFIER, name, what, problem, suggestion(name));
      return false;
    }
    return true;
  }

  /** A valid name close to an invalid one, for the error message. */
  static String suggestion(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      out.append(cp <= 0xFFFF && Character.isLetterOrDigit(cp) ? new String(Character.toChars(cp)) : "_");
      i += Character.charCount(cp);
    }
    String s = Names.snakeCase(out.toString()).replaceAll("_+", "_").replaceAll("^_|_$", "");
    if (s.isEmpty()) {
      s = "name";
    }
    if (Character.isDigit(s.charAt(0))) {
      s = "t_" + s;
    }
    while (Names.utf8Length(s) > Names.MAX_IDENTIFIER_BYTES) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The primary key of a parsed table as column names; exposed for the schema parser. */
  static List<String> primaryKey(TableDraft table) {
    return table.primaryKey;
  }

  static Map<String, ColumnDraft> columnsByName(TableDraft table) {
    Map<String, ColumnDraft> byName = new HashMap<>();
    for (ColumnDraft column : table.columns.values()) {
      byName.put(column.name, column);
    }
    return byName;
  }
}
