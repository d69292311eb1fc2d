package dev.strata.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads what a compilation produced (classes and resources in the class output) so tests can run the
 * generated code, including the migrations the runtime reads from the class path.
 */
public final class CompiledClasses extends ClassLoader {

  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";
  private final Map<String, byte[]> files = new HashMap<>();

  public CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().toString();
      int at = uri.indexOf(CLASS_OUTPUT);
      if (at < 0) {
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        files.put(uri.substring(at + CLASS_OUTPUT.length()), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = files.get(name.replace('.', '/') + ".class");
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    byte[] bytes = files.get(name);
    return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
  }

  @Override
  protected URL findResource(String name) {
    return null;
  }

  /** The text of a generated resource, e.g. {@code db/migration/h2/V1__create_schema.sql}. */
  public String resource(String name) {
    byte[] bytes = files.get(name);
    if (bytes == null) {
      throw new IllegalArgumentException("no generated resource " + name + "; have " + files.keySet());
    }
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  public Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no generated class " + name, e);
    }
  }
}
