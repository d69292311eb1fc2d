package dev.strata.processor.diagnostics;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Reports located diagnostics through javac's {@link Messager}, each prefixed with its message id, and
 * counts errors so that a unit with errors is never written.
 */
public final class Diagnostics {

  private final Messager messager;
  private int errors;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  public void report(Origin origin, Message message, Object... args) {
    Diagnostic.Kind kind = message.kind();
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
    }
    String text = message.format(args);
    origin = locatable(origin);
    if (origin == null || origin.element() == null) {
      messager.printMessage(kind, text);
    } else if (origin.annotation() == null) {
      messager.printMessage(kind, text, origin.element());
    } else if (origin.value() == null) {
      messager.printMessage(kind, text, origin.element(), origin.annotation());
    } else {
      messager.printMessage(kind, text, origin.element(), origin.annotation(), origin.value());
    }
  }

  /**
   * javac keeps no source position for record components (nor their implicit accessors), but it does for
   * the record's private fields, which share the component's declaration: report there, so the message
   * points at the right line.
   */
  private static Origin locatable(Origin origin) {
    if (origin == null || origin.element() == null || origin.element().getKind() != ElementKind.RECORD_COMPONENT) {
      return origin;
    }
    Element component = origin.element();
    for (VariableElement field : ElementFilter.fieldsIn(component.getEnclosingElement().getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(component.getSimpleName())) {
        return new Origin(field, origin.annotation(), origin.value());
      }
    }
    return origin;
  }

  /** A bug in Strata: reported as an error on the element being processed, with the stack trace. */
  public void internalError(Origin origin, Throwable bug) {
    StringWriter trace = new StringWriter();
    bug.printStackTrace(new PrintWriter(trace));
    // Keep Strata's frames and the few around them; javac's and the build tool's add nothing.
    StringBuilder kept = new StringBuilder();
    int lines = 0;
    for (String line : trace.toString().replace("\r\n", "\n").split("\n")) {
      if (lines++ < 25 || line.contains("dev.strata.")) {
        kept.append(line).append('\n');
      }
    }
    report(origin, Message.INTERNAL_ERROR, bug, kept.toString());
  }

  public int errorCount() {
    return errors;
  }

  /** A new error count to compare against, to tell whether one unit added errors. */
  public int mark() {
    return errors;
  }

  public boolean hasErrorsSince(int mark) {
    return errors > mark;
  }

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
