package dev.strata.runtime;

import java.time.Instant;
import java.util.List;

/**
 * Where a database stands against the compiled-in migrations: {@code Migrator.configure(index).status(dataSource)}.
 *
 * @param vendor the database
 * @param schemaName the schema root
 * @param current the highest version applied successfully (0: none)
 * @param entries every version known to the code or to the database, ascending
 */
public record MigrationStatus(Vendor vendor, String schemaName, int current, List<Entry> entries) {

  public MigrationStatus {
    entries = List.copyOf(entries);
  }

  /** What the history says about one version. */
  public enum State {
    /** Applied, with the checksum the code has. */
    APPLIED("applied"),
    /** In the code, not applied yet. */
    PENDING("pending"),
    /** Recorded as failed: part of it may have run (databases without transactional DDL). */
    FAILED("FAILED"),
    /** Applied, but the script changed since: the checksums differ. */
    CHANGED("CHANGED"),
    /** Applied, but the code has no such migration. */
    MISSING("MISSING"),
    /** Applied, and newer than every migration of the code. */
    FUTURE("FUTURE"),
    /** In the code and not applied, although a later version was. */
    SKIPPED("SKIPPED");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One version.
   *
   * @param version the version
   * @param description the migration's description (from the code, or from the history when the code has none)
   * @param state its state
   * @param checksum the code's checksum, or null when the code has no such migration
   * @param appliedChecksum the checksum the history recorded, or null when not applied
   * @param installedOn when it was applied, or null
   * @param released whether the code marks it released
   */
  public record Entry(
      int version, String description, State state, Integer checksum, Integer appliedChecksum, Instant installedOn, boolean released) {}

  /** The migrations {@code apply()} would run, in order. */
  public List<Entry> pending() {
    return entries.stream().filter(e -> e.state() == State.PENDING).toList();
  }

  /** Versions whose state is a problem {@code apply()} refuses (changed, missing, future, failed, skipped). */
  public List<Entry> problems() {
    return entries.stream().filter(e -> e.state() != State.APPLIED && e.state() != State.PENDING).toList();
  }

  /** Every migration applied with matching checksums, and nothing else in the history. */
  public boolean upToDate() {
    return entries.stream().allMatch(e -> e.state() == State.APPLIED);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(vendor.displayName()).append(" database at V").append(current).append(" (").append(schemaName).append("): ");
    long pending = pending().size();
    int problems = problems().size();
    if (upToDate()) {
      out.append("up to date");
    } else {
      out.append(pending).append(" pending");
      if (problems > 0) {
        out.append(", ").append(problems).append(problems == 1 ? " problem" : " problems");
      }
    }
    for (Entry e : entries) {
      out.append(String.format(java.util.Locale.ROOT, "%n  %-6s %-8s %-40s", "V" + e.version(), e.state().label(), e.description()));
      if (e.checksum() != null) {
        out.append(" checksum ").append(e.checksum());
      }
      if (e.appliedChecksum() != null && !e.appliedChecksum().equals(e.checksum())) {
        out.append(" (applied ").append(e.appliedChecksum()).append(')');
      }
      if (e.installedOn() != null) {
        out.append(" on ").append(e.installedOn());
      }
      if (!e.released() && e.checksum() != null) {
        out.append(" [unreleased]");
      }
    }
    return out.toString();
  }
}
