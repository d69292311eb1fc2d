package dev.strata.processor.parse;

import com.palantir.javapoet.TypeName;
import dev.strata.processor.model.JavaKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Maps a component's Java type to the kind of column it becomes. */
final class JavaTypes {

  private static final Map<String, JavaKind> DECLARED =
      Map.ofEntries(
          Map.entry("java.lang.String", JavaKind.STRING),
          Map.entry("java.lang.Short", JavaKind.SHORT),
          Map.entry("java.lang.Integer", JavaKind.INT),
          Map.entry("java.lang.Long", JavaKind.LONG),
          Map.entry("java.lang.Boolean", JavaKind.BOOLEAN),
          Map.entry("java.lang.Float", JavaKind.FLOAT),
          Map.entry("java.lang.Double", JavaKind.DOUBLE),
          Map.entry("java.math.BigDecimal", JavaKind.BIG_DECIMAL),
          Map.entry("java.util.UUID", JavaKind.UUID),
          Map.entry("java.time.Instant", JavaKind.INSTANT),
          Map.entry("java.time.OffsetDateTime", JavaKind.OFFSET_DATE_TIME),
          Map.entry("java.time.LocalDateTime", JavaKind.LOCAL_DATE_TIME),
          Map.entry("java.time.LocalDate", JavaKind.LOCAL_DATE),
          Map.entry("java.time.LocalTime", JavaKind.LOCAL_TIME));

  /** The outcome of mapping a type. */
  sealed interface Mapped {}

  record Supported(JavaKind kind, TypeName type, List<String> enumConstants) implements Mapped {}

  record Unsupported() implements Mapped {}

  /** The type is not (yet) known to javac: another processor may generate it in a later round. */
  record Missing() implements Mapped {}

  private JavaTypes() {}

  static Mapped map(TypeMirror type) {
    TypeName name = TypeName.get(type).withoutAnnotations();
    switch (type.getKind()) {
      case SHORT:
        return new Supported(JavaKind.SHORT, name, List.of());
      case INT:
        return new Supported(JavaKind.INT, name, List.of());
      case LONG:
        return new Supported(JavaKind.LONG, name, List.of());
      case BOOLEAN:
        return new Supported(JavaKind.BOOLEAN, name, List.of());
      case FLOAT:
        return new Supported(JavaKind.FLOAT, name, List.of());
      case DOUBLE:
        return new Supported(JavaKind.DOUBLE, name, List.of());
      case ARRAY:
        TypeMirror component = ((ArrayType) type).getComponentType();
        return component.getKind() == TypeKind.BYTE
            ? new Supported(JavaKind.BYTES, name, List.of())
            : new Unsupported();
      case ERROR:
        return new Missing();
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getKind() == ElementKind.ENUM) {
          return new Supported(JavaKind.ENUM, name, enumConstants(element));
        }
        if (!declared.getTypeArguments().isEmpty()) {
          return new Unsupported();
        }
        JavaKind kind = DECLARED.get(element.getQualifiedName().toString());
        return kind == null ? new Unsupported() : new Supported(kind, name, List.of());
      default:
        return new Unsupported();
    }
  }

  static List<String> enumConstants(TypeElement enumType) {
    List<String> constants = new ArrayList<>();
    for (Element member : enumType.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(member.getSimpleName().toString());
      }
    }
    return constants;
  }

  /** The boxed type of a primitive kind, for the message that rejects @Nullable on a primitive. */
  static String boxedName(TypeName primitive) {
    return primitive.isPrimitive() ? ((com.palantir.javapoet.ClassName) primitive.box()).simpleName() : primitive.toString();
  }
}
