package dev.strata.processor.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** How a bug in Strata reaches the user: one error with the id, the exception and Strata's frames. */
class DiagnosticsTest {

  /** Keeps what javac would print; the compiler-facing edges are tested with compile-testing. */
  static final class Printed implements Messager {
    final List<String> errors = new ArrayList<>();

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
      if (kind == Diagnostic.Kind.ERROR) {
        errors.add(msg.toString());
      }
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
      printMessage(kind, msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
      printMessage(kind, msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
      printMessage(kind, msg);
    }
  }

  @Test
  void anInternalErrorIsOneErrorWithTheExceptionAndStratasFrames() {
    Printed printed = new Printed();
    Diagnostics diagnostics = new Diagnostics(printed);

    diagnostics.internalError(null, new IllegalStateException("boom"));

    assertThat(diagnostics.errorCount()).isEqualTo(1);
    assertThat(printed.errors).singleElement().satisfies(text -> {
      assertThat(text).startsWith(Message.INTERNAL_ERROR.tag());
      assertThat(text).contains("java.lang.IllegalStateException: boom");
      assertThat(text).contains("at dev.strata.processor.diagnostics.DiagnosticsTest");
      assertThat(text).contains("Please report it");
    });
  }
}
