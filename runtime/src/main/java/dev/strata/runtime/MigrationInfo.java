package dev.strata.runtime;

import java.util.EnumMap;
import java.util.Map;

/**
 * One migration of a {@link MigrationIndex}.
 *
 * @param version the Flyway version
 * @param slug the description part of the file name, e.g. {@code add_posts_summary}
 * @param released whether the migration is released (frozen); an unreleased one is applied only when the
 *     runtime is told to, in development
 * @param scripts the scripts per database
 */
public record MigrationInfo(int version, String slug, boolean released, Map<Vendor, Script> scripts) {

  public MigrationInfo {
    scripts = Map.copyOf(new EnumMap<>(scripts));
  }

  /**
   * One database's scripts of a migration.
   *
   * @param fileName {@code V<n>__<slug>.sql}
   * @param checksum the checksum Flyway records for the script
   * @param transactional false when the script must run outside a transaction
   * @param undoFileName {@code U<n>__<slug>.sql}
   * @param irreversible whether undoing cannot restore data the migration deleted
   */
  public record Script(String fileName, int checksum, boolean transactional, String undoFileName, boolean irreversible) {}

  /** Flyway's description: the slug with spaces. */
  public String description() {
    return slug.replace('_', ' ');
  }

  public Script script(Vendor vendor) {
    return scripts.get(vendor);
  }
}
