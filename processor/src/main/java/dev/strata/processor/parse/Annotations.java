package dev.strata.processor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through their mirrors. Class-valued members come back as {@link TypeMirror}s
 * (never through {@code getAnnotation(Class)}, which throws for them), and defaults are filled in.
 */
final class Annotations {

  private final Elements elements;

  Annotations(Elements elements) {
    this.elements = elements;
  }

  Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName).isPresent();
  }

  /** The direct annotations of a repeatable annotation, whether written once or in its container. */
  List<AnnotationMirror> findRepeated(Element element, String qualifiedName, String containerName) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = qualifiedName(mirror);
      if (name.equals(qualifiedName)) {
        found.add(mirror);
      } else if (name.equals(containerName)) {
        for (AnnotationValue inner : list(mirror, "value")) {
          found.add(as(inner, AnnotationMirror.class));
        }
      }
    }
    return found;
  }

  static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** The value of a member, with its default when not written. */
  AnnotationValue value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException("no member " + member + " in " + mirror);
  }

  /** The value of a member only if it was written explicitly (for precise error locations). */
  AnnotationValue explicitValue(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }

  String string(AnnotationMirror mirror, String member) {
    return as(value(mirror, member), String.class);
  }

  int integer(AnnotationMirror mirror, String member) {
    return as(value(mirror, member), Integer.class);
  }

  boolean bool(AnnotationMirror mirror, String member) {
    return as(value(mirror, member), Boolean.class);
  }

  /** An enum constant's name. */
  String enumConstant(AnnotationMirror mirror, String member) {
    return as(value(mirror, member), VariableElement.class).getSimpleName().toString();
  }

  TypeMirror type(AnnotationMirror mirror, String member) {
    return as(value(mirror, member), TypeMirror.class);
  }

  @SuppressWarnings("unchecked")
  List<AnnotationValue> list(AnnotationMirror mirror, String member) {
    return (List<AnnotationValue>) as(value(mirror, member), List.class);
  }

  List<String> strings(AnnotationMirror mirror, String member) {
    List<String> out = new ArrayList<>();
    for (AnnotationValue v : list(mirror, member)) {
      out.add(as(v, String.class));
    }
    return out;
  }

  /**
   * A value as the kind its member declares. A value javac could not attribute (a missing class, a literal
   * of the wrong type) comes back as something else, e.g. the string {@code <error>}: javac reports that
   * error itself, so the schema is deferred, and reported only if it never compiles.
   */
  static <T> T as(AnnotationValue value, Class<T> kind) {
    Object v = value.getValue();
    if (!kind.isInstance(v)) {
      throw new SchemaParser.Deferred("an annotation value (" + value + ")");
    }
    return kind.cast(v);
  }

  /** The class of a class literal, or null when it is not a declared type. */
  static TypeElement typeElement(TypeMirror type) {
    if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
      return element;
    }
    return null;
  }
}
