package dev.strata.processor.migrate;

import dev.strata.processor.diagnostics.Diagnostics;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.diagnostics.Origin;
import dev.strata.processor.diff.Change;
import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.migrate.ChainFile.ChainFormatException;
import dev.strata.processor.migrate.ChainFile.Entry;
import dev.strata.processor.model.JavaSchema;
import dev.strata.processor.model.Schema;
import dev.strata.processor.review.MigrationReview;
import dev.strata.processor.review.SchemaDiagramWriter;
import dev.strata.processor.snapshot.SnapshotCodec;
import dev.strata.processor.snapshot.SnapshotCodec.SnapshotFormatException;
import dev.strata.processor.sql.Dialect;
import dev.strata.processor.sql.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the committed migrations in step with the code. The state is the migrations directory: one
 * folder of SQL files per database, plus {@code strata/} with the schema snapshots and the chain file.
 *
 * <ul>
 *   <li>Migrations up to {@code @Schema(released)} are frozen: never rewritten, and checked against the
 *       chain file so that an edit is caught at compile time.
 *   <li>The code's schema is diffed against the snapshot of the last released migration. A difference
 *       becomes the one pending migration, {@code released + 1}; later edits fold into it, and if the code
 *       returns to the released schema the pending migration disappears.
 *   <li>Beside every script goes its review note, and beside the folders {@code SCHEMA.md} (see the
 *       {@code review} package): derived files, checked in check mode like the scripts.
 *   <li>Files are written only when their content changes, so a rebuild touches nothing.
 * </ul>
 */
public final class MigrationEngine {

  public static final String STATE_DIR = "strata";
  private static final Pattern SCRIPT = Pattern.compile("([VU])([0-9]+)__([A-Za-z0-9_]+)\\.sql");
  private static final Pattern SNAPSHOT = Pattern.compile("V([0-9]+)\\.snapshot");

  /** The migrations of the schema after the engine ran, and notes for the build log. */
  public record Outcome(List<Migration> migrations, List<String> notes) {}

  private final JavaSchema schema;
  private final List<Dialect> dialects;
  private final Diagnostics diagnostics;
  private final Origin origin;
  private final String source;
  private final List<String> notes = new ArrayList<>();
  private final List<String> outdated = new ArrayList<>();

  public MigrationEngine(JavaSchema schema, List<Dialect> dialects, Diagnostics diagnostics, Origin origin) {
    this.schema = schema;
    this.dialects = List.copyOf(dialects);
    this.diagnostics = diagnostics;
    this.origin = origin;
    this.source = schema.root().canonicalName();
  }

  /** The migrations when there is no migrations directory: the whole schema as one pending V1. */
  public Outcome inMemory() {
    List<Change> changes = diff(Schema.EMPTY, 0);
    if (changes == null) {
      return null;
    }
    if (changes.isEmpty()) {
      return new Outcome(List.of(), notes);
    }
    return new Outcome(List.of(render(1, changes, SchemaDiffer.undo(schema.schema(), Schema.EMPTY, schema.intent()), false)), notes);
  }

  /** The changes from the released schema to the code's, or null after reporting what the code must say. */
  private List<Change> diff(Schema base, int baseVersion) {
    SchemaDiffer.Result result = SchemaDiffer.diff(base, schema.schema(), schema.intent(), baseVersion);
    for (SchemaDiffer.Problem problem : result.problems()) {
      diagnostics.report(problem.origin(), problem.message(), problem.args().toArray());
    }
    return result.problems().isEmpty() ? result.changes() : null;
  }

  /**
   * Brings the directory in step with the code (or, in check mode, reports what is out of step), and
   * returns every migration. Returns null after reporting an error.
   */
  public Outcome run(Path dir, boolean check) {
    int mark = diagnostics.mark();
    try {
      return runChecked(dir, check, mark);
    } catch (IOException e) {
      diagnostics.report(origin, Message.MIGRATIONS_IO, "read or write", dir, e.getMessage());
      return null;
    }
  }

  private Outcome runChecked(Path dir, boolean check, int mark) throws IOException {
    Path stateDir = dir.resolve(STATE_DIR);
    Path chainPath = stateDir.resolve(ChainFile.FILE_NAME);
    List<Entry> chain = List.of();
    if (Files.exists(chainPath)) {
      try {
        chain = ChainFile.read(read(chainPath));
      } catch (ChainFormatException e) {
        if (e.mergeConflict()) {
          diagnostics.report(origin, Message.CHAIN_MERGE_CONFLICT, chainPath, chainPath);
        } else {
          diagnostics.report(origin, Message.CHAIN_INVALID, chainPath, e.getMessage(), chainPath);
        }
        return null;
      }
    }
    for (int i = 0; i < chain.size(); i++) {
      Entry entry = chain.get(i);
      if (i > 0 && entry.version() == chain.get(i - 1).version()) {
        diagnostics.report(origin, Message.DUPLICATE_VERSION, entry.version(), chainPath, entry.version(), entry.version());
        return null;
      }
      if (entry.version() != i + 1) {
        diagnostics.report(origin, Message.VERSION_GAP, entry.version(), i + 1);
        return null;
      }
    }

    // Read every script on disk, per database.
    Map<String, Map<Integer, Path>> forwardFiles = new TreeMap<>();
    Map<String, Map<Integer, Path>> undoFiles = new TreeMap<>();
    for (Dialect dialect : dialects) {
      Map<Integer, Path> forward = new TreeMap<>();
      Map<Integer, Path> undo = new TreeMap<>();
      Path dialectDir = dir.resolve(dialect.id());
      if (Files.isDirectory(dialectDir)) {
        try (Stream<Path> files = Files.list(dialectDir)) {
          for (Path file : files.sorted().toList()) {
            Matcher m = SCRIPT.matcher(file.getFileName().toString());
            if (!m.matches()) {
              continue;
            }
            // A number too large for an int is no version Strata wrote: it counts as unknown, below.
            int version = m.group(2).length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(m.group(2));
            Map<Integer, Path> target = m.group(1).equals("V") ? forward : undo;
            Path previous = target.put(version, file);
            if (previous != null) {
              diagnostics.report(
                  origin, Message.DUPLICATE_VERSION, version, previous.getFileName() + " and " + file.getFileName(), version, version);
              return null;
            }
            if (version > chain.size()) {
              diagnostics.report(origin, Message.MIGRATION_UNKNOWN_FILE, file);
              return null;
            }
          }
        }
      }
      forwardFiles.put(dialect.id(), forward);
      undoFiles.put(dialect.id(), undo);
    }

    int released = schema.released();
    int recordedReleased = (int) chain.stream().takeWhile(Entry::released).count();
    if (released < recordedReleased) {
      diagnostics.report(origin, Message.RELEASED_LOWERED, released, recordedReleased, recordedReleased);
      return null;
    }
    if (released > chain.size()) {
      diagnostics.report(origin, Message.RELEASED_AHEAD, released, chain.size(), chain.size(), chain.size());
      return null;
    }
    if (chain.size() - released > 1) {
      diagnostics.report(origin, Message.TOO_MANY_PENDING, released + 1, chain.size(), chain.size() - 1, chain.size() - 1);
      return null;
    }

    // Load the committed migrations and verify the chain.
    List<Migration> existing = new ArrayList<>();
    String previousHash = "";
    boolean pendingEdited = false;
    for (Entry entry : chain) {
      boolean isReleased = entry.version() <= released;
      Map<String, String> forward = new LinkedHashMap<>();
      Map<String, String> undo = new LinkedHashMap<>();
      for (Dialect dialect : dialects) {
        Path file = forwardFiles.get(dialect.id()).get(entry.version());
        Path undoFile = undoFiles.get(dialect.id()).get(entry.version());
        if (file == null || undoFile == null) {
          boolean anyForDialect = !forwardFiles.get(dialect.id()).isEmpty() || !undoFiles.get(dialect.id()).isEmpty();
          if (isReleased && !anyForDialect) {
            diagnostics.report(origin, Message.DIALECT_ADDED_AFTER_RELEASE, dialect.displayName(), released == 1 ? "V1 is" : "V1 to V" + released + " are");
            return null;
          }
          if (isReleased) {
            Path missing = dir.resolve(dialect.id()).resolve((file == null ? "V" : "U") + entry.version() + "__" + entry.slug() + ".sql");
            diagnostics.report(origin, Message.MIGRATION_MISSING_FILE, missing, entry.version(), missing);
            return null;
          }
          pendingEdited = true;
          continue;
        }
        forward.put(dialect.id(), read(file));
        undo.put(dialect.id(), read(undoFile));
      }
      Migration migration = new Migration(entry.version(), entry.slug(), isReleased, forward, undo);
      String hash = migration.chainHash(previousHash);
      if (!hash.equals(entry.chainHash())) {
        if (isReleased) {
          Path file = dir.resolve(dialects.get(0).id()).resolve(migration.forwardFileName());
          diagnostics.report(origin, Message.RELEASED_MIGRATION_EDITED, entry.version(), migration.forwardFileName(), dir);
          return null;
        }
        pendingEdited = true;
      }
      previousHash = entry.chainHash();
      existing.add(migration);
    }

    // The released schema is the base of the pending migration.
    Schema base = Schema.EMPTY;
    if (released > 0) {
      Path snapshotPath = stateDir.resolve("V" + released + ".snapshot");
      if (!Files.exists(snapshotPath)) {
        diagnostics.report(origin, Message.SNAPSHOT_MISSING, snapshotPath, snapshotPath);
        return null;
      }
      String snapshotText = read(snapshotPath);
      if (!Hashes.sha256(snapshotText).equals(chain.get(released - 1).snapshotHash())) {
        diagnostics.report(origin, Message.SNAPSHOT_EDITED, snapshotPath, snapshotPath);
        return null;
      }
      try {
        base = SnapshotCodec.read(snapshotText);
      } catch (SnapshotFormatException e) {
        diagnostics.report(origin, Message.SNAPSHOT_INVALID, snapshotPath, e.getMessage(), snapshotPath);
        return null;
      }
    }
    if (diagnostics.hasErrorsSince(mark)) {
      return null;
    }

    List<Change> changes = diff(base, released);
    if (changes == null) {
      return null;
    }
    List<Migration> result = new ArrayList<>(existing.subList(0, released));
    Migration oldPending = existing.size() > released ? existing.get(released) : null;
    Migration pending = null;
    if (!changes.isEmpty()) {
      pending = render(released + 1, changes, SchemaDiffer.undo(schema.schema(), base, schema.intent()), false);
      result.add(pending);
    }

    // Bring the directory in step: scripts, snapshots, chain.
    if (oldPending != null && (pending == null || !oldPending.slug().equals(pending.slug()))) {
      for (Dialect dialect : dialects) {
        delete(dir.resolve(dialect.id()).resolve(oldPending.forwardFileName()), check);
        delete(dir.resolve(dialect.id()).resolve(oldPending.scriptConfigFileName()), check);
        delete(dir.resolve(dialect.id()).resolve(oldPending.undoFileName()), check);
        delete(dir.resolve(dialect.id()).resolve(oldPending.reviewNoteFileName()), check);
      }
      if (pending == null) {
        notes.add("V" + oldPending.version() + " removed: the schema is back to V" + released + ".");
      }
    }
    if (pending != null) {
      boolean changed = false;
      for (Dialect dialect : dialects) {
        changed |= write(dir.resolve(dialect.id()).resolve(pending.forwardFileName()), pending.forward().get(dialect.id()), check);
        changed |= write(dir.resolve(dialect.id()).resolve(pending.undoFileName()), pending.undo().get(dialect.id()), check);
      }
      if (changed) {
        notes.add(describe(pending, dir));
        if (pendingEdited && oldPending != null && oldPending.slug().equals(pending.slug())) {
          diagnostics.report(origin, Message.PENDING_MIGRATION_EDITED, pending.version());
        }
      }
    }

    // Flyway's script configuration files follow their scripts (released ones included: derived, not edited).
    for (Migration migration : result) {
      for (Dialect dialect : dialects) {
        Path config = dir.resolve(dialect.id()).resolve(migration.scriptConfigFileName());
        String scriptConfig = migration.scriptConfig(dialect.id());
        if (scriptConfig != null) {
          write(config, scriptConfig, check);
        } else {
          delete(config, check);
        }
      }
    }

    List<Entry> newChain = new ArrayList<>();
    String hash = "";
    Map<Integer, String> snapshots = new TreeMap<>();
    for (Migration migration : result) {
      String snapshotText;
      if (migration == pending) {
        snapshotText = snapshotText(schema.schema(), migration.version());
        snapshots.put(migration.version(), snapshotText);
      } else {
        snapshotText = null;
      }
      Entry old = migration.version() <= chain.size() ? chain.get(migration.version() - 1) : null;
      String snapshotHash = snapshotText != null ? Hashes.sha256(snapshotText) : old.snapshotHash();
      hash = migration.chainHash(hash);
      newChain.add(new Entry(migration.version(), migration.slug(), migration.released(), hash, snapshotHash));
    }
    for (Map.Entry<Integer, String> snapshot : snapshots.entrySet()) {
      write(stateDir.resolve("V" + snapshot.getKey() + ".snapshot"), snapshot.getValue(), check);
    }
    // Keep only the snapshots still needed: the released base, and the pending migration's.
    if (Files.isDirectory(stateDir)) {
      try (Stream<Path> files = Files.list(stateDir)) {
        for (Path file : files.sorted().toList()) {
          Matcher m = SNAPSHOT.matcher(file.getFileName().toString());
          if (m.matches()) {
            int version = m.group(1).length() > 9 ? -1 : Integer.parseInt(m.group(1));
            boolean keep = version == released || (pending != null && version == pending.version());
            if (!keep) {
              delete(file, check);
            }
          }
        }
      }
    }
    if (!newChain.isEmpty() || Files.exists(chainPath)) {
      write(chainPath, ChainFile.write(newChain), check);
    }
    writeReviewAids(dir, result, check);
    if (check && !outdated.isEmpty()) {
      diagnostics.report(origin, Message.CHECK_OUTDATED, String.join("; ", outdated), dir);
      return null;
    }
    return new Outcome(result, notes);
  }

  /**
   * The review note beside every script and the schema diagram. A released migration's note is written when
   * it is missing and otherwise left as it was reviewed; the pending migration's follows its scripts.
   */
  private void writeReviewAids(Path dir, List<Migration> migrations, boolean check) throws IOException {
    for (Migration migration : migrations) {
      for (Dialect dialect : dialects) {
        Path note = dir.resolve(dialect.id()).resolve(migration.reviewNoteFileName());
        if (!migration.released() || !Files.exists(note)) {
          write(note, migration.reviewNote(dialect), check);
        }
      }
    }
    Path diagram = dir.resolve(SchemaDiagramWriter.FILE_NAME);
    if (migrations.isEmpty()) {
      delete(diagram, check);
    } else {
      int version = migrations.get(migrations.size() - 1).version();
      write(diagram, SchemaDiagramWriter.write(schema.schema(), dialects.get(0), version, source), check);
    }
  }

  /** Renders a migration for every database. */
  private Migration render(int version, List<Change> forwardChanges, List<Change> undoChanges, boolean released) {
    String slug = Slugs.of(forwardChanges, version == 1);
    Map<String, String> forward = new LinkedHashMap<>();
    Map<String, String> undo = new LinkedHashMap<>();
    for (Dialect dialect : dialects) {
      List<Statement> statements = MigrationRenderer.statements(dialect, forwardChanges);
      boolean irreversible = statements.stream().anyMatch(s -> s.risk() == Statement.Risk.DESTRUCTIVE);
      forward.put(dialect.id(), MigrationRenderer.forward(version, slug, dialect, source, statements));
      List<Statement> undoStatements = MigrationRenderer.statements(dialect, undoChanges);
      undo.put(dialect.id(), MigrationRenderer.undo(version, slug, dialect, source, undoStatements, irreversible));
      if (dialect == dialects.get(0)) {
        lastStatements = statements;
      }
    }
    return new Migration(version, slug, released, forward, undo);
  }

  private List<Statement> lastStatements = List.of();

  private String describe(Migration migration, Path dir) {
    StringBuilder out = new StringBuilder();
    out.append("Strata wrote pending migration ").append(migration.forwardFileName()).append(" (")
        .append(String.join(", ", migration.forward().keySet())).append(") in ").append(dir).append(':');
    int risky = 0;
    for (Statement statement : lastStatements) {
      String first = statement.sql().lines().findFirst().orElse("");
      String marker =
          switch (statement.risk()) {
            case SAFE -> "  ";
            case DATA_DEPENDENT -> "! ";
            case DESTRUCTIVE -> "X ";
          };
      if (statement.risk() != Statement.Risk.SAFE) {
        risky++;
      }
      out.append("\n  ").append(marker).append(first.length() > 100 ? first.substring(0, 100) + "..." : first);
    }
    out.append(risky == 0 ? "\n  No risky statements." : "\n  " + risky + " risky statement(s): ! may fail on existing data, X deletes data.");
    Dialect first = dialects.get(0);
    String script = migration.forward().get(first.id());
    MigrationReview review = MigrationReview.of(first.id(), script, migration.undo().get(first.id()),
        !MigrationRenderer.isNonTransactional(script));
    List<MigrationReview.Step> lasting = review.locking().stream().filter(MigrationReview.Step::growsWithTable).toList();
    out.append("\n  Review note with the locks per database beside each script: ").append(migration.reviewNoteFileName()).append('.');
    out.append(lasting.isEmpty()
        ? "\n  On " + first.displayName() + " no statement locks an existing table for longer than a moment."
        : "\n  On " + first.displayName() + " these take time in proportion to a table's size:");
    for (MigrationReview.Step step : lasting) {
      out.append("\n  ~ #").append(step.number()).append(' ').append(step.worstCase().replace("`", ""));
    }
    out.append("\n  Review it, commit it, and set @Schema(released = ").append(migration.version()).append(") when it ships.");
    return out.toString();
  }

  private String snapshotText(Schema schemaAtVersion, int version) {
    return SnapshotCodec.write(
        schemaAtVersion,
        "Strata schema snapshot after V" + version + " of " + source + ".\n"
            + "Generated by the Strata annotation processor; do not edit. Strata diffs the code against it.");
  }

  // ---- files --------------------------------------------------------------------------------------

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** Writes the file if its content differs; in check mode records the difference instead. */
  private boolean write(Path file, String content, boolean check) throws IOException {
    if (Files.exists(file) && read(file).equals(content)) {
      return false;
    }
    if (check) {
      outdated.add((Files.exists(file) ? "would rewrite " : "would create ") + file.getFileName());
      return true;
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return true;
  }

  private void delete(Path file, boolean check) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    if (check) {
      outdated.add("would delete " + file.getFileName());
      return;
    }
    Files.delete(file);
  }
}
