package dev.strata.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway exactly the scripts of the compiled-in index for one database: nothing is scanned.
 * Scripts that must run outside a transaction get the script configuration Flyway reads for them.
 */
final class IndexResourceProvider implements ResourceProvider {

  private final Map<String, LoadableResource> byName = new LinkedHashMap<>();

  IndexResourceProvider(MigrationIndex index, Vendor vendor, List<MigrationInfo> migrations) {
    String folder = index.location() + "/" + vendor.id() + "/";
    for (MigrationInfo migration : migrations) {
      MigrationInfo.Script script = migration.script(vendor);
      if (script == null) {
        continue;
      }
      String path = folder + script.fileName();
      byName.put(script.fileName(), new ClasspathScript(index.classLoader(), path, script.fileName()));
      if (!script.transactional()) {
        String conf = script.fileName() + ".conf";
        byName.put(conf, new TextResource(folder + conf, conf, "executeInTransaction=false\n"));
      }
    }
  }

  @Override
  public LoadableResource getResource(String name) {
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    return byName.get(fileName);
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<LoadableResource> found = new ArrayList<>();
    for (LoadableResource resource : byName.values()) {
      String name = resource.getFilename();
      if (!name.startsWith(prefix)) {
        continue;
      }
      for (String suffix : suffixes) {
        if (name.endsWith(suffix)) {
          found.add(resource);
          break;
        }
      }
    }
    return found;
  }

  /** A script read from the class path when Flyway needs its text. */
  private static final class ClasspathScript extends LoadableResource {
    private final ClassLoader loader;
    private final String path;
    private final String fileName;

    ClasspathScript(ClassLoader loader, String path, String fileName) {
      this.loader = loader;
      this.path = path;
      this.fileName = fileName;
    }

    @Override
    public Reader read() {
      InputStream in = loader.getResourceAsStream(path);
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("migration script " + path + " is not on the class path; rebuild the project so the"
                + " Strata processor writes it"));
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
      return path;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return null;
    }

    @Override
    public String getFilename() {
      return fileName;
    }

    @Override
    public String getRelativePath() {
      return fileName;
    }
  }

  /** A small resource whose text is known. */
  private static final class TextResource extends LoadableResource {
    private final String path;
    private final String fileName;
    private final String text;

    TextResource(String path, String fileName, String text) {
      this.path = path;
      this.fileName = fileName;
      this.text = text;
    }

    @Override
    public Reader read() {
      return new StringReader(text);
    }

    @Override
    public String getAbsolutePath() {
      return path;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return null;
    }

    @Override
    public String getFilename() {
      return fileName;
    }

    @Override
    public String getRelativePath() {
      return fileName;
    }
  }
}
