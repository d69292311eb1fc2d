package dev.strata.bench.build;

import dev.strata.bench.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one class costs javac, by its shape: a record, an empty subclass of jOOQ's {@code TableImpl} (only a
 * constructor), and the same subclass with ten typed {@code createField} columns. Each set holds {@code COUNT}
 * classes; the sets are compiled in turn in one warm JVM (the first rounds discarded), and the calling
 * thread's CPU time per set is reported as median and IQR, per class, and as a ratio to the records.
 *
 * <pre>java -cp "$CP" dev.strata.bench.build.ClassShapeCost [count] [rounds]</pre>
 */
public final class ClassShapeCost {

  private ClassShapeCost() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    Path work = Files.createDirectories(Path.of("bench/target/bench-work/class-shapes"));
    Map<String, List<Path>> sets = new LinkedHashMap<>();
    sets.put("records (10 components)", write(work.resolve("records"), count, "Row", ClassShapeCost::record));
    sets.put("empty TableImpl subclasses", write(work.resolve("empty"), count, "Empty", ClassShapeCost::emptyTable));
    sets.put("TableImpl subclasses, 10 fields", write(work.resolve("fields"), count, "Fields", ClassShapeCost::tableWithFields));
    int discarded = Math.max(2, rounds / 4);
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(sets.keySet());
    for (int round = 0; round < discarded + rounds; round++) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get((i + round) % names.size());
        double ms = WarmJavac.compileCpuNanos(sets.get(name)) / 1e6;
        if (round >= discarded) {
          millis.computeIfAbsent(name, k -> new ArrayList<>()).add(ms);
        }
      }
    }
    Stats records = stats(millis.get(names.get(0)));
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d classes per set, %d rounds (%d discarded), thread CPU of one warm javac run:%n%n", count, rounds, discarded));
    out.append("| classes | ms per set, median (IQR) | ms per class | vs records |\n|---|---|---|---|\n");
    for (String name : names) {
      Stats stats = stats(millis.get(name));
      out.append("| ").append(name).append(" | ").append(stats.format()).append(" | ")
          .append(Stats.number(stats.median() / count)).append(" | ").append(stats.ratioTo(records)).append(" |\n");
    }
    System.out.println(out);
  }

  private static Stats stats(List<Double> values) {
    return Stats.of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private interface Source {
    String of(int i);
  }

  /** Writes classes {@code <prefix>1} to {@code <prefix><count>} of package {@code shapes}. */
  private static List<Path> write(Path dir, int count, String prefix, Source source) throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("shapes"));
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Path file = pkg.resolve(prefix + i + ".java");
      Files.writeString(file, source.of(i));
      files.add(file);
    }
    return files;
  }

  private static String record(int i) {
    return "package shapes;\n\nimport java.math.BigDecimal;\nimport java.time.LocalDate;\nimport java.time.OffsetDateTime;\n\n"
        + "public record Row" + i + "(long id, String a, String b, int c, BigDecimal d, boolean e, OffsetDateTime f,"
        + " LocalDate g, Long h, String i) {}\n";
  }

  private static String emptyTable(int i) {
    return "package shapes;\n\nimport org.jooq.Record;\nimport org.jooq.impl.DSL;\nimport org.jooq.impl.TableImpl;\n\n"
        + "public final class Empty" + i + " extends TableImpl<Record> {\n"
        + "  public Empty" + i + "() {\n    super(DSL.name(\"empty_" + i + "\"));\n  }\n}\n";
  }

  private static String tableWithFields(int i) {
    String[][] columns = {
      {"Long", "ID", "id", "SQLDataType.BIGINT.nullable(false).identity(true)"},
      {"String", "A", "a", "SQLDataType.VARCHAR(100).nullable(false)"},
      {"String", "B", "b", "SQLDataType.CLOB"},
      {"Integer", "C", "c", "SQLDataType.INTEGER.nullable(false)"},
      {"java.math.BigDecimal", "D", "d", "SQLDataType.NUMERIC(12, 2).nullable(false)"},
      {"Boolean", "E", "e", "SQLDataType.BOOLEAN.nullable(false)"},
      {"java.time.OffsetDateTime", "F", "f", "SQLDataType.TIMESTAMPWITHTIMEZONE(6).nullable(false)"},
      {"java.time.LocalDate", "G", "g", "SQLDataType.LOCALDATE"},
      {"Long", "H", "h", "SQLDataType.BIGINT"},
      {"String", "I", "i", "SQLDataType.VARCHAR(20).nullable(false)"},
    };
    StringBuilder java = new StringBuilder("package shapes;\n\nimport org.jooq.Record;\nimport org.jooq.TableField;\n"
        + "import org.jooq.impl.DSL;\nimport org.jooq.impl.SQLDataType;\nimport org.jooq.impl.TableImpl;\n\n"
        + "public final class Fields" + i + " extends TableImpl<Record> {\n");
    for (String[] c : columns) {
      java.append("  public final TableField<Record, ").append(c[0]).append("> ").append(c[1]).append(" = createField(DSL.name(\"")
          .append(c[2]).append("\"), ").append(c[3]).append(", this, \"\");\n");
    }
    return java.append("\n  public Fields").append(i).append("() {\n    super(DSL.name(\"fields_").append(i).append("\"));\n  }\n}\n").toString();
  }
}
