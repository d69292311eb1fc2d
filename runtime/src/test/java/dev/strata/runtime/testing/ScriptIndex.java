package dev.strata.runtime.testing;

import dev.strata.runtime.MigrationIndex;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;

/**
 * A hand-written {@link MigrationIndex} over SQL files in the test resources
 * ({@code <location>/<vendor>/V<n>__<slug>.sql} and {@code U<n>__<slug>.sql}), shaped exactly like the one the
 * processor generates: checksums computed as Flyway computes them, flags read from the scripts' headers. The
 * runtime's tests use it instead of the processor, which depends on the runtime.
 */
public final class ScriptIndex implements MigrationIndex {

  private final String location;
  private final List<MigrationInfo> migrations;

  private ScriptIndex(String location, List<MigrationInfo> migrations) {
    this.location = location;
    this.migrations = List.copyOf(migrations);
  }

  /** Migrations 1..n with these slugs, released up to {@code released}. */
  public static ScriptIndex of(String location, int released, String... slugs) {
    List<MigrationInfo> migrations = new ArrayList<>();
    for (int i = 0; i < slugs.length; i++) {
      int version = i + 1;
      Map<Vendor, MigrationInfo.Script> scripts = new EnumMap<>(Vendor.class);
      for (Vendor vendor : Vendor.values()) {
        String forward = "V" + version + "__" + slugs[i] + ".sql";
        String undo = "U" + version + "__" + slugs[i] + ".sql";
        String text = read(location + "/" + vendor.id() + "/" + forward);
        if (text == null) {
          continue;
        }
        String undoText = read(location + "/" + vendor.id() + "/" + undo);
        scripts.put(vendor, new MigrationInfo.Script(forward, checksum(text), !text.contains("-- strata:no-transaction"),
            undoText == null ? null : undo, undoText != null && undoText.contains("-- strata:irreversible")));
      }
      migrations.add(new MigrationInfo(version, slugs[i], version <= released, scripts));
    }
    return new ScriptIndex(location, migrations);
  }

  /** The blog fixture: V1 authors (and notes), V2 posts, V3 drops notes (irreversible), all released. */
  public static ScriptIndex blog() {
    return of("fixtures/blog", 3, "create_authors", "create_posts", "drop_notes");
  }

  /** An older build: only the first {@code n} migrations. */
  public ScriptIndex upTo(int n) {
    return new ScriptIndex(location, migrations.subList(0, n));
  }

  /** The same index with one migration changed (e.g. its checksum, as if its file had been edited). */
  public ScriptIndex with(int version, UnaryOperator<MigrationInfo> change) {
    List<MigrationInfo> changed = new ArrayList<>();
    for (MigrationInfo m : migrations) {
      changed.add(m.version() == version ? change.apply(m) : m);
    }
    return new ScriptIndex(location, changed);
  }

  /** The same index without one migration (as if its files had been deleted). */
  public ScriptIndex without(int version) {
    return new ScriptIndex(location, migrations.stream().filter(m -> m.version() != version).toList());
  }

  /** A changed checksum for every database. */
  public static MigrationInfo edited(MigrationInfo m) {
    Map<Vendor, MigrationInfo.Script> scripts = new EnumMap<>(Vendor.class);
    m.scripts().forEach((vendor, s) -> scripts.put(vendor,
        new MigrationInfo.Script(s.fileName(), s.checksum() + 1, s.transactional(), s.undoFileName(), s.irreversible())));
    return new MigrationInfo(m.version(), m.slug(), m.released(), scripts);
  }

  public static MigrationInfo unreleased(MigrationInfo m) {
    return new MigrationInfo(m.version(), m.slug(), false, m.scripts());
  }

  @Override
  public String schemaName() {
    return "test." + location.substring(location.lastIndexOf('/') + 1);
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public List<Vendor> vendors() {
    return List.of(Vendor.values());
  }

  @Override
  public List<MigrationInfo> migrations() {
    return migrations;
  }

  @Override
  public String schemaScript(Vendor vendor) {
    String name = location + "/strata/" + vendor.id() + "/schema.sql";
    return read(name) == null ? null : name;
  }

  @Override
  public String expectedSchema(Vendor vendor) {
    String name = location + "/strata/" + vendor.id() + "/schema.tsv";
    return read(name) == null ? null : name;
  }

  static String read(String path) {
    try (InputStream in = ScriptIndex.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flyway's checksum: CRC32 over the lines without their terminators, BOM dropped. */
  public static int checksum(String text) {
    CRC32 crc = new CRC32();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (String line : body.split("\r\n|\r|\n", -1)) {
      crc.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return (int) crc.getValue();
  }
}
