package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.processor.diagnostics.Message;
import dev.strata.processor.testing.Compile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random annotated sources, valid and invalid, through the processor: whatever the input, nothing escapes
 * {@code process()}, Strata never reports an internal error, and a compilation either succeeds or every
 * error it reports is located in a source file and line; each of Strata's own errors carries its
 * {@code [strata:id]}.
 *
 * <p>The sources combine every annotation of {@code dev.strata.annotations} with right and wrong values,
 * on the right and the wrong elements, referring to present and missing tables, components and auth
 * models; some are not even valid Java (javac reports those itself, and the processor still runs on what
 * it can see). Some compile against a released history, intact or damaged.
 *
 * <p>The seed is fixed so that CI sees the same 160 sources each run; to explore others, change
 * {@link #SEED} locally (jqwik prints the seed and the shrunk sample of any failure).
 */
class ProcessorRobustnessTest {

  static final String SEED = "5205202611";

  /** Released history: V1 of the tables and auth configuration the generator names, compiled once. */
  private static Path baseline;

  @BeforeContainer
  static void releaseBaseline() throws IOException {
    baseline = Files.createTempDirectory("strata-robustness-baseline");
    for (int released = 0; released <= 1; released++) {
      Compilation compilation = Compile.with().migrationsDir(baseline).compile(
          source("Level", "public enum Level { LOW, MID, HIGH }"),
          source("T0", "public record T0(@Id @Identity long id, String title, int count, @Nullable String order) {}"),
          source("T1", "public record T1(@Id String id, @Column(length = 20) String title, Level count) {}"),
          source("AppAuth", "@AuthConfig(plugins = AuthPlugin.USERNAME) public final class AppAuth {",
              "  @AuthFields(AuthModel.USER) public record Extras(@Nullable String phone) {}", "}"),
          source("TestSchema", "@Schema(tables = {T0.class, T1.class}, auth = AppAuth.class, released = " + released + ")",
              "interface TestSchema {}"));
      CompilationSubject.assertThat(compilation).succeeded();
    }
  }

  @AfterContainer
  static void deleteBaseline() {
    deleteTree(baseline);
  }

  @Property(tries = 160, seed = SEED, generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE,
      shrinking = ShrinkingMode.BOUNDED)
  void theProcessorNeverCrashesAndLocatesEveryError(@ForAll("scenarios") Scenario scenario) throws IOException {
    Path dir = Files.createTempDirectory("strata-robustness");
    try {
      scenario.history().prepare(dir);
      Compilation compilation;
      try {
        Compile compile = Compile.with().migrationsDir(dir);
        for (int i = 0; i < scenario.options().size(); i += 2) {
          compile.option(scenario.options().get(i), scenario.options().get(i + 1));
        }
        compilation = compile.compile(scenario.sources());
      } catch (RuntimeException escaped) {
        throw new AssertionError("An exception escaped the processor for:\n" + scenario, escaped);
      }
      Statistics.label("outcome").collect(scenario.clean() ? "clean" : "wild", outcome(compilation));
      // Without these the property could pass on scenarios that never reach the processor's checks.
      Statistics.label("outcome").coverage(checker -> {
        checker.check("clean", "compiles").count(n -> n > 0);
        checker.check("wild", "Strata errors").count(n -> n > 0);
      });
      for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
        String text = diagnostic.getMessage(Locale.ROOT);
        Matcher id = ID.matcher(text);
        if (id.find() && diagnostic.getKind() == Diagnostic.Kind.ERROR) {
          Statistics.label("strata errors").collect(id.group(1));
        }
        assertThat(text).as("internal error for:\n%s", scenario).doesNotContain(Message.INTERNAL_ERROR.tag());
        // javac codes whatever a processor prints through its Messager "compiler.*.proc.messager": those,
        // and only those, are Strata's, and each must carry its id.
        boolean fromProcessor = diagnostic.getCode() != null && diagnostic.getCode().endsWith(".proc.messager");
        assertThat(text.contains("[strata:"))
            .as("a Strata diagnostic without its id, or a javac one with it: %s\nfor:\n%s", text, scenario)
            .isEqualTo(fromProcessor);
        if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
          if (diagnostic.getSource() == null || diagnostic.getLineNumber() <= 0) {
            fail("an error without a location: " + text + "\nfor:\n" + scenario);
          }
        }
      }
    } finally {
      deleteTree(dir);
    }
  }

  private static final Pattern ID = Pattern.compile("\\[strata:([a-z0-9-]+)]");

  private static String outcome(Compilation compilation) {
    if (compilation.status() == Compilation.Status.SUCCESS) {
      return "compiles";
    }
    boolean strata = compilation.errors().stream().anyMatch(e -> ID.matcher(e.getMessage(Locale.ROOT)).find());
    return strata ? "Strata errors" : "javac errors only";
  }

  // ---- the scenario -------------------------------------------------------------------------------

  /** One compilation: the generated sources, and the migrations directory they meet. */
  record Scenario(boolean clean, List<Unit> units, History history, List<String> options) {

    List<JavaFileObject> sources() {
      return units.stream().map(u -> source(u.name(), u.text())).toList();
    }

    @Override
    public String toString() {
      return (clean ? "clean" : "wild") + ", history: " + history + ", options: " + options + "\n"
          + units.stream().map(Unit::text).collect(Collectors.joining("\n"));
    }
  }

  record Unit(String name, String text) {}

  /** What the migrations directory holds before the compilation. */
  enum History {
    NONE,
    RELEASED,
    NO_CHAIN,
    NO_SNAPSHOT,
    GARBLED_CHAIN,
    GARBLED_SNAPSHOT,
    CONFLICT_MARKERS,
    EDITED_MIGRATION,
    UNKNOWN_MIGRATION,
    MISSING_MIGRATION,
    HUGE_VERSION_FILE,
    HUGE_VERSION_LINE,
    HUGE_VERSION_SNAPSHOT;

    void prepare(Path dir) throws IOException {
      if (this == NONE) {
        return;
      }
      copyTree(baseline, dir);
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      Path chain = files.stream().filter(f -> f.getFileName().toString().equals("migrations.sum")).findFirst().orElseThrow();
      Path snapshot = files.stream().filter(f -> f.getFileName().toString().endsWith(".snapshot")).findFirst().orElseThrow();
      Path migration = files.stream().filter(f -> f.getFileName().toString().matches("V1__.*\\.sql")).findFirst().orElseThrow();
      switch (this) {
        case NO_CHAIN -> Files.delete(chain);
        case NO_SNAPSHOT -> Files.delete(snapshot);
        case GARBLED_CHAIN -> garble(chain);
        case GARBLED_SNAPSHOT -> garble(snapshot);
        case CONFLICT_MARKERS -> Files.writeString(chain, "<<<<<<< HEAD\n" + Files.readString(chain) + "=======\n>>>>>>> other\n");
        case EDITED_MIGRATION -> Files.writeString(migration, Files.readString(migration) + "\n-- edited\n");
        case UNKNOWN_MIGRATION -> Files.writeString(migration.resolveSibling("V7__by_hand.sql"), "select 1;\n");
        case MISSING_MIGRATION -> Files.delete(migration);
        case HUGE_VERSION_FILE -> Files.writeString(migration.resolveSibling("V99999999999__by_hand.sql"), "select 1;\n");
        case HUGE_VERSION_LINE -> Files.writeString(chain, Files.readString(chain).replace("V1 ", "V99999999999 "));
        case HUGE_VERSION_SNAPSHOT -> Files.writeString(snapshot.resolveSibling("V99999999999.snapshot"), "");
        default -> { }
      }
    }

    /** Keeps the first half of every line: syntax the readers must reject, not trip over. */
    private static void garble(Path file) throws IOException {
      String garbled = Files.readString(file).lines()
          .map(line -> line.substring(0, line.length() / 2))
          .collect(Collectors.joining("\n", "", "\n"));
      Files.writeString(file, garbled);
    }
  }

  // ---- generators ---------------------------------------------------------------------------------

  /** Component names by position, so that lists of columns can name them. */
  static final List<String> COMPONENTS = List.of("id", "title", "count", "order", "createdAt", "data");
  static final List<String> FIELD_NAMES = List.of("phone", "level", "email", "score", "tags", "orgId");

  static final List<String> TYPES = List.of(
      "long", "int", "short", "Long", "Integer", "String", "String", "String", "boolean", "double", "float",
      "BigDecimal", "byte[]", "UUID", "Instant", "OffsetDateTime", "LocalDateTime", "LocalDate", "LocalTime",
      "Level", "List<String>", "List<Integer>", "Object", "char", "Optional<String>", "T0", "Map<String, Integer>",
      "Hidden");

  static final List<String> COMPONENT_ANNOTATIONS = List.of(
      "@Id", "@Id", "@Identity", "@Nullable", "@Nullable", "@Json", "@DefaultNow",
      "@Default(\"0\")", "@Default(\"x\")", "@Default(\"LOW\")", "@Default(\"2024-01-01T00:00:00Z\")",
      "@Default(\"\")", "@Default(\"{\\\"a\\\": 1}\")", "@Default(\"true\")", "@Default(\"1.5\")",
      "@Default(\"12:00\")", "@Default(\"2024-01-01\")", "@Default(\"00000000-0000-0000-0000-000000000000\")",
      "@Column(name = \"order\")", "@Column(name = \"\")", "@Column(name = \"bad name\")", "@Column(name = \"title\")",
      "@Column(name = \"x234567890123456789012345678901234567890123456789012345678901234567\")",
      "@Column(length = 10)", "@Column(length = -1)", "@Column(length = 100000)",
      "@Column(precision = 10, scale = 2)", "@Column(precision = 0, scale = 5)", "@Column(precision = 100)",
      "@Column(scale = 3)", "@Column(precision = 5, scale = 9)",
      "@Unique", "@Unique(columns = {\"title\"})", "@Unique(name = \"u1\")",
      "@Index", "@Index(columns = \"id\")", "@Index(name = \"u1\")", "@Index(name = \"bad name\")",
      "@Check(\"count >= 0\")", "@Check(\"\")", "@Check(\"nonsense >\")", "@Check(\"1 = 1\")",
      "@Check(value = \"title <> ''\", name = \"u1\")", "@Check(\"'unterminated\")", "@Check(\"a ; drop table t0\")",
      "@References(T0.class)", "@References(T1.class)", "@References(T2.class)", 
      "@References(table = \"user\")", "@References(table = \"session\", column = \"token\")",
      "@References(table = \"nope\")", "@References(table = \"user\", column = \"email\")",
      "@References(table = \"user\", column = \"name\")", "@References(table = \"t0\")",
      "@References(value = T0.class, column = \"title\")", "@References(value = T0.class, column = \"missing\")",
      "@References(value = T0.class, table = \"user\")", "@References",
      "@References(value = T1.class, onDelete = ReferentialAction.SET_NULL)",
      "@References(value = T0.class, onUpdate = ReferentialAction.SET_DEFAULT)",
      "@References(value = T2.class, onDelete = ReferentialAction.CASCADE, name = \"u1\")",
      "@RenamedFrom(\"old\")", "@RenamedFrom({})", "@RenamedFrom({\"a\", \"a\"})", "@RenamedFrom(\"title\")",
      "@RenamedFrom(\"order\")", "@RenamedFrom(\"bad name\")",
      "@Backfill(\"0\")", "@Backfill(expression = \"lower(title)\")", "@Backfill(value = \"1\", expression = \"2\")",
      "@Backfill", "@Backfill(\"not a number\")", "@Backfill(expression = \"(((\")",
      "@Acknowledge(Acknowledge.Risk.NOT_NULL)", "@Acknowledge({})",
      "@Acknowledge(value = {Acknowledge.Risk.NARROWING_TYPE, Acknowledge.Risk.UNIQUE}, reason = \"r\")",
      "@Acknowledge(Acknowledge.Risk.REMOVED_ENUM_CONSTANT)",
      "@AuthField(sortable = true)", "@References(AppAuth.Extras.class)");

  /** Not valid Java: javac reports these itself, and the processor sees erroneous values. Rare. */
  static final List<String> NOT_JAVA = List.of(
      "@Column(length = \"x\")", "@Default(1)", "@Table(\"x\")", "@References(Missing.class)", "@Check",
      "@Acknowledge(Acknowledge.Risk.NOPE)", "@References(value = T0.class, onDelete = null)");

  static final List<String> RECORD_ANNOTATIONS = List.of(
      "@Table(\"things\")", "@Table(\"\")", "@Table(\"order\")", "@Table(\"user\")", "@Table(\"t1\")",
      "@Table(\"bad-name\")", "@Table(\"session\")",
      "@Unique(columns = {\"title\", \"count\"})", "@Unique(columns = {})", "@Unique(columns = {\"nope\"})",
      "@Unique(columns = {\"id\", \"id\"})", "@Index(columns = {\"title\"}, name = \"u1\")", "@Index(columns = \"data\")",
      "@Index", "@Check(\"count > 0 and title <> ''\")", "@Check(\"\")", "@Check(\"(((\")",
      "@RenamedFrom(\"old_t\")", "@RenamedFrom(\"t1\")", "@RenamedFrom(\"t0\")", "@DropColumn(\"gone\")",
      "@DropColumn(\"title\")", "@DropColumn(\"order\")", "@Acknowledge(Acknowledge.Risk.UNIQUE)",
      "@AuthFields(AuthModel.USER)", "@Schema(tables = T0.class)", "@AuthConfig");

  static final List<String> AUTH_TABLES = List.of(
      "@AuthTable(model = AuthModel.USER, name = \"users\")", "@AuthTable(model = AuthModel.USER, name = \"t0\")",
      "@AuthTable(model = AuthModel.SESSION, columns = @AuthColumn(field = \"token\", name = \"session_token\"))",
      "@AuthTable(model = AuthModel.USER, columns = {@AuthColumn(field = \"email\", name = \"mail\"),"
          + " @AuthColumn(field = \"email\", name = \"mail2\")})",
      "@AuthTable(model = AuthModel.ACCOUNT, columns = @AuthColumn(field = \"nope\", name = \"x\"))",
      "@AuthTable(model = AuthModel.TEAM, name = \"teams\")", "@AuthTable(model = AuthModel.ORGANIZATION, renamedFrom = \"org\")",
      "@AuthTable(model = AuthModel.USER, name = \"\")", "@AuthTable(model = AuthModel.USER, name = \"bad name\")",
      "@AuthTable(model = AuthModel.VERIFICATION, columns = @AuthColumn(field = \"value\", name = \"user\"))",
      "@AuthTable(model = AuthModel.SUBSCRIPTION)", "@AuthTable(model = AuthModel.RATE_LIMIT, name = \"limits\")",
      "@AuthTable(model = AuthModel.USER, columns = @AuthColumn(field = \"name\", name = \"email\"))",
      "@AuthTable(model = AuthModel.USER, columns = @AuthColumn(field = \"phone\", name = \"mobile\", renamedFrom = \"phone\"))",
      "@AuthTable(model = AuthModel.SESSION, name = \"user\")",
      "@AuthTable(model = AuthModel.USER, renamedFrom = {\"people\", \"people\"})");

  static final List<String> AUTH_OPTIONS = List.of(
      "emailAndPassword = false", "naming = AuthNaming.DRIZZLE", "ids = AuthIds.UUID", "ids = AuthIds.SERIAL",
      "plural = true", "rateLimitTable = true", "secondaryStorage = true", "keepSessionTable = true",
      "keepVerificationTable = true", "organization = @AuthConfig.Organization(teams = true, dynamicAccessControl = true)",
      "username = @AuthConfig.Username(displayUsername = false)", "sso = @AuthConfig.Sso(domainVerification = true)",
      "stripe = @AuthConfig.Stripe(subscription = true, organization = true)", "packageName = \"com.example.auth\"",
      "packageName = \"1bad\"", "packageName = \"test\"", "packageName = \"\"");

  static final List<String> AUTH_MODELS = List.of(
      "USER", "USER", "SESSION", "ACCOUNT", "VERIFICATION", "ORGANIZATION", "TWO_FACTOR", "RATE_LIMIT");

  static final List<String> ROOT_ANNOTATIONS = List.of(
      "@DropTable(\"gone\")", "@DropTable(\"t0\")", "@DropTable(\"t1\")", "@DropTable(\"user\")",
      "@DropTable(\"two_factor\")", "@RenamedFrom(\"x\")", "@Acknowledge(Acknowledge.Risk.NOT_NULL)",
      "@DropColumn(\"x\")", "@Check(\"1 = 1\")");

  static final List<String> TABLE_ENTRIES = List.of("T0.class", "T1.class", "T2.class", "T0.class", "Hidden.class",
      "AppAuth.Extras.class");

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.oneOf(scenario(false), scenario(true));
  }

  /**
   * A wild scenario draws every annotation from the whole pool; a clean one is a schema that mostly
   * compiles (so the diff, the migrations and the writers run), with a few wild components mixed in.
   */
  Arbitrary<Scenario> scenario(boolean clean) {
    Arbitrary<List<String>> tables = Combinators.combine(table(0, clean), table(1, clean), table(2, clean)).as(List::of);
    Arbitrary<String> auth = clean ? authConfig(true) : Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just("public final class AppAuth { public record Extras(String phone) {} }")),
        Tuple.of(4, authConfig(false)));
    Arbitrary<Boolean> secondRoot = clean ? Arbitraries.just(false) : Arbitraries.of(true, false, false, false);
    Arbitrary<History> histories = clean
        ? Arbitraries.frequencyOf(Tuple.of(16, Arbitraries.of(History.NONE, History.RELEASED)), Tuple.of(1, Arbitraries.of(History.class)))
        : Arbitraries.of(History.class);
    Arbitrary<String> released = clean ? Arbitraries.just("") : Arbitraries.of("", "", ", released = 1", ", released = 1",
        ", released = 2", ", released = -1");
    Arbitrary<List<String>> options = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(List.<String>of())),
        Tuple.of(1, Arbitraries.of(List.of(StrataProcessor.OPTION_DIALECTS, "h2"),
            List.of(StrataProcessor.OPTION_DIALECTS, "postgresql, MariaDB"), List.of(StrataProcessor.OPTION_DIALECTS, "oracle,,"), List.of(StrataProcessor.OPTION_DIALECTS, ","),
            List.of(StrataProcessor.OPTION_CHECK, "true"), List.of(StrataProcessor.OPTION_LOCATION, "db/other"))));
    return Combinators.combine(tables, auth, root(clean), histories, secondRoot, released, options)
        .as((records, config, rootTemplate, history, second, releasedAttribute, option) -> {
          // A clean schema is released exactly as far as its history.
          String root = rootTemplate.replace(RELEASED, clean && history != History.NONE ? ", released = 1" : releasedAttribute);
          List<Unit> units = new ArrayList<>();
          units.add(new Unit("Level", "public enum Level { LOW, HIGH }"));
          units.add(new Unit("Hidden", "record Hidden(@Id long id) {}"));
          for (int i = 0; i < records.size(); i++) {
            units.add(new Unit("T" + i, records.get(i)));
          }
          units.add(new Unit("AppAuth", config));
          units.add(new Unit("TestSchema", root));
          if (second) {
            units.add(new Unit("OtherSchema", "@Schema(tables = T0.class, auth = AppAuth.class) interface OtherSchema {}"));
          }
          return new Scenario(clean, units, history, option);
        });
  }

  /** Valid components, by position (see {@link #COMPONENTS}). */
  static final List<List<String>> CLEAN_COMPONENTS = List.of(
      List.of("@Id @Identity long id", "@Id long id"),
      List.of("String title", "@Nullable String title", "@Column(length = 40) String title", "@Unique String title",
          "@RenamedFrom(\"name\") String title", "@Backfill(\"none\") String title", "@Index @Nullable String title"),
      List.of("int count", "@Default(\"0\") int count", "@Check(\"count >= 0\") int count", "@Nullable Integer count",
          "long count", "@Backfill(expression = \"id\") long count",
          "@Acknowledge(value = Acknowledge.Risk.NARROWING_TYPE, reason = \"fits\") short count"),
      List.of("Level order", "@Default(\"LOW\") Level order", "@Nullable String order", "@Unique @Nullable String order",
          "@Acknowledge(value = Acknowledge.Risk.NOT_NULL, reason = \"empty\") String order"),
      List.of("@DefaultNow Instant createdAt", "@Nullable LocalDate createdAt", "@Nullable OffsetDateTime createdAt",
          "@Default(\"2024-01-01T00:00:00Z\") Instant createdAt"),
      List.of("@Nullable @Json String data", "@Column(precision = 10, scale = 2) BigDecimal data",
          "@Nullable @References(T0.class) Long data", "@References(value = T0.class, onDelete = ReferentialAction.CASCADE) long data",
          "@Nullable @References(table = \"user\") String data", "@Nullable byte[] data", "boolean data"));

  static final List<String> CLEAN_RECORD_ANNOTATIONS = List.of(
      "@Unique(columns = {\"title\", \"count\"})", "@Index(columns = \"title\")", "@Check(\"count >= 0\")",
      "@RenamedFrom(\"t9\")", "@DropColumn(\"order\")", "@Table(\"things\")");

  Arbitrary<String> component(int position, List<String> names) {
    Arbitrary<String> annotation = Arbitraries.frequencyOf(
        Tuple.of(400, Arbitraries.of(COMPONENT_ANNOTATIONS)), Tuple.of(1, Arbitraries.of(NOT_JAVA)));
    // One of each annotation, except the repeatable ones, as javac requires.
    Arbitrary<List<String>> annotations = annotation.list().ofMaxSize(3).uniqueElements(a -> {
      String name = a.replaceAll("\\(.*", "");
      return List.of("@Unique", "@Index", "@Check").contains(name) ? a : name;
    });
    return Combinators.combine(Arbitraries.of(TYPES), annotations)
        .as((type, list) -> String.join(" ", list) + (list.isEmpty() ? "" : " ") + type + " " + names.get(position));
  }

  Arbitrary<String> components(List<String> names, boolean keyFirst, boolean clean) {
    return Arbitraries.integers().between(clean ? 3 : 0, names.size()).flatMap(count -> {
      List<Arbitrary<String>> parts = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Arbitrary<String> wild = i == 0 && keyFirst
            ? Arbitraries.oneOf(Arbitraries.just("@Id @Identity long id"), Arbitraries.just("@Id String id"), component(0, names))
            : component(i, names);
        if (clean && names == COMPONENTS) {
          parts.add(Arbitraries.frequencyOf(Tuple.of(40, Arbitraries.of(CLEAN_COMPONENTS.get(i))), Tuple.of(1, wild)));
        } else {
          parts.add(wild);
        }
      }
      return Combinators.combine(parts).as(list -> String.join(", ", list));
    });
  }

  Arbitrary<String> table(int index, boolean clean) {
    Arbitrary<String> kind = clean ? Arbitraries.just("public record T%d(%s) {}") : Arbitraries.frequency(
        Tuple.of(20, "public record T%d(%s) {}"), Tuple.of(2, "record T%d(%s) {}"), Tuple.of(2, "public record T%d<X>(%s) {}"),
        Tuple.of(2, "public record T%d(%s) { public static final class Inner {} }"),
        // not a record: javac rejects it in @Schema(tables) and @References
        Tuple.of(1, "public final class T%d { /* %s */ }"));
    Arbitrary<List<String>> annotations = Arbitraries.of(clean ? CLEAN_RECORD_ANNOTATIONS : RECORD_ANNOTATIONS).list()
        .ofMaxSize(clean ? 1 : 2).uniqueElements(a -> {
          String name = a.replaceAll("\\(.*", "");
          return List.of("@Unique", "@Index", "@Check", "@DropColumn").contains(name) ? a : name;
        });
    return Combinators.combine(kind, annotations, components(COMPONENTS, true, clean))
        .as((template, list, parts) -> String.join("\n", list) + "\n" + String.format(Locale.ROOT, template, index, parts));
  }

  Arbitrary<String> authConfig(boolean clean) {
    Arbitrary<List<String>> plugins = clean
        ? Arbitraries.of("USERNAME", "ADMIN", "TWO_FACTOR", "PASSKEY", "ANONYMOUS", "MAGIC_LINK").list().uniqueElements().ofMaxSize(2)
            .map(list -> list.stream().map(p -> "AuthPlugin." + p).toList())
        : Arbitraries.of(dev.strata.annotations.AuthPlugin.class).list().ofMaxSize(5)
            .map(list -> list.stream().map(p -> "AuthPlugin." + p.name()).toList());
    Arbitrary<List<String>> options = clean
        ? Arbitraries.of("naming = AuthNaming.DRIZZLE", "plural = true", "rateLimitTable = true").list().uniqueElements().ofMaxSize(1)
        : Arbitraries.of(AUTH_OPTIONS).list().ofMaxSize(6).uniqueElements(option -> option.substring(0, option.indexOf(' ')));
    Arbitrary<List<String>> authTables = clean
        ? Arbitraries.of(AUTH_TABLES.get(0), AUTH_TABLES.get(2)).list().uniqueElements().ofMaxSize(1)
        : Arbitraries.of(AUTH_TABLES).list().ofMaxSize(3);
    Arbitrary<String> fields = Combinators.combine(clean ? Arbitraries.just("USER") : Arbitraries.of(AUTH_MODELS),
            clean ? Arbitraries.of("@Nullable String phone", "@Default(\"0\") int level", "@Nullable List<String> tags")
                : components(FIELD_NAMES, false, false),
            clean ? Arbitraries.just("public record Extras") : Arbitraries.of("public record Extras", "record Extras", "public record Extras<X>"))
        .as((model, parts, kind) -> "  @AuthFields(AuthModel." + model + ") " + kind + "(" + parts + ") {}");
    Arbitrary<String> moreFields = clean ? Arbitraries.just("") : Arbitraries.oneOf(Arbitraries.just(""), Combinators.combine(Arbitraries.of(AUTH_MODELS),
        components(FIELD_NAMES, false, false)).as((model, parts) -> "  @AuthFields(AuthModel." + model + ") public record More(" + parts + ") {}"));
    Arbitrary<String> kind = clean ? Arbitraries.just("public final class AppAuth") : Arbitraries.of("public final class AppAuth",
        "public final class AppAuth", "public interface AppAuth", "public record AppAuth()", "public enum AppAuth");
    return Combinators.combine(plugins, options, authTables, fields, moreFields, kind)
        .as((pluginList, optionList, tableList, extras, more, declaration) -> {
          List<String> attributes = new ArrayList<>();
          if (!pluginList.isEmpty()) {
            attributes.add("plugins = {" + String.join(", ", pluginList) + "}");
          }
          attributes.addAll(optionList);
          if (!tableList.isEmpty()) {
            attributes.add("tables = {" + String.join(",\n    ", tableList) + "}");
          }
          String body = declaration.startsWith("public enum") ? ";\n" : "";
          return "@AuthConfig(" + String.join(",\n    ", attributes) + ")\n" + declaration + " {\n" + body
              + "  public enum Tier { FREE, PAID }\n" + extras + "\n" + more + "\n}";
        });
  }

  /** Where the scenario puts the {@code released} attribute, which depends on its history. */
  static final String RELEASED = "/*released*/";

  Arbitrary<String> root(boolean clean) {
    Arbitrary<List<String>> tables = clean
        ? Arbitraries.of(List.of("T0.class", "T1.class", "T2.class"), List.of("T0.class", "T1.class"), List.of("T0.class"))
        : Arbitraries.of(TABLE_ENTRIES).list().ofMaxSize(4);
    Arbitrary<String> auth = clean ? Arbitraries.just("auth = AppAuth.class") : Arbitraries.of("", "",
        "auth = AppAuth.class", "auth = AppAuth.class", "auth = T0.class", "auth = String.class", "auth = Level.class");
    Arbitrary<List<String>> extra = Arbitraries.of(ROOT_ANNOTATIONS).list().ofMaxSize(clean ? 0 : 2).uniqueElements(a -> {
      String name = a.replaceAll("\\(.*", "");
      return List.of("@DropTable", "@Check", "@DropColumn").contains(name) ? a : name;
    });
    Arbitrary<String> kind = clean ? Arbitraries.just("interface TestSchema {}") : Arbitraries.of("interface TestSchema {}",
        "interface TestSchema {}", "abstract class TestSchema {}", "enum TestSchema {}", "record TestSchema() {}",
        "@interface TestSchema {}");
    return Combinators.combine(tables, auth, extra, kind).as((list, authAttribute, annotations, declaration) -> {
      List<String> attributes = new ArrayList<>();
      attributes.add("tables = {" + String.join(", ", list) + "}");
      if (!authAttribute.isEmpty()) {
        attributes.add(authAttribute);
      }
      return String.join("\n", annotations) + "\n@Schema(" + String.join(", ", attributes) + RELEASED + ")\n" + declaration;
    });
  }


  // ---- helpers ------------------------------------------------------------------------------------

  static JavaFileObject source(String simpleName, String... lines) {
    String text = String.join("\n", List.of(
            "package test;", "", "import dev.strata.annotations.*;", "import java.math.BigDecimal;", "import java.time.*;",
            "import java.util.*;", "import org.jspecify.annotations.Nullable;", ""))
        + "\n" + String.join("\n", lines) + "\n";
    return JavaFileObjects.forSourceString("test." + simpleName, text);
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.writeString(target, Files.readString(path, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
      }
    }
  }

  static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
