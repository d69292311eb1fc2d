package dev.strata.processor.diagnostics;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a problem is: an element, and optionally the annotation and the annotation value at fault, so
 * that javac can point at the exact token.
 */
public record Origin(Element element, AnnotationMirror annotation, AnnotationValue value) {

  public static Origin of(Element element) {
    return new Origin(element, null, null);
  }

  public static Origin of(Element element, AnnotationMirror annotation) {
    return new Origin(element, annotation, null);
  }

  public static Origin of(Element element, AnnotationMirror annotation, AnnotationValue value) {
    return new Origin(element, annotation, value);
  }
}
