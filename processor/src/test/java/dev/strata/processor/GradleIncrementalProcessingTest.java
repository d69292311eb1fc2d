package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.annotations.Schema;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Gradle runs an annotation processor incrementally only if its jar declares the kind in
 * {@code META-INF/gradle/incremental.annotation.processors}. Strata is <em>aggregating</em>: one schema
 * root's outputs come from many records. Gradle's rules for that kind: read only CLASS- or
 * RUNTIME-retained annotations (a record Gradle does not recompile is read from its class file), and
 * write generated files through the Filer.
 */
class GradleIncrementalProcessingTest {

  static final String DECLARATION = "META-INF/gradle/incremental.annotation.processors";

  @Test
  void theProcessorJarDeclaresStrataAggregating() throws Exception {
    String declared = resourceBesideTheProcessor(DECLARATION);
    assertThat(declared.lines().filter(l -> !l.isBlank()).toList())
        .containsExactly(StrataProcessor.class.getName() + ",aggregating");
  }

  @Test
  void theDeclaredProcessorIsTheOneRegisteredForJavac() throws Exception {
    String services = resourceBesideTheProcessor("META-INF/services/javax.annotation.processing.Processor");
    String declared = resourceBesideTheProcessor(DECLARATION).strip();
    assertThat(services.lines().map(String::strip).toList()).contains(declared.substring(0, declared.indexOf(',')));
  }

  @Test
  void everyStrataAnnotationIsRetainedInClassFiles() throws Exception {
    List<Class<?>> annotations = annotationTypes();
    assertThat(annotations).hasSizeGreaterThan(20);
    for (Class<?> type : annotations) {
      Retention retention = type.getAnnotation(Retention.class);
      RetentionPolicy policy = retention == null ? RetentionPolicy.CLASS : retention.value();
      assertThat(policy).as("retention of @%s", type.getName()).isNotEqualTo(RetentionPolicy.SOURCE);
    }
  }

  /** A resource from the same class-path entry as StrataProcessor.class: what goes into its jar. */
  static String resourceBesideTheProcessor(String name) throws Exception {
    URL processorClass = StrataProcessor.class.getResource(StrataProcessor.class.getSimpleName() + ".class");
    String base = processorClass.toString();
    base = base.substring(0, base.length() - (StrataProcessor.class.getName().replace('.', '/') + ".class").length());
    Enumeration<URL> found = StrataProcessor.class.getClassLoader().getResources(name);
    while (found.hasMoreElements()) {
      URL url = found.nextElement();
      if (url.toString().startsWith(base)) {
        try (InputStream in = url.openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " is not in " + base);
  }

  /** Every annotation type of dev.strata.annotations, nested ones included, from its class-path entry. */
  static List<Class<?>> annotationTypes() throws Exception {
    Path location = Path.of(Schema.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> classNames = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.map(f -> location.relativize(f).toString().replace('\\', '/')).forEach(classNames::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(JarEntry::getName).forEach(classNames::add);
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String file : classNames.stream().sorted().toList()) {
      if (file.startsWith("dev/strata/annotations/") && file.endsWith(".class") && !file.endsWith("package-info.class")) {
        Class<?> type = Class.forName(file.substring(0, file.length() - ".class".length()).replace('/', '.'));
        if (type.isAnnotation() && Annotation.class.isAssignableFrom(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }
}
