package dev.strata.processor.parse;

import com.palantir.javapoet.TypeName;
import dev.strata.annotations.AuthIds;
import dev.strata.annotations.AuthNaming;
import dev.strata.annotations.AuthPlugin;
import dev.strata.processor.auth.AuthField;
import dev.strata.processor.auth.AuthOptions;
import dev.strata.processor.auth.AuthSchemaBuilder;
import dev.strata.processor.auth.AuthTables;
import dev.strata.processor.auth.AuthTables.LogicalTable;
import dev.strata.processor.diagnostics.Diagnostics;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.diagnostics.Origin;
import dev.strata.processor.model.Identifiers;
import dev.strata.processor.model.Intent;
import dev.strata.processor.model.JavaKind;
import dev.strata.processor.model.JavaTable;
import dev.strata.processor.model.SqlType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads an {@code @AuthConfig} class into Better Auth's options and derives its tables: the logical tables
 * of {@code getAuthTables}, then their physical shape for the chosen naming. Every inconsistency is an
 * error on the annotation value or record component at fault.
 */
public final class AuthConfigParser {

  /** The auth side of a schema. */
  public record ParsedAuth(
      TypeElement element,
      AuthOptions options,
      String packageName,
      List<LogicalTable> logicalTables,
      AuthSchemaBuilder builder,
      List<JavaTable> tables,
      Map<String, Map<String, Origin>> columnOrigins,
      AuthIntent intent) {

    /** The table for a Better Auth key ({@code user}) or physical name ({@code users}), or null. */
    public JavaTable table(String keyOrName) {
      String physical = builder.physicalTable(keyOrName);
      for (JavaTable table : tables) {
        if (table.table().name().equals(physical != null ? physical : keyOrName)) {
          return table;
        }
      }
      return null;
    }

    /** The logical table behind a physical table. */
    public LogicalTable logical(JavaTable table) {
      for (LogicalTable logical : logicalTables) {
        if (table.table().name().equals(builder.physicalTable(logical.key()))) {
          return logical;
        }
      }
      throw new IllegalArgumentException("not an auth table: " + table.table().name());
    }
  }

  /**
   * What the configuration says about changes to released auth tables, keyed by physical table and column
   * names: renames ({@code renamedFrom} of {@code @AuthTable} and {@code @AuthColumn}, {@code @RenamedFrom}
   * on an additional field), drops ({@code @DropColumn} on an {@code @AuthFields} record), backfills and
   * acknowledged risks (on additional fields).
   */
  public record AuthIntent(
      Map<String, List<String>> tableRenames,
      Map<String, Map<String, List<String>>> columnRenames,
      Map<String, Set<String>> dropColumns,
      Map<String, Map<String, Intent.Backfill>> backfills,
      Map<String, Map<String, Set<Intent.Risk>>> acknowledged) {}

  /** Intent as read, by Better Auth key and field, before the physical names are known. */
  private final Map<String, List<String>> tableRenamesByKey = new LinkedHashMap<>();
  private final Map<String, Map<String, List<String>>> columnRenamesByKey = new LinkedHashMap<>();
  private final Map<String, Set<String>> dropColumnsByKey = new LinkedHashMap<>();
  private final Map<String, Map<String, Set<Intent.Risk>>> acknowledgedByKey = new LinkedHashMap<>();
  private final List<PendingBackfill> pendingBackfills = new ArrayList<>();

  private record PendingBackfill(String table, String field, RecordComponentElement element, AnnotationMirror annotation,
      JavaKind kind, TypeName javaType, List<String> enumValues) {}

  static final String AUTH_CONFIG = "dev.strata.annotations.AuthConfig";
  static final String AUTH_FIELDS = "dev.strata.annotations.AuthFields";
  static final String AUTH_FIELD = "dev.strata.annotations.AuthField";

  /** The tables additional fields may extend, as in Better Auth's options. */
  private static final List<String> EXTENSIBLE = List.of("user", "session", "account", "verification");

  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final ClassFileNullability classFiles;
  /** The package of the generated classes of the configuration being read. */
  private String authPackage;

  AuthConfigParser(Annotations annotations, Diagnostics diagnostics, ClassFileNullability classFiles) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.classFiles = classFiles;
  }

  /** Reads one configuration; null when it has errors (each reported). */
  ParsedAuth parse(TypeElement config) {
    int mark = diagnostics.mark();
    AnnotationMirror mirror = annotations.find(config, AUTH_CONFIG).orElseThrow();

    List<AuthPlugin> plugins = plugins(config, mirror);
    AnnotationMirror organization = nested(mirror, "organization");
    AnnotationMirror username = nested(mirror, "username");
    AnnotationMirror sso = nested(mirror, "sso");
    AnnotationMirror stripe = nested(mirror, "stripe");
    checkPluginOption(config, mirror, "organization", organization, List.of("teams", "dynamicAccessControl"), plugins.contains(AuthPlugin.ORGANIZATION), AuthPlugin.ORGANIZATION);
    checkPluginOption(config, mirror, "username", username, List.of("displayUsername"), plugins.contains(AuthPlugin.USERNAME), AuthPlugin.USERNAME);
    checkPluginOption(config, mirror, "sso", sso, List.of("domainVerification"), plugins.contains(AuthPlugin.SSO), AuthPlugin.SSO);
    checkPluginOption(config, mirror, "stripe", stripe, List.of("subscription", "organization"), plugins.contains(AuthPlugin.STRIPE), AuthPlugin.STRIPE);
    boolean stripeOrganization = annotations.bool(stripe, "organization");
    if (stripeOrganization && plugins.contains(AuthPlugin.STRIPE) && !plugins.contains(AuthPlugin.ORGANIZATION)) {
      diagnostics.report(
          Origin.of(config, mirror, annotations.explicitValue(mirror, "stripe")),
          Message.AUTH_PLUGIN_REQUIRES,
          "STRIPE with organization = true",
          "ORGANIZATION",
          "the Stripe customer id is stored on the organization table",
          "ORGANIZATION");
    }

    boolean secondaryStorage = annotations.bool(mirror, "secondaryStorage");
    boolean keepSession = annotations.bool(mirror, "keepSessionTable");
    boolean keepVerification = annotations.bool(mirror, "keepVerificationTable");
    if (!secondaryStorage) {
      if (keepSession) {
        diagnostics.report(
            Origin.of(config, mirror, annotations.explicitValue(mirror, "keepSessionTable")),
            Message.AUTH_KEEP_WITHOUT_SECONDARY_STORAGE, "keepSessionTable", "session", "keepSessionTable");
      }
      if (keepVerification) {
        diagnostics.report(
            Origin.of(config, mirror, annotations.explicitValue(mirror, "keepVerificationTable")),
            Message.AUTH_KEEP_WITHOUT_SECONDARY_STORAGE, "keepVerificationTable", "verification", "keepVerificationTable");
      }
    }

    AuthOptions base = new AuthOptions(
        plugins,
        AuthNaming.valueOf(annotations.enumConstant(mirror, "naming")),
        AuthIds.valueOf(annotations.enumConstant(mirror, "ids")),
        annotations.bool(mirror, "plural"),
        annotations.bool(mirror, "rateLimitTable"),
        secondaryStorage,
        keepSession,
        keepVerification,
        annotations.bool(organization, "teams"),
        annotations.bool(organization, "dynamicAccessControl"),
        annotations.bool(username, "displayUsername"),
        annotations.bool(sso, "domainVerification"),
        annotations.bool(stripe, "subscription"),
        stripeOrganization,
        Map.of(),
        Map.of(),
        Map.of());

    // The tables and fields before renames and additional fields: what the other options may name.
    List<LogicalTable> plain = AuthTables.derive(base);
    Map<String, LogicalTable> plainByKey = new LinkedHashMap<>();
    plain.forEach(t -> plainByKey.put(t.key(), t));

    Map<String, String> tableNames = new LinkedHashMap<>();
    Map<String, Map<String, String>> columnNames = new LinkedHashMap<>();
    Map<String, Map<String, Origin>> renameOrigins = new HashMap<>();
    readRenames(config, mirror, plainByKey, tableNames, columnNames, renameOrigins);

    String packageName = packageName(config, mirror);
    authPackage = packageName;
    Map<String, List<AuthField>> additional = new LinkedHashMap<>();
    Map<String, TypeName> enumTypes = new HashMap<>();
    Map<String, Map<String, Origin>> fieldOrigins = new HashMap<>();
    readAdditionalFields(config, plainByKey, additional, enumTypes, fieldOrigins, base);

    if (diagnostics.hasErrorsSince(mark)) {
      return null;
    }
    AuthOptions options = base.withNames(tableNames, columnNames, additional);
    List<LogicalTable> logical = AuthTables.derive(options);
    AuthSchemaBuilder builder = new AuthSchemaBuilder(options, logical, packageName, enumTypes);
    List<JavaTable> tables = builder.build();

    Map<String, Map<String, Origin>> columnOrigins = new LinkedHashMap<>();
    checkPhysicalNames(config, mirror, logical, builder, tables, renameOrigins, fieldOrigins, columnOrigins);
    AuthIntent intent = intent(logical, builder);
    if (diagnostics.hasErrorsSince(mark)) {
      return null;
    }
    return new ParsedAuth(config, options, packageName, logical, builder, tables, columnOrigins, intent);
  }

  /** The intent read from the configuration, under the physical names of the tables and columns. */
  private AuthIntent intent(List<LogicalTable> logical, AuthSchemaBuilder builder) {
    Map<String, LogicalTable> byKey = new LinkedHashMap<>();
    logical.forEach(t -> byKey.put(t.key(), t));
    Map<String, List<String>> tableRenames = new LinkedHashMap<>();
    tableRenamesByKey.forEach((key, former) -> {
      if (byKey.containsKey(key)) {
        tableRenames.put(builder.physicalTable(key), List.copyOf(former));
      }
    });
    Map<String, Map<String, List<String>>> columnRenames = new LinkedHashMap<>();
    columnRenamesByKey.forEach((key, fields) -> {
      LogicalTable table = byKey.get(key);
      if (table != null) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        fields.forEach((field, former) -> columns.put(builder.columnName(table.field(field)), List.copyOf(former)));
        columnRenames.put(builder.physicalTable(key), columns);
      }
    });
    Map<String, Set<String>> dropColumns = new LinkedHashMap<>();
    dropColumnsByKey.forEach((key, columns) -> {
      if (byKey.containsKey(key)) {
        dropColumns.put(builder.physicalTable(key), Set.copyOf(columns));
      }
    });
    Map<String, Map<String, Set<Intent.Risk>>> acknowledged = new LinkedHashMap<>();
    acknowledgedByKey.forEach((key, fields) -> {
      LogicalTable table = byKey.get(key);
      if (table != null) {
        Map<String, Set<Intent.Risk>> columns = new LinkedHashMap<>();
        fields.forEach((field, risks) -> columns.put(builder.columnName(table.field(field)), Set.copyOf(risks)));
        acknowledged.put(builder.physicalTable(key), columns);
      }
    });
    Map<String, Map<String, Intent.Backfill>> backfills = new LinkedHashMap<>();
    for (PendingBackfill pending : pendingBackfills) {
      LogicalTable table = byKey.get(pending.table());
      if (table == null) {
        continue;
      }
      Intent.Backfill backfill = backfill(pending, table, builder);
      if (backfill != null) {
        backfills.computeIfAbsent(builder.physicalTable(pending.table()), t -> new LinkedHashMap<>())
            .put(builder.columnName(table.field(pending.field())), backfill);
      }
    }
    return new AuthIntent(tableRenames, columnRenames, dropColumns, backfills, acknowledged);
  }

  /** A backfill of an additional field: a literal of its type, or an expression over the table's columns. */
  private Intent.Backfill backfill(PendingBackfill pending, LogicalTable table, AuthSchemaBuilder builder) {
    AnnotationMirror mirror = pending.annotation();
    String literal = annotations.string(mirror, "value");
    String expression = annotations.string(mirror, "expression");
    if (literal.isEmpty() == expression.isEmpty()) {
      diagnostics.report(Origin.of(pending.element(), mirror), Message.BACKFILL_INVALID, pending.field(),
          literal.isEmpty() ? "gives no value" : "gives both a value and an expression");
      return null;
    }
    if (!literal.isEmpty()) {
      DefaultValues.Result result = DefaultValues.convert(literal, pending.kind(), SqlType.Text.UNBOUNDED, pending.enumValues());
      if (result.problem() != null) {
        diagnostics.report(Origin.of(pending.element(), mirror, annotations.explicitValue(mirror, "value")),
            Message.BACKFILL_INVALID, pending.field(),
            "has \"" + literal + "\", which cannot be converted to " + pending.javaType() + ": " + result.problem());
        return null;
      }
      return new Intent.Backfill(result.canonical(), null);
    }
    CheckParser.Result parsed = CheckParser.parse(expression, identifier -> {
      for (AuthField field : table.fields()) {
        if (field.name().equals(identifier) || builder.columnName(field).equals(identifier)) {
          return builder.columnName(field);
        }
      }
      return identifier.equals("id") ? "id" : null;
    });
    if (parsed.problem() != null) {
      diagnostics.report(Origin.of(pending.element(), mirror, annotations.explicitValue(mirror, "expression")),
          Message.BACKFILL_INVALID, pending.field(), "has an expression that is not valid: " + parsed.problem());
      return null;
    }
    return new Intent.Backfill(null, parsed.expression());
  }

  // ---- plugins and their options ------------------------------------------------------------------

  private List<AuthPlugin> plugins(TypeElement config, AnnotationMirror mirror) {
    List<AuthPlugin> plugins = new ArrayList<>();
    for (AnnotationValue value : annotations.list(mirror, "plugins")) {
      AuthPlugin plugin = AuthPlugin.valueOf(Annotations.as(value, VariableElement.class).getSimpleName().toString());
      if (plugins.contains(plugin)) {
        diagnostics.report(Origin.of(config, mirror, value), Message.AUTH_DUPLICATE_PLUGIN, plugin);
        continue;
      }
      plugins.add(plugin);
    }
    if (plugins.contains(AuthPlugin.OAUTH_PROVIDER) && !plugins.contains(AuthPlugin.JWT)) {
      diagnostics.report(
          Origin.of(config, mirror, annotations.explicitValue(mirror, "plugins")),
          Message.AUTH_PLUGIN_REQUIRES,
          "OAUTH_PROVIDER",
          "JWT",
          "@better-auth/oauth-provider signs its tokens with the keys of the jwks table",
          "JWT");
    }
    return plugins;
  }

  private AnnotationMirror nested(AnnotationMirror mirror, String member) {
    return Annotations.as(annotations.value(mirror, member), AnnotationMirror.class);
  }

  /** An option of a plugin set to other than its default while the plugin is off. */
  private void checkPluginOption(
      TypeElement config,
      AnnotationMirror mirror,
      String member,
      AnnotationMirror options,
      List<String> names,
      boolean enabled,
      AuthPlugin plugin) {
    AnnotationValue written = annotations.explicitValue(mirror, member);
    if (enabled || written == null) {
      return;
    }
    for (String name : names) {
      if (annotations.explicitValue(options, name) != null) {
        diagnostics.report(
            Origin.of(config, mirror, written), Message.AUTH_OPTION_WITHOUT_PLUGIN, member + " = ...", plugin, plugin);
        return;
      }
    }
  }

  // ---- renames ------------------------------------------------------------------------------------

  private void readRenames(
      TypeElement config,
      AnnotationMirror mirror,
      Map<String, LogicalTable> tables,
      Map<String, String> tableNames,
      Map<String, Map<String, String>> columnNames,
      Map<String, Map<String, Origin>> renameOrigins) {
    for (AnnotationValue value : annotations.list(mirror, "tables")) {
      AnnotationMirror table = Annotations.as(value, AnnotationMirror.class);
      String key = modelKey(annotations.enumConstant(table, "model"));
      Origin origin = Origin.of(config, table);
      if (!tables.containsKey(key)) {
        diagnostics.report(
            Origin.of(config, table, annotations.explicitValue(table, "model")),
            Message.AUTH_MODEL_NOT_ENABLED, "@AuthTable", key, String.join(", ", tables.keySet()), enableHint(key));
        continue;
      }
      if (renameOrigins.containsKey(key)) {
        diagnostics.report(origin, Message.AUTH_TABLE_DUPLICATE, key);
        continue;
      }
      Map<String, Origin> origins = new HashMap<>();
      renameOrigins.put(key, origins);
      List<String> formerTables = annotations.strings(table, "renamedFrom");
      if (!formerTables.isEmpty()) {
        tableRenamesByKey.put(key, formerTables);
      }
      String name = annotations.string(table, "name");
      if (!name.isEmpty()) {
        Origin nameOrigin = Origin.of(config, table, annotations.explicitValue(table, "name"));
        if (checkIdentifier(name, "table", nameOrigin)) {
          tableNames.put(key, name);
          origins.put("", nameOrigin);
        }
      }
      Map<String, String> columns = new LinkedHashMap<>();
      for (AnnotationValue columnValue : annotations.list(table, "columns")) {
        AnnotationMirror column = Annotations.as(columnValue, AnnotationMirror.class);
        String field = annotations.string(column, "field");
        String columnName = annotations.string(column, "name");
        Origin fieldOrigin = Origin.of(config, column, annotations.explicitValue(column, "field"));
        LogicalTable logical = tables.get(key);
        if (logical.field(field) == null && !field.equals("id")) {
          diagnostics.report(
              fieldOrigin, Message.AUTH_UNKNOWN_FIELD, field, key,
              String.join(", ", logical.fields().stream().map(AuthField::name).toList()));
          continue;
        }
        if (field.equals("id")) {
          diagnostics.report(fieldOrigin, Message.AUTH_UNKNOWN_FIELD, field, key + "' (the id column keeps its name",
              String.join(", ", logical.fields().stream().map(AuthField::name).toList()));
          continue;
        }
        if (columns.containsKey(field)) {
          diagnostics.report(fieldOrigin, Message.AUTH_COLUMN_DUPLICATE, field, key);
          continue;
        }
        Origin nameOrigin = Origin.of(config, column, annotations.explicitValue(column, "name"));
        if (checkIdentifier(columnName, "column", nameOrigin)) {
          columns.put(field, columnName);
          origins.put(field, nameOrigin);
          List<String> formerColumns = annotations.strings(column, "renamedFrom");
          if (!formerColumns.isEmpty()) {
            columnRenamesByKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(field, formerColumns);
          }
        }
      }
      if (!columns.isEmpty()) {
        columnNames.put(key, columns);
      }
    }
  }

  // ---- additional fields --------------------------------------------------------------------------

  private void readAdditionalFields(
      TypeElement config,
      Map<String, LogicalTable> tables,
      Map<String, List<AuthField>> additional,
      Map<String, TypeName> enumTypes,
      Map<String, Map<String, Origin>> fieldOrigins,
      AuthOptions base) {
    Map<String, TypeElement> declaredBy = new HashMap<>();
    for (Element member : config.getEnclosedElements()) {
      Optional<AnnotationMirror> fields = annotations.find(member, AUTH_FIELDS);
      if (fields.isEmpty()) {
        continue;
      }
      if (member.getKind() != ElementKind.RECORD) {
        diagnostics.report(Origin.of(member, fields.get()), Message.AUTH_FIELDS_PLACEMENT, member.getSimpleName());
        continue;
      }
      TypeElement record = (TypeElement) member;
      String modelConstant = annotations.enumConstant(fields.get(), "value");
      String key = modelKey(modelConstant);
      Origin modelOrigin = Origin.of(record, fields.get(), annotations.explicitValue(fields.get(), "value"));
      if (!EXTENSIBLE.contains(key)) {
        diagnostics.report(modelOrigin, Message.AUTH_FIELDS_MODEL, modelConstant, key);
        continue;
      }
      if (!tables.containsKey(key)) {
        diagnostics.report(
            modelOrigin, Message.AUTH_MODEL_NOT_ENABLED, "@AuthFields", key, String.join(", ", tables.keySet()), enableHint(key));
        continue;
      }
      TypeElement previous = declaredBy.putIfAbsent(key, record);
      if (previous != null) {
        diagnostics.report(modelOrigin, Message.AUTH_FIELDS_DUPLICATE, key, previous.getSimpleName(), record.getSimpleName());
        continue;
      }
      for (AnnotationMirror drop : annotations.findRepeated(record, AnnotationNames.DROP_COLUMN, AnnotationNames.DROP_COLUMN_LIST)) {
        dropColumnsByKey.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(annotations.string(drop, "value"));
      }
      Set<String> nullableFromClassFile =
          classFiles != null && !classFiles.fromSource(record) ? classFiles.nullableFields(record) : Set.of();
      List<AuthField> parsed = new ArrayList<>();
      Map<String, Origin> origins = fieldOrigins.computeIfAbsent(key, k -> new HashMap<>());
      for (RecordComponentElement component : record.getRecordComponents()) {
        AuthField field = field(key, tables, component, nullableFromClassFile, enumTypes, base);
        if (field != null) {
          parsed.add(field);
          origins.put(field.name(), Origin.of(component));
        }
      }
      additional.put(key, parsed);
    }
  }

  private AuthField field(
      String tableKey,
      Map<String, LogicalTable> tables,
      RecordComponentElement component,
      Set<String> nullableFromClassFile,
      Map<String, TypeName> enumTypes,
      AuthOptions base) {
    String name = component.getSimpleName().toString();
    Origin origin = Origin.of(component);
    LogicalTable table = tables.get(tableKey);
    if (name.equals("id") || table.field(name) != null) {
      String what = name.equals("id") ? "its primary key" : "a field Better Auth " + (isCoreField(tableKey, name) ? "defines" : "adds with a plugin");
      diagnostics.report(origin, Message.AUTH_FIELD_CLASH, name, tableKey, what, tableKey.equals("user") ? "app" + capitalize(name) : "custom" + capitalize(name));
      return null;
    }
    // @Check is repeatable: two of them are found only through their container.
    List<AnnotationMirror> unsupported = new ArrayList<>();
    annotations.find(component, AnnotationNames.ID).ifPresent(unsupported::add);
    annotations.find(component, AnnotationNames.IDENTITY).ifPresent(unsupported::add);
    unsupported.addAll(annotations.findRepeated(component, AnnotationNames.CHECK, AnnotationNames.CHECK_LIST));
    if (!unsupported.isEmpty()) {
      AnnotationMirror found = unsupported.get(0);
      String simpleName = Annotations.simpleName(found);
      String why = simpleName.equals("Check")
          ? "Better Auth declares no check constraints; validate the value in the application."
          : "auth tables have Better Auth's id column, set by @AuthConfig(ids).";
      diagnostics.report(Origin.of(component, found), Message.AUTH_FIELD_UNSUPPORTED_ANNOTATION, simpleName, name, why);
      return null;
    }

    TypeMirror type = component.asType();
    AuthField.Type authType;
    JavaKind kind;
    List<String> enumValues = List.of();
    boolean bigint = false;
    TypeName javaType = TypeName.get(type).withoutAnnotations();
    String listElement = listElement(type);
    if (type.getKind() == TypeKind.ERROR) {
      throw new SchemaParser.Deferred(component.getEnclosingElement() + "." + name);
    }
    if (listElement != null) {
      if (listElement.equals("java.lang.String")) {
        authType = AuthField.Type.STRING_ARRAY;
        kind = JavaKind.STRING_LIST;
      } else if (listElement.equals("java.lang.Integer")) {
        authType = AuthField.Type.NUMBER_ARRAY;
        kind = JavaKind.INTEGER_LIST;
      } else {
        diagnostics.report(origin, Message.AUTH_FIELD_TYPE, name, javaType);
        return null;
      }
    } else {
      JavaTypes.Mapped mapped = JavaTypes.map(type);
      if (mapped instanceof JavaTypes.Missing) {
        throw new SchemaParser.Deferred(component.getEnclosingElement() + "." + name);
      }
      if (!(mapped instanceof JavaTypes.Supported supported)) {
        diagnostics.report(origin, Message.AUTH_FIELD_TYPE, name, javaType);
        return null;
      }
      kind = supported.kind();
      switch (kind) {
        case STRING -> authType = annotations.has(component, AnnotationNames.JSON) ? AuthField.Type.JSON : AuthField.Type.STRING;
        case INT -> authType = AuthField.Type.NUMBER;
        case LONG -> {
          authType = AuthField.Type.NUMBER;
          bigint = true;
        }
        case BOOLEAN -> authType = AuthField.Type.BOOLEAN;
        case INSTANT -> authType = AuthField.Type.DATE;
        case ENUM -> {
          if (!publiclyVisible(((DeclaredType) type).asElement())) {
            diagnostics.report(origin, Message.AUTH_FIELD_TYPE_NOT_ACCESSIBLE, name, javaType, "'" + authPackage + "'");
            return null;
          }
          authType = AuthField.Type.ENUM;
          enumValues = supported.enumConstants();
          enumTypes.put(tableKey + "." + name, javaType);
        }
        default -> {
          diagnostics.report(origin, Message.AUTH_FIELD_TYPE, name, javaType);
          return null;
        }
      }
      if (authType == AuthField.Type.JSON) {
        kind = JavaKind.JSON;
      }
    }
    if (annotations.has(component, AnnotationNames.JSON) && kind != JavaKind.JSON) {
      diagnostics.report(
          Origin.of(component, annotations.find(component, AnnotationNames.JSON).orElseThrow()),
          Message.JSON_NOT_STRING, name, javaType);
      return null;
    }

    AnnotationMirror nullableAnnotation = TableParser.nullableAnnotation(component);
    boolean nullable = nullableAnnotation != null || nullableFromClassFile.contains(name);
    if (nullable && javaType.isPrimitive()) {
      diagnostics.report(
          Origin.of(component, nullableAnnotation), Message.NULLABLE_PRIMITIVE, name, javaType,
          Annotations.simpleName(nullableAnnotation), JavaTypes.boxedName(javaType));
      return null;
    }

    AuthField field = AuthField.of(name, authType).required(!nullable).databaseDefault(true);
    if (authType == AuthField.Type.ENUM) {
      field = field.enumOf(enumValues);
    }
    if (bigint) {
      field = field.withBigint();
    }
    ParsedDefault parsedDefault = defaultValue(component, name, kind, javaType, enumValues);
    if (!parsedDefault.valid()) {
      return null;
    }
    String defaultValue = parsedDefault.value();
    if (defaultValue != null) {
      field = field.def(defaultValue);
    }
    if (!nullable && defaultValue == null) {
      diagnostics.report(origin, Message.AUTH_REQUIRED_WITHOUT_DEFAULT, name, tableKey);
      return null;
    }

    Optional<AnnotationMirror> unique = annotations.find(component, AnnotationNames.UNIQUE);
    Optional<AnnotationMirror> index = annotations.find(component, AnnotationNames.INDEX);
    for (Optional<AnnotationMirror> key : List.of(unique, index)) {
      if (key.isPresent()) {
        for (String member : List.of("name", "columns")) {
          AnnotationValue written = annotations.explicitValue(key.get(), member);
          if (written != null) {
            diagnostics.report(
                Origin.of(component, key.get(), written), Message.AUTH_FIELD_UNSUPPORTED_ANNOTATION,
                Annotations.simpleName(key.get()) + "(" + member + ")", name,
                "Better Auth names the constraints of its tables; remove '" + member + "'.");
            return null;
          }
        }
      }
    }
    if (unique.isPresent()) {
      field = field.withUnique();
    }
    if (index.isPresent()) {
      field = field.withIndex();
    }
    Optional<AnnotationMirror> authField = annotations.find(component, AUTH_FIELD);
    if (authField.isPresent() && annotations.bool(authField.get(), "sortable")) {
      field = field.withSortable();
    }
    Optional<AnnotationMirror> column = annotations.find(component, AnnotationNames.COLUMN);
    if (column.isPresent()) {
      for (String member : List.of("length", "precision", "scale")) {
        AnnotationValue written = annotations.explicitValue(column.get(), member);
        if (written != null) {
          diagnostics.report(
              Origin.of(component, column.get(), written), Message.AUTH_FIELD_UNSUPPORTED_ANNOTATION,
              "Column(" + member + ")", name,
              "Better Auth decides the column types of its tables; only @Column(name) applies.");
          return null;
        }
      }
      String columnName = annotations.string(column.get(), "name");
      if (!columnName.isEmpty()) {
        if (!checkIdentifier(columnName, "column", Origin.of(component, column.get(), annotations.explicitValue(column.get(), "name")))) {
          return null;
        }
        field = field.column(columnName);
      }
    }
    Optional<AnnotationMirror> references = annotations.find(component, AnnotationNames.REFERENCES);
    if (references.isPresent()) {
      field = reference(component, name, field, kind, javaType, references.get(), tables, base);
    }
    annotations.find(component, AnnotationNames.RENAMED_FROM).ifPresent(m ->
        columnRenamesByKey.computeIfAbsent(tableKey, k -> new LinkedHashMap<>()).put(name, annotations.strings(m, "value")));
    annotations.find(component, AnnotationNames.ACKNOWLEDGE).ifPresent(m ->
        acknowledgedByKey.computeIfAbsent(tableKey, k -> new LinkedHashMap<>()).put(name, TableParser.risks(annotations, m)));
    final JavaKind fieldKind = kind;
    final List<String> fieldEnumValues = enumValues;
    annotations.find(component, AnnotationNames.BACKFILL).ifPresent(m ->
        pendingBackfills.add(new PendingBackfill(tableKey, name, component, m, fieldKind, javaType, fieldEnumValues)));
    return field;
  }

  /** A field's default: its canonical value (null for none), or invalid (reported). */
  private record ParsedDefault(boolean valid, String value) {
    static final ParsedDefault NONE = new ParsedDefault(true, null);
    static final ParsedDefault INVALID = new ParsedDefault(false, null);
  }

  private ParsedDefault defaultValue(RecordComponentElement component, String name, JavaKind kind, TypeName javaType, List<String> enumValues) {
    Optional<AnnotationMirror> literal = annotations.find(component, AnnotationNames.DEFAULT);
    Optional<AnnotationMirror> now = annotations.find(component, AnnotationNames.DEFAULT_NOW);
    if (literal.isPresent() && now.isPresent()) {
      diagnostics.report(Origin.of(component, now.get()), Message.DEFAULT_AND_DEFAULT_NOW, name);
      return ParsedDefault.INVALID;
    }
    if (now.isPresent()) {
      if (kind != JavaKind.INSTANT) {
        diagnostics.report(Origin.of(component, now.get()), Message.DEFAULT_NOW_NOT_TEMPORAL, name, javaType);
        return ParsedDefault.INVALID;
      }
      return new ParsedDefault(true, AuthField.NOW);
    }
    if (literal.isEmpty()) {
      return ParsedDefault.NONE;
    }
    String text = annotations.string(literal.get(), "value");
    DefaultValues.Result result = DefaultValues.convert(text, kind, SqlType.Text.UNBOUNDED, enumValues);
    if (result.problem() != null) {
      diagnostics.report(
          Origin.of(component, literal.get(), annotations.explicitValue(literal.get(), "value")),
          Message.DEFAULT_NOT_CONVERTIBLE, text, name, javaType, result.problem(), DefaultValues.example(kind, enumValues));
      return ParsedDefault.INVALID;
    }
    return new ParsedDefault(true, result.canonical());
  }

  private AuthField reference(
      RecordComponentElement component,
      String name,
      AuthField field,
      JavaKind kind,
      TypeName javaType,
      AnnotationMirror ref,
      Map<String, LogicalTable> tables,
      AuthOptions base) {
    Origin origin = Origin.of(component, ref);
    TypeElement record = Annotations.typeElement(annotations.type(ref, "value"));
    if (record != null && !record.getQualifiedName().contentEquals(AnnotationNames.REFERENCES_NO_RECORD)) {
      diagnostics.report(origin, Message.AUTH_REFERENCE_TARGET, name, record.getQualifiedName());
      return null;
    }
    String target = annotations.string(ref, "table");
    if (target.isEmpty()) {
      diagnostics.report(origin, Message.REFERENCES_NO_TARGET, name);
      return null;
    }
    if (!tables.containsKey(target)) {
      diagnostics.report(
          Origin.of(component, ref, annotations.explicitValue(ref, "table")),
          Message.AUTH_MODEL_NOT_ENABLED, "@References on '" + name + "'", target, String.join(", ", tables.keySet()),
          enableHint(target));
      return null;
    }
    String targetField = annotations.string(ref, "column");
    JavaKind targetKind;
    if (targetField.isEmpty() || targetField.equals("id")) {
      targetField = "id";
      targetKind = switch (base.ids()) {
        case TEXT -> JavaKind.STRING;
        case UUID -> JavaKind.UUID;
        case SERIAL -> JavaKind.INT;
      };
    } else {
      AuthField targetAuthField = tables.get(target).field(targetField);
      List<String> uniques = tables.get(target).fields().stream().filter(AuthField::unique).map(AuthField::name).toList();
      if (targetAuthField == null || !targetAuthField.unique()) {
        diagnostics.report(
            Origin.of(component, ref, annotations.explicitValue(ref, "column")),
            Message.AUTH_REFERENCE_COLUMN, name, targetField, target,
            targetAuthField == null ? "does not exist" : "is not unique",
            uniques.isEmpty() ? "(none)" : String.join(", ", uniques));
        return null;
      }
      targetKind = switch (targetAuthField.type()) {
        case STRING, ENUM -> JavaKind.STRING;
        case NUMBER -> targetAuthField.bigint() ? JavaKind.LONG : JavaKind.INT;
        default -> null;
      };
    }
    if (kind != targetKind) {
      diagnostics.report(
          origin, Message.REFERENCES_TYPE_MISMATCH, name, javaType, target, targetField,
          targetKind == null ? "?" : targetKind.display(), name, targetKind == null ? "?" : targetKind.display());
      return null;
    }
    if (annotations.explicitValue(ref, "onUpdate") != null) {
      diagnostics.report(
          Origin.of(component, ref, annotations.explicitValue(ref, "onUpdate")), Message.AUTH_FIELD_UNSUPPORTED_ANNOTATION,
          "References(onUpdate)", name, "Better Auth references have onDelete only.");
      return null;
    }
    if (annotations.explicitValue(ref, "name") != null) {
      diagnostics.report(
          Origin.of(component, ref, annotations.explicitValue(ref, "name")), Message.AUTH_FIELD_UNSUPPORTED_ANNOTATION,
          "References(name)", name, "Better Auth names the constraints of its tables; remove 'name'.");
      return null;
    }
    // Better Auth's default for a reference is ON DELETE CASCADE.
    String onDelete = annotations.explicitValue(ref, "onDelete") == null
        ? null
        : annotations.enumConstant(ref, "onDelete").toLowerCase(Locale.ROOT).replace('_', ' ');
    if ("set null".equals(onDelete) && field.required()) {
      diagnostics.report(origin, Message.REFERENCES_SET_NULL_NOT_NULL, "onDelete", name);
      return null;
    }
    return field.references(target, targetField, onDelete);
  }

  private static boolean publiclyVisible(Element element) {
    for (Element current = element; current instanceof TypeElement; current = current.getEnclosingElement()) {
      if (!current.getModifiers().contains(javax.lang.model.element.Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /** The element type of {@code List<X>}, or null when the type is not a list. */
  private static String listElement(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    if (!element.getQualifiedName().contentEquals("java.util.List")) {
      return null;
    }
    if (declared.getTypeArguments().size() != 1 || declared.getTypeArguments().get(0).getKind() != TypeKind.DECLARED) {
      return "?";
    }
    return ((TypeElement) ((DeclaredType) declared.getTypeArguments().get(0)).asElement()).getQualifiedName().toString();
  }

  // ---- names --------------------------------------------------------------------------------------

  private String packageName(TypeElement config, AnnotationMirror mirror) {
    String explicit = annotations.string(mirror, "packageName");
    if (explicit.isEmpty()) {
      Element current = config;
      while (!(current instanceof PackageElement)) {
        current = current.getEnclosingElement();
      }
      String pkg = ((PackageElement) current).getQualifiedName().toString();
      return pkg.isEmpty() ? "auth" : pkg + ".auth";
    }
    if (!SourceVersion.isName(explicit)) {
      diagnostics.report(
          Origin.of(config, mirror, annotations.explicitValue(mirror, "packageName")), Message.AUTH_PACKAGE_INVALID, explicit);
    }
    return explicit;
  }

  /**
   * The physical names after the naming convention: valid identifiers, and no two tables (or two columns
   * of a table) the same, which renames or additional fields can cause.
   */
  private void checkPhysicalNames(
      TypeElement config,
      AnnotationMirror mirror,
      List<LogicalTable> logical,
      AuthSchemaBuilder builder,
      List<JavaTable> tables,
      Map<String, Map<String, Origin>> renameOrigins,
      Map<String, Map<String, Origin>> fieldOrigins,
      Map<String, Map<String, Origin>> columnOrigins) {
    Origin configOrigin = Origin.of(config, mirror);
    Map<String, String> tableOwners = new HashMap<>();
    for (int i = 0; i < logical.size(); i++) {
      LogicalTable table = logical.get(i);
      JavaTable javaTable = tables.get(i);
      String physical = javaTable.table().name();
      Origin tableOrigin = renameOrigins.getOrDefault(table.key(), Map.of()).getOrDefault("", configOrigin);
      if (Identifiers.isReservedTable(physical)) {
        diagnostics.report(tableOrigin, Message.RESERVED_TABLE_NAME, physical, Identifiers.FLYWAY_HISTORY_TABLE,
            " with @AuthTable(model = ..., name = \"...\")");
      } else if (checkIdentifier(physical, "table", tableOrigin)) {
        String other = tableOwners.putIfAbsent(Identifiers.foldCase(physical), table.key());
        if (other != null) {
          diagnostics.report(tableOrigin, Message.AUTH_NAME_CLASH, "table", physical, other, table.key(), "");
        }
      }
      Map<String, Origin> origins = new LinkedHashMap<>();
      Map<String, String> columnOwners = new HashMap<>();
      columnOwners.put("id", "id");
      origins.put("id", tableOrigin);
      for (AuthField field : table.fields()) {
        String column = builder.columnName(field);
        Origin origin = fieldOrigins.getOrDefault(table.key(), Map.of()).get(field.name());
        if (origin == null) {
          origin = renameOrigins.getOrDefault(table.key(), Map.of()).getOrDefault(field.name(), tableOrigin);
        }
        origins.put(column, origin);
        if (!checkIdentifier(column, "column", origin)) {
          continue;
        }
        String other = columnOwners.putIfAbsent(Identifiers.foldCase(column), field.name());
        if (other != null) {
          diagnostics.report(
              origin, Message.AUTH_NAME_CLASH, "column", column, table.key() + "." + other, table.key() + "." + field.name(),
              " (after the " + builder.namingDescription() + " naming)");
        }
      }
      columnOrigins.put(physical, origins);
    }
  }

  private boolean checkIdentifier(String name, String what, Origin origin) {
    return TableParser.checkIdentifier(diagnostics, name, what, origin);
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private static String modelKey(String constant) {
    return dev.strata.annotations.AuthModel.valueOf(constant).key();
  }

  private static boolean isCoreField(String table, String field) {
    AuthOptions none = AuthOptions.defaults();
    for (LogicalTable core : AuthTables.derive(none)) {
      if (core.key().equals(table)) {
        return core.field(field) != null;
      }
    }
    return false;
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** How to get a table the configuration lacks. */
  static String enableHint(String key) {
    return switch (key) {
      case "session" -> "Sessions live in the secondary storage; set keepSessionTable = true to keep the table.";
      case "verification" -> "Verifications live in the secondary storage; set keepVerificationTable = true to keep the table.";
      case "rateLimit" -> "Set rateLimitTable = true (rateLimit.storage: \"database\").";
      case "twoFactor" -> "Add AuthPlugin.TWO_FACTOR to plugins.";
      case "organization", "member", "invitation" -> "Add AuthPlugin.ORGANIZATION to plugins.";
      case "team", "teamMember" -> "Add AuthPlugin.ORGANIZATION with organization = @AuthConfig.Organization(teams = true).";
      case "organizationRole" -> "Add AuthPlugin.ORGANIZATION with organization = @AuthConfig.Organization(dynamicAccessControl = true).";
      case "apikey" -> "Add AuthPlugin.API_KEY to plugins.";
      case "passkey" -> "Add AuthPlugin.PASSKEY to plugins.";
      case "jwks" -> "Add AuthPlugin.JWT to plugins.";
      case "ssoProvider" -> "Add AuthPlugin.SSO to plugins.";
      case "walletAddress" -> "Add AuthPlugin.SIWE to plugins.";
      case "deviceCode" -> "Add AuthPlugin.DEVICE_AUTHORIZATION to plugins.";
      case "subscription" -> "Add AuthPlugin.STRIPE with stripe = @AuthConfig.Stripe(subscription = true).";
      default -> key.startsWith("oauth")
          ? "Add AuthPlugin.JWT and AuthPlugin.OAUTH_PROVIDER to plugins."
          : "Auth tables are named by their Better Auth key, e.g. \"user\".";
    };
  }
}
