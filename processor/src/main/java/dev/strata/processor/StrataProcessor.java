package dev.strata.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.strata.processor.diagnostics.Diagnostics;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.diagnostics.Origin;
import dev.strata.processor.migrate.Migration;
import dev.strata.processor.migrate.MigrationEngine;
import dev.strata.processor.model.JavaSchema;
import dev.strata.processor.model.JavaTable;
import dev.strata.processor.parse.SchemaParser;
import dev.strata.processor.sql.Dialect;
import dev.strata.processor.write.AuthRowWriter;
import dev.strata.processor.write.Generated;
import dev.strata.processor.write.MigrationIndexWriter;
import dev.strata.processor.write.SchemaScriptWriter;
import dev.strata.processor.write.SchemaTablesWriter;
import dev.strata.processor.write.TableWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The Strata annotation processor. For each {@code @Schema} root it parses the tables, validates them,
 * brings the versioned migrations in step with the code, and generates the jOOQ tables, the
 * {@code <Root>Tables} class and the {@code <Root>Migrations} index.
 *
 * <p>Options ({@code -A<name>=<value>}):
 *
 * <ul>
 *   <li>{@code strata.migrations.dir}: the directory of the committed migrations, e.g.
 *       {@code ${project.basedir}/src/main/resources/db/migration}. Without it migrations exist only in the
 *       build output (with a warning).
 *   <li>{@code strata.migrations.location}: their class-path location, default {@code db/migration}.
 *   <li>{@code strata.dialects}: the databases to generate for, default {@code postgresql,mysql,h2}.
 *   <li>{@code strata.check}: {@code true} in CI: fail instead of writing when the committed migrations are
 *       not in step with the code.
 * </ul>
 *
 * <p>A problem in the user's code is an error on the element at fault; a bug in Strata is an error with a
 * stack trace, never a crashed compiler.
 */
@AutoService(Processor.class)
public final class StrataProcessor extends AbstractProcessor {

  public static final String OPTION_DIR = "strata.migrations.dir";
  public static final String OPTION_LOCATION = "strata.migrations.location";
  public static final String OPTION_DIALECTS = "strata.dialects";
  public static final String OPTION_CHECK = "strata.check";

  static final String SCHEMA = "dev.strata.annotations.Schema";
  static final String AUTH_CONFIG = "dev.strata.annotations.AuthConfig";
  static final String AUTH_FIELDS = "dev.strata.annotations.AuthFields";
  static final String SERVICE_FILE = "META-INF/services/dev.strata.runtime.MigrationIndex";

  private Diagnostics diagnostics;
  private Generated generated;
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> done = new TreeSet<>();
  private final Map<String, String> tableOwners = new TreeMap<>();
  private final Map<String, String> authOwners = new TreeMap<>();
  private final Set<String> authConfigs = new TreeSet<>();
  private final Set<String> indexClasses = new TreeSet<>();
  private List<Dialect> dialects;
  /** Names in -Astrata.dialects that are no database; reported on each schema root. */
  private final List<String> unknownDialects = new ArrayList<>();
  /** The schema root that writes this module's migrations; a second one would overwrite them. */
  private String migrationsOwner;
  /** The top-level types compiled from source, every round's root elements (see ClassFileNullability). */
  private final Set<String> sourceTypes = new TreeSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(SCHEMA, AUTH_CONFIG, AUTH_FIELDS);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION_DIR, OPTION_LOCATION, OPTION_DIALECTS, OPTION_CHECK);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (diagnostics == null) {
      diagnostics = new Diagnostics(processingEnv.getMessager());
      generated = new Generated(processingEnv.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null);
    }
    try {
      if (dialects == null) {
        dialects = parseDialects();
      }
      for (Element element : round.getRootElements()) {
        if (element instanceof TypeElement type) {
          sourceTypes.add(type.getQualifiedName().toString());
        }
      }
      List<TypeElement> roots = new ArrayList<>();
      for (String name : deferred) {
        TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
        if (element != null) {
          roots.add(element);
        }
      }
      deferred.clear();
      TypeElement schemaAnnotation = processingEnv.getElementUtils().getTypeElement(SCHEMA);
      if (schemaAnnotation != null) {
        for (Element element : round.getElementsAnnotatedWith(schemaAnnotation)) {
          if (element instanceof TypeElement type && !done.contains(type.getQualifiedName().toString())) {
            roots.add(type);
          }
        }
      }
      checkAuthAnnotations(round);
      for (TypeElement root : roots) {
        processRoot(root, round.processingOver());
      }
      if (round.processingOver()) {
        warnUnusedAuthConfigs();
        writeServiceFile();
      }
    } catch (RuntimeException | Error bug) {
      diagnostics.internalError(null, bug);
    }
    return false;
  }

  /** Remembers every auth configuration, and rejects @AuthFields outside of one. */
  private void checkAuthAnnotations(RoundEnvironment round) {
    TypeElement config = processingEnv.getElementUtils().getTypeElement(AUTH_CONFIG);
    if (config != null) {
      for (Element element : round.getElementsAnnotatedWith(config)) {
        if (element instanceof TypeElement type) {
          authConfigs.add(type.getQualifiedName().toString());
        }
      }
    }
    TypeElement fields = processingEnv.getElementUtils().getTypeElement(AUTH_FIELDS);
    if (fields == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(fields)) {
      Element enclosing = element.getEnclosingElement();
      boolean inConfig = enclosing != null && annotation(enclosing, AUTH_CONFIG) != null;
      if (!inConfig) {
        diagnostics.report(Origin.of(element), Message.AUTH_FIELDS_PLACEMENT, element.getSimpleName());
      }
    }
  }

  /** An auth configuration no schema names generates nothing: most likely a forgotten {@code @Schema(auth)}. */
  private void warnUnusedAuthConfigs() {
    for (String name : authConfigs) {
      if (!authOwners.containsKey(name)) {
        TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
        if (element != null) {
          diagnostics.report(Origin.of(element), Message.AUTH_CONFIG_UNUSED, name, element.getSimpleName());
        }
      }
    }
  }

  private List<Dialect> parseDialects() {
    String option = processingEnv.getOptions().get(OPTION_DIALECTS);
    if (option == null || option.isBlank()) {
      return Dialect.ALL.stream().map(Dialect::of).toList();
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String part : option.split(",")) {
      String id = part.strip().toLowerCase(java.util.Locale.ROOT);
      if (id.equals("mariadb")) {
        id = "mysql";
      }
      if (!Dialect.ALL.contains(id)) {
        unknownDialects.add(part.strip());
      } else {
        wanted.add(id);
      }
    }
    if (wanted.isEmpty() && unknownDialects.isEmpty()) {
      unknownDialects.add(option);
    }
    return Dialect.ALL.stream().filter(wanted::contains).map(Dialect::of).toList();
  }

  private void processRoot(TypeElement root, boolean lastRound) {
    String name = root.getQualifiedName().toString();
    Origin origin = Origin.of(root);
    try {
      SchemaParser parser = new SchemaParser(processingEnv, diagnostics, sourceTypes, dialects.stream().map(Dialect::id).toList());
      if (!claimTables(root, parser) || !claimMigrations(root)) {
        done.add(name);
        return;
      }
      if (!unknownDialects.isEmpty()) {
        for (String unknown : unknownDialects) {
          diagnostics.report(Origin.of(root, schemaAnnotation(root)), Message.UNKNOWN_DIALECT, unknown);
        }
        done.add(name);
        return;
      }
      JavaSchema schema = parser.parse(root);
      done.add(name);
      if (schema == null) {
        return;
      }
      String dir = processingEnv.getOptions().get(OPTION_DIR);
      boolean check = Boolean.parseBoolean(processingEnv.getOptions().get(OPTION_CHECK));
      String location = processingEnv.getOptions().getOrDefault(OPTION_LOCATION, "db/migration");
      MigrationEngine engine = new MigrationEngine(schema, dialects, diagnostics, origin);
      MigrationEngine.Outcome outcome;
      if (dir == null || dir.isBlank()) {
        diagnostics.report(origin, Message.MIGRATIONS_DIR_MISSING, name);
        outcome = engine.inMemory();
      } else {
        outcome = engine.run(java.nio.file.Path.of(dir), check);
      }
      if (outcome == null) {
        return;
      }
      for (String note : outcome.notes()) {
        diagnostics.report(origin, Message.MIGRATION_WRITTEN, note);
      }
      writeSources(schema, root, parser.authElement(root), location, outcome.migrations());
    } catch (SchemaParser.Deferred missing) {
      if (lastRound) {
        // javac reports the missing type or bad value itself; this says why nothing was generated.
        diagnostics.report(Origin.of(root, schemaAnnotation(root)), Message.SCHEMA_DOES_NOT_COMPILE, name, missing.getMessage());
      } else {
        deferred.add(name);
      }
    } catch (RuntimeException bug) {
      diagnostics.internalError(origin, bug);
    }
  }

  private static AnnotationMirror schemaAnnotation(TypeElement root) {
    return annotation(root, SCHEMA);
  }

  /** The element's annotation of the named type, or null. */
  private static AnnotationMirror annotation(Element element, String qualifiedName) {
    return element.getAnnotationMirrors().stream()
        .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName))
        .findFirst()
        .orElse(null);
  }

  /**
   * One schema root per module: two would write the same migrations directory and the same class-path
   * resources, each overwriting the other's history.
   */
  private boolean claimMigrations(TypeElement root) {
    String rootName = root.getQualifiedName().toString();
    if (migrationsOwner == null) {
      migrationsOwner = rootName;
      return true;
    }
    if (migrationsOwner.equals(rootName)) {
      return true;
    }
    diagnostics.report(Origin.of(root, schemaAnnotation(root)), Message.SCHEMA_LOCATION_CLASH, migrationsOwner, rootName);
    return false;
  }

  /** Records which schema owns each table record; a record may belong to one schema only. */
  private boolean claimTables(TypeElement root, SchemaParser parser) {
    String rootName = root.getQualifiedName().toString();
    boolean ok = true;
    TypeElement auth = parser.authElement(root);
    if (auth != null) {
      String owner = authOwners.putIfAbsent(auth.getQualifiedName().toString(), rootName);
      if (owner != null && !owner.equals(rootName)) {
        diagnostics.report(Origin.of(root), Message.AUTH_CONFIG_SHARED, auth.getQualifiedName(), owner, rootName);
        ok = false;
      }
    }
    for (TypeElement record : parser.tableElements(root)) {
      String owner = tableOwners.putIfAbsent(record.getQualifiedName().toString(), rootName);
      if (owner != null && !owner.equals(rootName)) {
        diagnostics.report(Origin.of(root), Message.TABLE_IN_TWO_SCHEMAS, record.getQualifiedName(), owner, rootName);
        ok = false;
      }
    }
    return ok;
  }

  private void writeSources(JavaSchema schema, TypeElement root, TypeElement auth, String location, List<Migration> migrations) {
    List<Element> originating = new ArrayList<>();
    originating.add(root);
    if (auth != null) {
      originating.add(auth);
    }
    for (JavaTable table : schema.tables()) {
      TypeElement record = processingEnv.getElementUtils().getTypeElement(table.rowType().canonicalName());
      if (record != null) {
        originating.add(record);
      }
    }
    Element[] origins = originating.toArray(new Element[0]);
    TableWriter tableWriter = new TableWriter(generated);
    AuthRowWriter rowWriter = new AuthRowWriter(generated);
    for (JavaTable table : schema.tables()) {
      if (table.generatedRow()) {
        writeJava(rowWriter.write(table, auth.getQualifiedName().toString()), origins);
        writeJava(tableWriter.write(schema, table, auth.getQualifiedName().toString()), origins);
      } else {
        writeJava(tableWriter.write(schema, table), origins);
      }
    }
    writeJava(new SchemaTablesWriter(generated).write(schema), origins);
    List<String> dialectIds = dialects.stream().map(Dialect::id).toList();
    writeJava(new MigrationIndexWriter(generated).write(schema, location, dialectIds, migrations), origins);
    for (Migration migration : migrations) {
      for (Map.Entry<String, String> script : migration.forward().entrySet()) {
        String folder = location + "/" + script.getKey() + "/";
        writeResource(folder + migration.forwardFileName(), script.getValue(), origins);
        writeResource(folder + migration.undoFileName(), migration.undo().get(script.getKey()), origins);
        String scriptConfig = migration.scriptConfig(script.getKey());
        if (scriptConfig != null) {
          writeResource(folder + migration.scriptConfigFileName(), scriptConfig, origins);
        }
      }
    }
    writeSchemaScripts(schema, location, migrations, origins);
    indexClasses.add(schema.migrationsClass().canonicalName());
  }

  /** The runtime's one-step create script and expected schema per database (see SchemaScriptWriter). */
  private void writeSchemaScripts(JavaSchema schema, String location, List<Migration> migrations, Element[] origins) {
    if (migrations.isEmpty()) {
      return;
    }
    int version = migrations.get(migrations.size() - 1).version();
    String source = schema.root().canonicalName();
    for (Dialect dialect : dialects) {
      String folder = SchemaScriptWriter.folder(location, dialect.id());
      writeResource(folder + "schema.sql", SchemaScriptWriter.script(dialect, schema.schema(), version, source), origins);
      writeResource(folder + "schema.tsv", SchemaScriptWriter.description(dialect, schema.schema(), version, source), origins);
    }
  }

  private void writeJava(JavaFile file, Element[] origins) {
    try {
      javax.tools.JavaFileObject source =
          processingEnv.getFiler().createSourceFile(file.packageName() + "." + file.typeSpec().name(), origins);
      try (Writer writer = source.openWriter()) {
        file.writeTo(writer);
      }
    } catch (IOException e) {
      diagnostics.report(Origin.of(origins[0]), Message.MIGRATIONS_IO, "write", file.packageName() + "." + file.typeSpec().name(), e.getMessage());
    }
  }

  private void writeResource(String path, String content, Element[] origins) {
    try {
      FileObject resource = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
      try (Writer writer = new java.io.OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
        writer.write(content);
      }
    } catch (IOException e) {
      diagnostics.report(Origin.of(origins[0]), Message.MIGRATIONS_IO, "write", path, e.getMessage());
    }
  }

  private void writeServiceFile() {
    if (indexClasses.isEmpty()) {
      return;
    }
    StringBuilder content = new StringBuilder();
    for (String name : indexClasses) {
      content.append(name).append('\n');
    }
    try {
      FileObject resource = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE_FILE);
      try (Writer writer = new java.io.OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
        writer.write(content.toString());
      }
    } catch (IOException e) {
      diagnostics.report(null, Message.MIGRATIONS_IO, "write", SERVICE_FILE, e.getMessage());
    }
  }
}
