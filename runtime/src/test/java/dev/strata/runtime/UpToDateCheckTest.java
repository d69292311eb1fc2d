package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code apply()}'s up-to-date check skips the full analysis when the history is the usual one (every
 * migration applied once, in order, with the code's checksum), recognized from H2's summary or by matching
 * the rows as they are read. It must never say up to date where the analysis does not, must give the
 * analysis's version, and must recognize the usual history; everything else is left to the analysis.
 * Compared with the analysis on the usual histories and on thousands of generated ones.
 */
class UpToDateCheckTest {

  /** Migrations 1..n (checksum 1000 + version), each with a script for H2, V2 also without one for PostgreSQL. */
  static MigrationIndex index(int n) {
    int[] checksums = new int[n];
    for (int v = 1; v <= n; v++) {
      checksums[v - 1] = 1000 + v;
    }
    return index(checksums);
  }

  /** Migrations 1..n with the given checksums, each with a script for H2, V2 also without one for PostgreSQL. */
  static MigrationIndex index(int... checksums) {
    List<MigrationInfo> migrations = new ArrayList<>();
    for (int v = 1; v <= checksums.length; v++) {
      Map<Vendor, MigrationInfo.Script> scripts = new EnumMap<>(Vendor.class);
      scripts.put(Vendor.H2, new MigrationInfo.Script("V" + v + "__m.sql", checksums[v - 1], true, "U" + v + "__m.sql", false));
      if (v != 2) {
        scripts.put(Vendor.POSTGRESQL, new MigrationInfo.Script("V" + v + "__m.sql", checksums[v - 1], true, "U" + v + "__m.sql", false));
      }
      migrations.add(new MigrationInfo(v, "m", true, scripts));
    }
    return new MigrationIndex() {
      @Override
      public String schemaName() {
        return "test.Schema";
      }

      @Override
      public String location() {
        return "db/migration";
      }

      @Override
      public List<Vendor> vendors() {
        return List.of(Vendor.H2, Vendor.POSTGRESQL);
      }

      @Override
      public List<MigrationInfo> migrations() {
        return migrations;
      }
    };
  }

  static HistoryTable.Row row(int rank, Integer version, String type, Integer checksum, boolean success) {
    return new HistoryTable.Row(rank, version, "m", type, "V" + version + "__m.sql", checksum, Instant.EPOCH, success);
  }

  /** Every migration applied in order, as Flyway or the fresh path records it (with H2's marker row first). */
  static List<HistoryTable.Row> applied(MigrationIndex index, Vendor vendor) {
    List<HistoryTable.Row> rows = new ArrayList<>();
    rows.add(row(-1, null, "TABLE", null, true));
    int rank = 1;
    for (MigrationInfo m : index.migrations()) {
      if (m.script(vendor) != null) {
        rows.add(row(rank++, m.version(), "SQL", m.script(vendor).checksum(), true));
      }
    }
    return rows;
  }

  /**
   * The rows summed up as H2 does it ({@code HistoryTable.summary}; {@code FastPathQueryTest} checks H2
   * writes exactly this): marker rows left out, {@code version:type:checksum:success}
   * with nulls empty, joined by commas.
   */
  static HistoryTable.Summary summaryOf(List<HistoryTable.Row> rows) {
    List<String> parts = new ArrayList<>();
    for (HistoryTable.Row row : rows) {
      if (!row.isMarker()) {
        parts.add(text(row.version()) + ":" + text(row.type()) + ":" + text(row.checksum()) + ":" + (row.success() ? 1 : 0));
      }
    }
    return new HistoryTable.Summary(parts.size(), parts.isEmpty() ? null : String.join(",", parts));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  static void agrees(MigrationIndex index, Vendor vendor, Optional<List<HistoryTable.Row>> rows) {
    if (rows.isEmpty()) {
      return; // no history table: apply() knows that from the query's error, before any check
    }
    HistoryAnalysis analysis = new HistoryAnalysis(index, vendor, rows);
    // The summary and the row matcher recognize a subset of the up-to-date histories (the usual one) with
    // the analysis's version, never anything else.
    int usual = HistoryAnalysis.usualHistoryVersion(index, vendor, summaryOf(rows.get()));
    if (usual >= 0) {
      assertThat(analysis.upToDate()).as("summary says up to date: %s", rows).isTrue();
      assertThat(usual).as("version from the summary of %s", rows).isEqualTo(analysis.status.current());
    }
    int matched = matched(index, vendor, rows.get());
    if (matched >= 0) {
      assertThat(analysis.upToDate()).as("matcher says up to date: %s", rows).isTrue();
      assertThat(matched).as("version from the rows matched: %s", rows).isEqualTo(analysis.status.current());
    }
  }

  /** The rows through {@link HistoryAnalysis.UsualHistoryMatcher}, as {@code HistoryTable} reads them. */
  static int matched(MigrationIndex index, Vendor vendor, List<HistoryTable.Row> rows) {
    HistoryAnalysis.UsualHistoryMatcher matcher = new HistoryAnalysis.UsualHistoryMatcher(index, vendor);
    for (HistoryTable.Row row : rows) {
      String version = row.version() == null ? null : row.version().toString();
      if (!matcher.accept(version, row.type(), row.checksum() == null ? 0 : row.checksum(), row.checksum() == null, row.success())) {
        return -1;
      }
    }
    return matcher.newest();
  }

  @Test
  void theUsualHistoryIsMatchedRowByRow() {
    MigrationIndex index = index(50);
    assertThat(matched(index, Vendor.H2, applied(index, Vendor.H2))).isEqualTo(50);
    assertThat(matched(index, Vendor.POSTGRESQL, applied(index, Vendor.POSTGRESQL))).isEqualTo(50);
    List<HistoryTable.Row> full = applied(index(3), Vendor.H2);
    assertThat(matched(index(3), Vendor.H2, full)).isEqualTo(3);
    assertThat(matched(index(3), Vendor.H2, full.subList(0, 3))).as("V3 pending").isEqualTo(-1);
    List<HistoryTable.Row> repaired = new ArrayList<>(full);
    repaired.add(1, row(0, 1, "SQL", 1001, false));
    assertThat(matched(index(3), Vendor.H2, repaired)).as("left to the rows").isEqualTo(-1);
    List<HistoryTable.Row> zeroChecksumAsNull = new ArrayList<>(applied(index(0, 1, 2), Vendor.H2));
    zeroChecksumAsNull.set(1, row(1, 1, "SQL", null, true));
    assertThat(matched(index(0, 1, 2), Vendor.H2, zeroChecksumAsNull)).as("a null checksum is not 0").isEqualTo(-1);
    assertThat(matched(index(0, 1, 2), Vendor.H2, applied(index(0, 1, 2), Vendor.H2))).isEqualTo(3);
    assertThat(matched(index(0), Vendor.H2, List.of())).isEqualTo(-1);
  }

  @Test
  void theUsualHistoryIsRecognizedFromItsSummary() {
    MigrationIndex index = index(50);
    assertThat(HistoryAnalysis.usualHistoryVersion(index, Vendor.H2, summaryOf(applied(index, Vendor.H2)))).isEqualTo(50);
    assertThat(HistoryAnalysis.usualHistoryVersion(index, Vendor.POSTGRESQL, summaryOf(applied(index, Vendor.POSTGRESQL)))).isEqualTo(50);
    // Checksums at the edges of int, zero and negative ones, as the databases write them.
    MigrationIndex edges = index(Integer.MIN_VALUE, 0, -5, Integer.MAX_VALUE, 7);
    assertThat(HistoryAnalysis.usualHistoryVersion(edges, Vendor.H2, summaryOf(applied(edges, Vendor.H2)))).isEqualTo(5);
    assertThat(HistoryAnalysis.usualHistoryVersion(edges, Vendor.H2, new HistoryTable.Summary(5,
        "1:SQL:-2147483648:1,2:SQL:0:1,3:SQL:-5:1,4:SQL:2147483647:1,5:SQL:7:1"))).isEqualTo(5);
  }

  @Test
  void aSummaryThatIsNotExactlyTheUsualHistoryIsLeftToTheRows() {
    MigrationIndex index = index(3);
    String usual = "1:SQL:1001:1,2:SQL:1002:1,3:SQL:1003:1";
    assertThat(HistoryAnalysis.usualHistoryVersion(index, Vendor.H2, new HistoryTable.Summary(3, usual))).isEqualTo(3);
    for (String text : List.of(
        "1:SQL:1001:1,2:SQL:1002:1", // V3 pending
        usual + ",4:SQL:1004:1", // a newer migration
        usual + ",", // trailing text
        "01:SQL:1001:1,2:SQL:1002:1,3:SQL:1003:1", // a version the analysis would read, written otherwise
        "1:SQL:1001:0,2:SQL:1002:1,3:SQL:1003:1", // failed
        "1:SQL:1001:1,2:SQL:-1002:1,3:SQL:1003:1", // another checksum
        "1:SQL::1,2:SQL:1002:1,3:SQL:1003:1", // no checksum
        "1:BASELINE:1001:1,2:SQL:1002:1,3:SQL:1003:1", // not an applied script
        "2:SQL:1002:1,1:SQL:1001:1,3:SQL:1003:1", // out of order (the rows decide)
        ":SQL:1001:1,2:SQL:1002:1,3:SQL:1003:1")) { // no version
      assertThat(HistoryAnalysis.usualHistoryVersion(index, Vendor.H2, new HistoryTable.Summary(3, text))).as(text).isEqualTo(-1);
    }
    // A value holding the separators renders the usual text from fewer rows: the count tells them apart.
    assertThat(HistoryAnalysis.usualHistoryVersion(index, Vendor.H2, new HistoryTable.Summary(2, usual))).isEqualTo(-1);
    assertThat(HistoryAnalysis.usualHistoryVersion(index, Vendor.H2, new HistoryTable.Summary(0, null))).isEqualTo(-1);
    assertThat(HistoryAnalysis.usualHistoryVersion(index(0), Vendor.H2, new HistoryTable.Summary(0, null))).isEqualTo(-1);
  }

  @Test
  void anUpToDateHistoryIsRecognizedWithItsVersion() {
    MigrationIndex index = index(50);
    for (Vendor vendor : List.of(Vendor.H2, Vendor.POSTGRESQL)) {
      List<HistoryTable.Row> usual = applied(index, vendor);
      assertThat(matched(index, vendor, usual)).isEqualTo(50);
      assertThat(HistoryAnalysis.usualHistoryVersion(index, vendor, summaryOf(usual))).isEqualTo(50);
    }
    // A failure repaired by a later successful run of the same version: the latest row counts.
    List<HistoryTable.Row> repaired = new ArrayList<>(applied(index, Vendor.H2));
    repaired.add(1, row(0, 1, "SQL", 1001, false));
    // Under a baseline at V10, V1..V10 need no rows.
    List<HistoryTable.Row> baselined = new ArrayList<>();
    baselined.add(row(1, 10, "BASELINE", null, true));
    for (int v = 11; v <= 50; v++) {
      baselined.add(row(v, v, "SQL", 1000 + v, true));
    }
    // Both are up to date, but not the usual history: the analysis decides them.
    for (List<HistoryTable.Row> rows : List.of(repaired, baselined)) {
      assertThat(matched(index, Vendor.H2, rows)).isEqualTo(-1);
      assertThat(HistoryAnalysis.usualHistoryVersion(index, Vendor.H2, summaryOf(rows))).isEqualTo(-1);
      HistoryAnalysis analysis = new HistoryAnalysis(index, Vendor.H2, Optional.of(rows));
      assertThat(analysis.upToDate()).isTrue();
      assertThat(analysis.status.current()).isEqualTo(50);
    }
  }

  @Test
  void anythingNotUpToDateIsLeftToTheAnalysis() {
    MigrationIndex index = index(5);
    List<HistoryTable.Row> full = applied(index, Vendor.H2);
    List<HistoryTable.Row> changed = new ArrayList<>(full);
    changed.set(3, row(3, 3, "SQL", 7, true));
    List<HistoryTable.Row> failed = new ArrayList<>(full);
    failed.set(5, row(5, 5, "SQL", 1005, false));
    List<HistoryTable.Row> newer = new ArrayList<>(full);
    newer.add(row(6, 6, "SQL", 1006, true));
    List<HistoryTable.Row> nullChecksum = new ArrayList<>(full);
    nullChecksum.set(1, row(1, 1, "SQL", null, true));
    for (List<HistoryTable.Row> rows : List.of(full.subList(0, 5), changed, failed, newer, nullChecksum)) { // V5 pending, ...
      assertThat(matched(index, Vendor.H2, rows)).as("%s", rows).isEqualTo(-1);
      assertThat(HistoryAnalysis.usualHistoryVersion(index, Vendor.H2, summaryOf(rows))).as("%s", rows).isEqualTo(-1);
      assertThat(new HistoryAnalysis(index, Vendor.H2, Optional.of(rows)).upToDate()).isFalse();
    }
  }

  @Test
  void neverDisagreesWithTheAnalysisOnRandomHistories() {
    Random random = new Random(7);
    int upToDate = 0;
    int usual = 0;
    int matchedRows = 0;
    for (int i = 0; i < 20_000; i++) {
      MigrationIndex index = index(1 + random.nextInt(6));
      Vendor vendor = random.nextBoolean() ? Vendor.H2 : Vendor.POSTGRESQL;
      List<HistoryTable.Row> rows = new ArrayList<>();
      if (random.nextInt(4) == 0) {
        rows.add(row(-1, null, "TABLE", null, true));
      }
      int count = random.nextInt(9);
      for (int rank = 1; rank <= count; rank++) {
        int version = 1 + random.nextInt(8);
        String type = random.nextInt(10) == 0 ? "BASELINE" : "SQL";
        Integer checksum = switch (random.nextInt(8)) {
          case 0 -> null;
          case 1 -> 7;
          default -> 1000 + version;
        };
        rows.add(row(rank, random.nextInt(15) == 0 ? null : version, type, checksum, random.nextInt(8) != 0));
      }
      if (random.nextInt(3) == 0) {
        rows = applied(index, vendor);
      }
      Optional<List<HistoryTable.Row>> history = random.nextInt(20) == 0 ? Optional.empty() : Optional.of(rows);
      agrees(index, vendor, history);
      if (new HistoryAnalysis(index, vendor, history).upToDate()) {
        upToDate++;
      }
      if (history.isPresent() && HistoryAnalysis.usualHistoryVersion(index, vendor, summaryOf(history.get())) >= 0) {
        usual++;
      }
      if (history.isPresent() && matched(index, vendor, history.get()) >= 0) {
        matchedRows++;
      }
    }
    // The generator reaches the up-to-date and the usual case often, so both are tested, and the two
    // recognizers accept exactly the same histories.
    assertThat(upToDate).isGreaterThan(3000);
    assertThat(usual).isGreaterThan(2000);
    assertThat(matchedRows).isEqualTo(usual);
  }
}
