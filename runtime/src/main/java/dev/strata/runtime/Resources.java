package dev.strata.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the scripts of an index from the class path. */
final class Resources {

  private Resources() {}

  /** The text of a class-path resource, or null when absent. */
  static String read(MigrationIndex index, String path) {
    try (InputStream in = index.classLoader().getResourceAsStream(path)) {
      if (in == null) {
        return null;
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** The text of a migration's script (or its undo script), which must exist. */
  static String script(MigrationIndex index, Vendor vendor, String fileName) {
    String path = index.location() + "/" + vendor.id() + "/" + fileName;
    String text = read(index, path);
    if (text == null) {
      throw new MigrationException(
          "Migration script " + path + " of " + index.schemaName() + " is not on the class path; rebuild the project so"
              + " the Strata processor writes it.");
    }
    return text;
  }

  static List<SqlScript.Statement> statements(MigrationIndex index, Vendor vendor, String fileName) {
    return SqlScript.split(script(index, vendor, fileName), vendor);
  }

  /** A statement on one line, shortened for a message. */
  static String oneLine(String sql) {
    String line = sql.replaceAll("\\s+", " ").strip();
    return line.length() > 160 ? line.substring(0, 157) + "..." : line;
  }
}
