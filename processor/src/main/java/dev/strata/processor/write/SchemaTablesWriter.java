package dev.strata.processor.write;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.strata.processor.diff.DependencyOrder;
import dev.strata.processor.model.JavaSchema;
import dev.strata.processor.model.JavaTable;
import dev.strata.processor.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes {@code <Root>Tables}: one constant per table of the schema, and the list of them all. */
public final class SchemaTablesWriter {

  private final Generated generated;

  public SchemaTablesWriter(Generated generated) {
    this.generated = generated;
  }

  public JavaFile write(JavaSchema schema) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(schema.tablesClass())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("Every table of {@link $T}, for static import:\n", schema.root())
            .addJavadoc("\n<pre>{@code\nimport static $L.*;\n}</pre>\n", schema.tablesClass().canonicalName());
    generated.annotations(schema.root().canonicalName()).forEach(type::addAnnotation);
    Map<String, String> constants =
        Names.uniqueConstants(schema.tables().stream().map(t -> t.table().name()).toList(), Set.of("ALL"));
    List<String> names = new ArrayList<>();
    for (var table : DependencyOrder.sort(schema.schema().tables())) {
      names.add(constants.get(table.name()));
    }
    for (JavaTable table : schema.tables()) {
      type.addField(
          FieldSpec.builder(table.tableClass(), constants.get(table.table().name()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The table {@code $L}.\n", TableWriter.escape(table.table().name()))
              .initializer("$T.$L", table.tableClass(), table.constantName())
              .build());
    }
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(
                    TableWriter.LIST,
                    ParameterizedTypeName.get(TableWriter.TABLE, WildcardTypeName.subtypeOf(TableWriter.RECORD))),
                "ALL",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("Every table, each after the tables its foreign keys point to.\n")
            .initializer("$T.of($L)", TableWriter.LIST, String.join(", ", names))
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return Generated.file(schema.tablesClass().packageName(), type.build());
  }
}
