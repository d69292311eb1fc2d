package dev.strata.processor.migrate;

import java.util.Map;
import java.util.TreeMap;

/**
 * One versioned migration: its SQL per database, forward and undo.
 *
 * @param version the Flyway version, 1, 2, ...
 * @param slug the description part of the file name, e.g. {@code add_posts_summary}
 * @param released whether it is frozen (applied, or possibly applied, outside development)
 * @param forward the {@code V<n>__<slug>.sql} text per dialect id
 * @param undo the {@code U<n>__<slug>.sql} text per dialect id
 */
public record Migration(int version, String slug, boolean released, Map<String, String> forward, Map<String, String> undo) {

  public Migration {
    forward = new TreeMap<>(forward);
    undo = new TreeMap<>(undo);
  }

  public String forwardFileName() {
    return "V" + version + "__" + slug + ".sql";
  }

  public String undoFileName() {
    return "U" + version + "__" + slug + ".sql";
  }

  /** Flyway's description: the slug with spaces. */
  public String description() {
    return slug.replace('_', ' ');
  }

  public Migration withReleased(boolean newReleased) {
    return new Migration(version, slug, newReleased, forward, undo);
  }

  /** The hash of this migration's files, chained to the previous migration's chain hash. */
  public String chainHash(String previous) {
    StringBuilder material = new StringBuilder(previous).append('\n').append(forwardFileName()).append('\n');
    for (Map.Entry<String, String> entry : forward.entrySet()) {
      material.append(entry.getKey()).append('\n').append(entry.getValue()).append('\n');
      material.append(undo.getOrDefault(entry.getKey(), "")).append('\n');
    }
    return Hashes.sha256(material.toString());
  }
}
