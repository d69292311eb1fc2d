package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.strata.processor.testing.CompiledClasses;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.Evolution;
import dev.strata.processor.testing.Generated;
import dev.strata.processor.testing.Introspector;
import dev.strata.processor.testing.Sources;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The auth tables Strata generates are the tables Better Auth itself creates. For every configuration of
 * the oracle ({@code compat/better-auth/configs.mjs}, dumped into {@code src/test/resources/better-auth}),
 * the Java twin under {@code src/test/resources/schemas/auth} is compiled; its migration is applied by the
 * runtime to one database and Better Auth's own DDL to another, and the two catalogs must read back the
 * same: every table, column type, NOT NULL, database default, primary key, unique constraint, foreign key
 * with its ON DELETE rule, and index, by name.
 *
 * <p>Better Auth's DDL comes in two physical flavours, matched by {@code @AuthConfig(naming)}: its own
 * migrations (Kysely, {@code kysely.<db>.sql}) for {@code BETTER_AUTH}, and its Drizzle generator
 * ({@code drizzle.<db>.sql}, {@code drizzle-plural.*} with {@code usePlural}) for {@code DRIZZLE}. H2, which
 * Better Auth does not generate for, is compared with Better Auth's PostgreSQL DDL run by H2 itself.
 *
 * <p>Where Strata deliberately differs, the difference is normalized here and documented in the README:
 * <ul>
 *   <li>additional fields that are NOT NULL carry their default in the database (listed per configuration
 *       in {@code deviations.txt}): Better Auth's runtime check needs it;
 *   <li>MariaDB names the constraints of Better Auth's inline {@code UNIQUE} and {@code REFERENCES} itself
 *       (after the column, {@code <table>_ibfk_<n>}), where Strata names them as PostgreSQL does
 *       ({@code <table>_<column>_key}, {@code _fkey}); the constraints themselves are compared;
 *   <li>Drizzle's MySQL enums are native {@code enum(...)} columns on MySQL, which Strata reproduces,
 *       with no check constraint;
 *   <li>"now" defaults are compared as one: {@code CURRENT_TIMESTAMP}, {@code now()} and
 *       {@code LOCALTIMESTAMP} fill the same value.
 * </ul>
 */
class BetterAuthSchemaTest {

  static final Path ORACLE = Sources.RESOURCES.resolve("better-auth");

  /** One comparison: a configuration, a Better Auth flavour, a database. */
  record Case(String config, String flavour, Vendor vendor) {
    @Override
    public String toString() {
      return config + " " + flavour + " " + vendor;
    }

    String naming() {
      return flavour.equals("kysely") ? "BETTER_AUTH" : "DRIZZLE";
    }

    boolean plural() {
      return flavour.equals("drizzle-plural");
    }

    Path fixture() {
      String db = vendor == Vendor.MYSQL ? "mysql" : "postgres";
      return ORACLE.resolve(config).resolve(flavour + "." + db + ".sql");
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ORACLE)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        String config = dir.getFileName().toString();
        for (String flavour : List.of("kysely", "drizzle", "drizzle-plural")) {
          for (Vendor vendor : List.of(Vendor.POSTGRESQL, Vendor.MYSQL, Vendor.H2)) {
            Case c = new Case(config, flavour, vendor);
            boolean h2 = vendor == Vendor.H2;
            // Drizzle's PostgreSQL DDL uses text[] and timestamp without time zone, which H2 reads too, but
            // one H2 comparison per configuration (Better Auth's own migrations) covers H2's types.
            if (Files.exists(c.fixture()) && !(h2 && !flavour.equals("kysely"))) {
              cases.add(c);
            }
          }
        }
      }
    }
    assertThat(cases.stream().map(Case::config).distinct()).hasSizeGreaterThanOrEqualTo(8);
    return cases.stream();
  }

  private static final Map<String, Generated> COMPILED = new HashMap<>();

  @TempDir static Path migrations;

  /** The Java twin of a configuration, compiled with the naming and plural of the case. */
  static synchronized Generated compile(Case c) {
    String key = c.config() + "/" + c.naming() + "/" + c.plural();
    return COMPILED.computeIfAbsent(key, k -> {
      List<JavaFileObject> sources = Sources.fixture("auth/" + c.config(), Map.of(
          "naming = AuthNaming.BETTER_AUTH", "naming = AuthNaming." + c.naming(),
          "plural = false", "plural = " + c.plural()));
      Compilation compilation = Compile.with().migrationsDir(migrations.resolve(k.replace('/', '_'))).compile(sources);
      assertThat(compilation.errors()).as("errors compiling %s", k).isEmpty();
      String pkg = "com.example." + c.config().replace("-", "");
      return new Generated(new CompiledClasses(compilation), pkg);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void strataCreatesTheTablesBetterAuthCreates(Case c) throws Exception {
    Generated generated = compile(c);
    String theirs;
    String ours;
    try (TestDatabase strata = TestDatabase.create(c.vendor())) {
      Migrator.configure(generated.migrations("AuthSchema")).allowUnreleased(true).apply(strata.dataSource());
      ours = Evolution.catalog(strata);
    }
    String script = Files.readString(c.fixture());
    if (c.vendor() == Vendor.H2) {
      // H2 spells two of PostgreSQL's types differently; everything else of the DDL it reads as it is.
      script = script.replace(" timestamptz", " timestamp with time zone").replace(" jsonb", " json");
      String url = "jdbc:h2:mem:better_auth_" + System.nanoTime() + ";MODE=PostgreSQL";
      try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
        run(connection, script);
        theirs = Introspector.dump(connection, Vendor.H2);
      }
    } else {
      // drizzle-kit writes the JSON default of a MySQL text column, .default([]), as "DEFAULT ()", which no
      // MySQL accepts; read it as the '[]' its schema declares.
      script = script.replace("DEFAULT (),", "DEFAULT ('[]'),");
      try (TestDatabase betterAuth = TestDatabase.create(c.vendor()); Connection connection = betterAuth.connect()) {
        run(connection, script);
        theirs = Introspector.dump(connection, c.vendor());
      }
    }
    Set<String> deviations = deviations(c);
    List<String> differences = differences(normalize(ours, c, deviations, true), normalize(theirs, c, Set.of(), false));
    assertThat(differences)
        .as("catalog lines only in Strata's schema (+) or only in Better Auth's (-), %s DDL in %s", c.flavour(), c.fixture())
        .isEmpty();
    assertThat(ours).as("the comparison saw tables").contains("table ");
  }

  /** Lines of one dump missing from the other, each prefixed with its table. */
  static List<String> differences(String ours, String theirs) {
    Set<String> left = qualified(ours);
    Set<String> right = qualified(theirs);
    List<String> out = new ArrayList<>();
    for (String line : left) {
      if (!right.contains(line)) {
        out.add("+ " + line);
      }
    }
    for (String line : right) {
      if (!left.contains(line)) {
        out.add("- " + line);
      }
    }
    return out;
  }

  private static Set<String> qualified(String dump) {
    Set<String> out = new TreeSet<>();
    String table = "";
    for (String line : dump.split("\n")) {
      if (line.startsWith("table ")) {
        table = line.substring("table ".length());
        out.add(line);
      } else if (!line.isBlank()) {
        out.add(table + ": " + line);
      }
    }
    return out;
  }

  /** Runs Better Auth's DDL: one statement per line (Kysely), or separated by Drizzle's breakpoints. */
  static void run(Connection connection, String script) throws SQLException {
    String[] statements = script.contains("--> statement-breakpoint")
        ? script.split("--> statement-breakpoint")
        : script.split(";\\s*\\n");
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        String trimmed = sql.strip();
        if (trimmed.endsWith(";")) {
          trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!trimmed.isEmpty()) {
          statement.execute(trimmed);
        }
      }
    }
  }

  /**
   * {@code <naming> <database> <table>.<column>} ({@code *} for every database): columns where Strata adds
   * a database default that Better Auth's DDL lacks.
   */
  static Set<String> deviations(Case c) throws IOException {
    Path file = Sources.RESOURCES.resolve("schemas/auth").resolve(c.config()).resolve("deviations.txt");
    Set<String> out = new TreeSet<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        String[] parts = line.strip().split("\\s+");
        String database = c.vendor().name().toLowerCase(java.util.Locale.ROOT);
        if (parts.length == 3 && !line.startsWith("#") && parts[0].equals(c.naming())
            && (parts[1].equals("*") || parts[1].equals(database))) {
          out.add(parts[2].toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static final Pattern NOW =
      Pattern.compile("(?i)current_timestamp(\\(\\d?\\))?|now\\(\\)|localtimestamp(\\(\\d?\\))?|\\(now\\(\\)\\)");

  /** The catalog dump with the documented differences taken out. */
  static String normalize(String dump, Case c, Set<String> deviations, boolean strata) {
    List<String> out = new ArrayList<>();
    String table = null;
    for (String line : dump.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("table ")) {
        table = trimmed.substring("table ".length()).toLowerCase(java.util.Locale.ROOT);
        out.add(trimmed);
        continue;
      }
      if (trimmed.startsWith("column ")) {
        String[] fields = trimmed.split("\\|", -1);
        String column = fields[0].substring("column ".length());
        if (fields.length > 3) {
          fields[3] = NOW.matcher(fields[3]).replaceAll("now").replace("random_uuid(4)", "random_uuid()");
          if (strata && deviations.contains(table + "." + column)) {
            // A listed deviation must be one: Strata's column has a default there.
            fields[3] = fields[3].equals("null") ? "deviations.txt lists this column, but it has no default" : "null";
          }
        }
        out.add(String.join("|", fields));
        continue;
      }
      if (c.vendor() == Vendor.H2) {
        // H2 names inline constraints itself (CONSTRAINT_3A); PostgreSQL and MySQL compare the names.
        trimmed = trimmed.replaceAll("^constraint [^|]+\\|", "constraint <name>|")
            .replaceAll("^(foreign-key-rule) [^|]+\\|([^|]+)\\|([^|]+)\\|.*$", "$1 <name>|$2|$3");
      }
      if (c.vendor() == Vendor.MYSQL) {
        // InnoDB treats NO ACTION as RESTRICT; Drizzle spells ON UPDATE NO ACTION, Strata leaves it out.
        trimmed = trimmed.replace("|RESTRICT|", "|NO ACTION|");
        if (c.flavour().equals("kysely")) {
          // MariaDB names the foreign keys of inline REFERENCES <table>_ibfk_<n>, their indexes and inline
          // unique indexes after the column; Strata names them as PostgreSQL does.
          trimmed = trimmed.replaceAll("^constraint [^|]+\\|(UNIQUE|FOREIGN KEY)\\|", "constraint <name>|$1|")
              .replaceAll("^foreign-key-rule [^|]+\\|([^|]+)\\|([^|]+)\\|(?!PRIMARY$).*$", "foreign-key-rule <name>|$1|$2|<unique>")
              .replaceAll("^foreign-key-rule [^|]+\\|", "foreign-key-rule <name>|");
          Matcher index = Pattern.compile("^index ([^|]+)\\|([01])\\|(.*)$").matcher(trimmed);
          if (index.matches() && !index.group(1).equals("PRIMARY")) {
            if (index.group(2).equals("0")) {
              trimmed = "index <unique>|0|" + index.group(3);
            } else if (index.group(1).equals(index.group(3))) {
              continue; // the index MariaDB adds for a foreign key no other index covers
            }
          }
        }
      }
      out.add(trimmed);
    }
    // Sorting within a table again keeps renamed lines in a stable order.
    List<String> sorted = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : out) {
      if (line.startsWith("table ")) {
        block.sort(null);
        sorted.addAll(block);
        block.clear();
        sorted.add(line);
      } else {
        block.add(line);
      }
    }
    block.sort(null);
    sorted.addAll(block);
    return String.join("\n", sorted) + "\n";
  }
}
