package dev.strata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.strata.processor.migrate.FlywayChecksum;
import dev.strata.processor.migrate.Migration;
import dev.strata.processor.migrate.MigrationRenderer;
import dev.strata.processor.model.JavaSchema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Root>Migrations}: the compiled-in index of every migration (versions, checksums, file
 * names per database), which the runtime hands to Flyway without scanning the class path.
 */
public final class MigrationIndexWriter {

  static final ClassName MIGRATION_INDEX = ClassName.get("dev.strata.runtime", "MigrationIndex");
  static final ClassName MIGRATION_INFO = ClassName.get("dev.strata.runtime", "MigrationInfo");
  static final ClassName SCRIPT = MIGRATION_INFO.nestedClass("Script");
  static final ClassName VENDOR = ClassName.get("dev.strata.runtime", "Vendor");

  private final Generated generated;

  public MigrationIndexWriter(Generated generated) {
    this.generated = generated;
  }

  public JavaFile write(JavaSchema schema, String location, List<String> dialects, List<Migration> migrations) {
    ClassName self = schema.migrationsClass();
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < migrations.size(); i++) {
      Migration migration = migrations.get(i);
      CodeBlock.Builder scripts = CodeBlock.builder();
      int n = 0;
      for (Map.Entry<String, String> entry : migration.forward().entrySet()) {
        String undo = migration.undo().get(entry.getKey());
        scripts.add(
            "$L$T.$L, new $T($S, $L, $L, $S, $L)",
            n++ == 0 ? "" : ",\n",
            VENDOR,
            entry.getKey().toUpperCase(Locale.ROOT),
            SCRIPT,
            migration.forwardFileName(),
            FlywayChecksum.of(entry.getValue()),
            !MigrationRenderer.isNonTransactional(entry.getValue()),
            migration.undoFileName(),
            undo != null && MigrationRenderer.isIrreversible(undo));
      }
      list.add(
          "new $T($L, $S, $L, $T.of(\n$>$L$<))$L",
          MIGRATION_INFO,
          migration.version(),
          migration.slug(),
          migration.released(),
          Map.class,
          scripts.build(),
          i + 1 < migrations.size() ? ",\n" : "");
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(MIGRATION_INDEX)
            .addJavadoc("The migrations of {@link $T}, compiled in: apply them with\n", schema.root())
            .addJavadoc("{@code Migrator.configure($T.INSTANCE).apply(dataSource)}.\n", self);
    generated.annotations(schema.root().canonicalName()).forEach(type::addAnnotation);
    type.addField(
        FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T()", self)
            .build());
    type.addField(
        FieldSpec.builder(ParameterizedTypeName.get(TableWriter.LIST, MIGRATION_INFO), "MIGRATIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(migrations.isEmpty() ? CodeBlock.of("$T.of()", TableWriter.LIST) : CodeBlock.of("$T.of(\n$>$L$<)", TableWriter.LIST, list.build()))
            .build());
    CodeBlock vendors =
        dialects.stream().map(d -> CodeBlock.of("$T.$L", VENDOR, d.toUpperCase(Locale.ROOT))).collect(CodeBlock.joining(", "));
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("For {@link java.util.ServiceLoader}; use {@link #INSTANCE}.\n")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("schemaName")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S", schema.root().canonicalName())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("location")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S", location)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("vendors")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(TableWriter.LIST, VENDOR))
            .addStatement("return $T.of($L)", TableWriter.LIST, vendors)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("migrations")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(TableWriter.LIST, MIGRATION_INFO))
            .addStatement("return MIGRATIONS")
            .build());
    if (!migrations.isEmpty()) {
      // The runtime's fresh-database script and expected schema, written by SchemaScriptWriter.
      String folder = location + "/strata/";
      for (String[] resource : new String[][] {{"schemaScript", "schema.sql"}, {"expectedSchema", "schema.tsv"}}) {
        type.addMethod(
            MethodSpec.methodBuilder(resource[0])
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addParameter(VENDOR, "vendor")
                .addStatement("return vendors().contains(vendor) ? $S + vendor.id() + $S : null", folder, "/" + resource[1])
                .build());
      }
    }
    return Generated.file(self.packageName(), type.build());
  }
}
