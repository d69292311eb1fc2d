package dev.strata.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.strata.processor.diagnostics.Origin;
import dev.strata.processor.model.CheckExpression;
import dev.strata.processor.model.DefaultValue;
import dev.strata.processor.model.JavaKind;
import dev.strata.processor.model.ReferentialAction;
import dev.strata.processor.model.SqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * A table as parsed from one record, before the schema-wide steps (foreign key targets, key lengths,
 * name clashes) turn it into the model. Keeps the origin of everything for diagnostics.
 */
final class TableDraft {

  final TypeElement element;
  final ClassName rowType;
  final String name;
  final Origin nameOrigin;
  final Map<String, ColumnDraft> columns = new LinkedHashMap<>();
  final List<String> primaryKey = new ArrayList<>();
  final List<KeyDraft> uniques = new ArrayList<>();
  final List<KeyDraft> indexes = new ArrayList<>();
  final List<CheckDraft> checks = new ArrayList<>();
  final List<ReferenceDraft> references = new ArrayList<>();
  /** Former names of the table ({@code @RenamedFrom} on the record). */
  final List<String> renamedFrom = new ArrayList<>();
  /** Columns whose drop is acknowledged ({@code @DropColumn}). */
  final java.util.Set<String> dropColumns = new java.util.TreeSet<>();
  /** Risks acknowledged, per column name ("" for the table). */
  final Map<String, java.util.Set<dev.strata.processor.model.Intent.Risk>> acknowledged = new LinkedHashMap<>();

  TableDraft(TypeElement element, ClassName rowType, String name, Origin nameOrigin) {
    this.element = element;
    this.rowType = rowType;
    this.name = name;
    this.nameOrigin = nameOrigin;
  }

  /** The column a record component or a column name refers to, or null. */
  ColumnDraft resolve(String identifier) {
    ColumnDraft byComponent = columns.get(identifier);
    if (byComponent != null) {
      return byComponent;
    }
    for (ColumnDraft column : columns.values()) {
      if (column.name.equals(identifier)) {
        return column;
      }
    }
    return null;
  }

  /** One column, from one record component. */
  static final class ColumnDraft {
    final String component;
    final String name;
    final Origin origin;
    final JavaKind kind;
    final TypeName type;
    final List<String> enumConstants;
    final boolean nullable;
    final boolean identity;
    /** The type before key lengths are known (text in a key gets a MySQL length later). */
    SqlType type0;
    DefaultValue defaultValue;
    boolean secret;
    /** Former names of the column ({@code @RenamedFrom} on the component). */
    List<String> renamedFrom = List.of();
    /** The value existing rows get if the column becomes NOT NULL ({@code @Backfill}). */
    dev.strata.processor.model.Intent.Backfill backfill;

    ColumnDraft(
        String component,
        String name,
        Origin origin,
        JavaKind kind,
        TypeName type,
        List<String> enumConstants,
        boolean nullable,
        boolean identity,
        SqlType sqlType) {
      this.component = component;
      this.name = name;
      this.origin = origin;
      this.kind = kind;
      this.type = type;
      this.enumConstants = List.copyOf(enumConstants);
      this.nullable = nullable;
      this.identity = identity;
      this.type0 = sqlType;
    }
  }

  /** A unique constraint or an index over columns (by column name). */
  record KeyDraft(String name, List<String> columns, Origin origin, boolean explicitName) {}

  record CheckDraft(String name, CheckExpression expression, Origin origin) {}

  /**
   * A foreign key whose target is resolved once every table is parsed.
   *
   * @param targetRecord the referenced record's qualified name, or null for an auth table
   * @param targetTable the referenced auth table's logical name, or null for a record
   * @param targetColumn the referenced component (record) or field (auth), empty for the primary key
   */
  record ReferenceDraft(
      String column,
      String name,
      String targetRecord,
      String targetTable,
      String targetColumn,
      ReferentialAction onDelete,
      ReferentialAction onUpdate,
      Origin origin) {}
}
