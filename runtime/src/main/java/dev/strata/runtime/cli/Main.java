package dev.strata.runtime.cli;

import dev.strata.runtime.DriftReport;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.MigrationIndex;
import dev.strata.runtime.MigrationPlan;
import dev.strata.runtime.MigrationReport;
import dev.strata.runtime.MigrationStatus;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.UndoReport;
import dev.strata.runtime.ValidationReport;
import java.io.File;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Strata's command line: {@code migrate}, {@code status}, {@code validate}, {@code plan}, {@code undo},
 * {@code drift}. Run it with the application's classes on the class path, where it finds the generated
 * {@code <Root>Migrations} index and its scripts:
 *
 * <pre>
 * java -cp app.jar:strata-runtime-cli.jar dev.strata.runtime.cli.Main migrate --url jdbc:postgresql://db/app --user app
 * java -jar strata-runtime-cli.jar --classpath target/classes status --url jdbc:h2:file:./data/app
 * </pre>
 *
 * <p>Exit codes: 0 done (for checks: nothing found), 1 failed, 2 usage error, 3 a check found something
 * ({@code status}: pending or problems; {@code validate}: problems; {@code drift}: differences).
 */
public final class Main {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int FOUND = 3;

  static final String PASSWORD_ENV = "STRATA_DB_PASSWORD";

  /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static final String HELP = String.join("\n",
      "Usage: strata <command> --url <jdbc-url> [options]",
      "",
      "Applies and inspects the migrations a Strata schema compiled into the application.",
      "",
      "Commands:",
      "  migrate     apply every pending migration (the operator's db:migrate; on an empty",
      "              database with --fresh, the whole schema in one step: db:setup)",
      "  status      list applied, pending and failed migrations with their checksums",
      "  validate    check the history against the code: checksums, missing, failed, newer",
      "  plan        print the exact SQL migrate would run, in order, without running it",
      "  undo        run the undo scripts of every migration above --to, newest first",
      "  drift       compare the live schema with the schema the code expects",
      "",
      "Options:",
      "  --url <jdbc-url>       the database (jdbc:postgresql:, jdbc:mariadb: or jdbc:mysql:, jdbc:h2:)",
      "  --user <name>          database user",
      "  --password <secret>    database password; better: the environment variable " + PASSWORD_ENV,
      "  --schema <class>       the index to use when the class path has several: the generated",
      "                         <Root>Migrations class, its simple name, or the schema root's name",
      "  --classpath <paths>    where the application's classes are (jars or folders, separated by '"
          + File.pathSeparator + "'),",
      "                         for java -jar; with java -cp, put them on the class path instead",
      "  --to <version>         undo: the version to go back to (0: undo everything)",
      "  --force                undo: also run undo scripts of migrations that deleted data",
      "  --fresh                migrate: create an empty database from the one-step schema script",
      "  --allow-unreleased     migrate: also apply migrations not released yet (development only)",
      "  --verbose              show Flyway's log and stack traces",
      "  --help                 show this help",
      "",
      "Exit codes:",
      "  0  done; for status, validate and drift: nothing to report",
      "  1  failed: cannot connect, wrong database, refused, or a migration failed (one line on stderr)",
      "  2  usage error",
      "  3  status: migrations pending or problems; validate: problems; drift: differences",
      "",
      "Examples:",
      "  java -cp app.jar:strata-runtime-cli.jar dev.strata.runtime.cli.Main migrate \\",
      "      --url jdbc:postgresql://127.0.0.1:5432/app --user app",
      "  STRATA_DB_PASSWORD=secret java -jar strata-runtime-cli.jar --classpath target/classes \\",
      "      status --url jdbc:mariadb://127.0.0.1:3306/app --user app",
      "");

  private Main() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err, System.getenv());
    System.out.flush();
    System.exit(code);
  }

  /** Runs one command; returns the exit code. Used by {@link #main} and by tests. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      err.println("strata: " + e.getMessage() + " (run with --help for usage)");
      return USAGE;
    }
    if (options.help) {
      out.print(HELP);
      return OK;
    }
    Level previous = quietFlyway(options.verbose);
    try {
      return execute(options, out, err, env);
    } catch (UsageException e) {
      err.println("strata: " + e.getMessage() + " (run with --help for usage)");
      return USAGE;
    } catch (MigrationException e) {
      err.println("strata: " + oneLine(e.getMessage()));
      if (options.verbose) {
        e.printStackTrace(err);
      }
      return FAILED;
    } catch (RuntimeException | LinkageError e) {
      err.println("strata: unexpected " + e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage()))
          + (options.verbose ? "" : " (run with --verbose for the stack trace)"));
      if (options.verbose) {
        e.printStackTrace(err);
      }
      return FAILED;
    } finally {
      FLYWAY_LOG.setLevel(previous);
    }
  }

  private static Level quietFlyway(boolean verbose) {
    Level previous = FLYWAY_LOG.getLevel();
    FLYWAY_LOG.setLevel(verbose ? Level.INFO : Level.OFF);
    return previous;
  }

  static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static int execute(Options options, PrintStream out, PrintStream err, Map<String, String> env) {
    if (options.url == null) {
      throw new UsageException("missing --url <jdbc-url>");
    }
    if (options.command.equals("undo") && options.to == null) {
      throw new UsageException("undo needs --to <version>");
    }
    MigrationIndex index = findIndex(options);
    String password = options.password != null ? options.password : env.get(PASSWORD_ENV);
    DataSource dataSource = new DriverDataSource(url(options.url), options.user, password);
    Progress progress = new Progress(out);
    Migrator.Settings strata = Migrator.configure(index)
        .allowUnreleased(options.allowUnreleased)
        .freshDatabaseFastPath(options.fresh)
        .progress(progress::line);
    try {
      switch (options.command) {
        case "migrate" -> {
          MigrationReport report = strata.apply(dataSource);
          out.println(report);
          return OK;
        }
        case "status" -> {
          MigrationStatus status = strata.status(dataSource);
          out.println(status);
          return status.upToDate() ? OK : FOUND;
        }
        case "validate" -> {
          ValidationReport report = strata.validate(dataSource);
          out.println(report);
          return report.ok() ? OK : FOUND;
        }
        case "plan" -> {
          MigrationPlan plan = strata.plan(dataSource);
          out.print(plan.sql());
          return OK;
        }
        case "undo" -> {
          UndoReport report = strata.undo(dataSource, options.to, options.force);
          out.println(report);
          return OK;
        }
        case "drift" -> {
          DriftReport drift = strata.drift(dataSource);
          out.println(drift);
          return drift.hasDrift() ? FOUND : OK;
        }
        default -> throw new UsageException("unknown command '" + options.command + "'");
      }
    } finally {
      progress.close();
    }
  }

  /** MariaDB's driver serves jdbc:mysql: URLs only when asked; the CLI asks for the user. */
  static String url(String url) {
    if (url.startsWith("jdbc:mysql:")) {
      try {
        DriverManager.getDriver(url);
      } catch (SQLException noMysqlDriver) {
        return "jdbc:mariadb:" + url.substring("jdbc:mysql:".length());
      }
    }
    return url;
  }

  static MigrationIndex findIndex(Options options) {
    ClassLoader loader = Main.class.getClassLoader();
    if (options.classpath != null) {
      List<URL> urls = new ArrayList<>();
      for (String entry : options.classpath.split(File.pathSeparator)) {
        if (entry.isBlank()) {
          continue;
        }
        File file = new File(entry);
        if (!file.exists()) {
          throw new UsageException("--classpath entry " + entry + " does not exist");
        }
        try {
          urls.add(file.toURI().toURL());
        } catch (MalformedURLException e) {
          throw new UsageException("--classpath entry " + entry + " is not a path");
        }
      }
      loader = new URLClassLoader(urls.toArray(new URL[0]), loader);
    }
    List<MigrationIndex> found = new ArrayList<>();
    ServiceLoader.load(MigrationIndex.class, loader).forEach(found::add);
    if (options.schema != null) {
      for (MigrationIndex index : found) {
        String type = index.getClass().getName();
        if (type.equals(options.schema) || index.getClass().getSimpleName().equals(options.schema)
            || index.schemaName().equals(options.schema)) {
          return index;
        }
      }
      try {
        Class<?> type = Class.forName(options.schema, true, loader);
        return (MigrationIndex) type.getConstructor().newInstance();
      } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
        List<String> names = new ArrayList<>();
        found.forEach(i -> names.add(i.getClass().getName()));
        throw new MigrationException("No Strata schema '" + options.schema + "' on the class path"
            + (names.isEmpty() ? "" : "; found " + String.join(", ", names)) + ".");
      }
    }
    if (found.isEmpty()) {
      throw new MigrationException("No Strata schema on the class path: put the application's classes on it (java -cp"
          + " app.jar" + File.pathSeparator + "strata-runtime-cli.jar dev.strata.runtime.cli.Main ...), or name them with"
          + " --classpath.");
    }
    if (found.size() > 1) {
      List<String> names = new ArrayList<>();
      found.forEach(i -> names.add(i.getClass().getName()));
      names.sort(null);
      throw new UsageException("several Strata schemas on the class path (" + String.join(", ", names)
          + "): choose one with --schema");
    }
    return found.get(0);
  }

  /** A bad command line. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** The parsed command line. */
  static final class Options {
    String command;
    String url;
    String user;
    String password;
    String schema;
    String classpath;
    Integer to;
    boolean force;
    boolean fresh;
    boolean allowUnreleased;
    boolean verbose;
    boolean help;

    static final List<String> COMMANDS = List.of("migrate", "status", "validate", "plan", "undo", "drift");

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
          value = arg.substring(eq + 1);
          arg = arg.substring(0, eq);
        }
        switch (arg) {
          case "--help", "-h", "help" -> o.help = true;
          case "--verbose", "-v" -> o.verbose = true;
          case "--force" -> o.force = true;
          case "--fresh" -> o.fresh = true;
          case "--allow-unreleased" -> o.allowUnreleased = true;
          case "--url", "--user", "--password", "--schema", "--classpath", "--to" -> {
            if (value == null) {
              if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new UsageException(arg + " needs a value");
              }
              value = args[++i];
            }
            switch (arg) {
              case "--url" -> o.url = value;
              case "--user" -> o.user = value;
              case "--password" -> o.password = value;
              case "--schema" -> o.schema = value;
              case "--classpath" -> o.classpath = value;
              default -> {
                try {
                  o.to = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                  throw new UsageException("--to needs a version number, not '" + value + "'");
                }
                if (o.to < 0) {
                  throw new UsageException("--to needs a version of 0 or more");
                }
              }
            }
          }
          default -> {
            if (arg.startsWith("-")) {
              throw new UsageException("unknown option " + arg);
            }
            if (o.command != null) {
              throw new UsageException("one command at a time: '" + o.command + "' and '" + arg + "'");
            }
            if (!COMMANDS.contains(arg.toLowerCase(Locale.ROOT))) {
              throw new UsageException("unknown command '" + arg + "'; commands: " + String.join(", ", COMMANDS));
            }
            o.command = arg.toLowerCase(Locale.ROOT);
          }
        }
      }
      if (o.command == null && !o.help) {
        throw new UsageException("missing command: " + String.join(", ", COMMANDS));
      }
      if (o.to != null && o.command != null && !o.command.equals("undo")) {
        throw new UsageException("--to is for undo");
      }
      return o;
    }
  }

  /**
   * Prints progress lines, and while one step runs long, a line every 10 seconds saying it still runs, so
   * an operator watching a long migration knows it is alive.
   */
  static final class Progress {
    private final PrintStream out;
    private final ScheduledExecutorService timer;
    private volatile String running;
    private volatile long since;

    Progress(PrintStream out) {
      this.out = out;
      this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "strata-progress");
        thread.setDaemon(true);
        return thread;
      });
      timer.scheduleAtFixedRate(this::tick, 10, 10, TimeUnit.SECONDS);
    }

    synchronized void line(String line) {
      out.println(line);
      running = line.endsWith("...") ? line.substring(0, line.length() - 3).strip() : null;
      since = System.nanoTime();
    }

    private synchronized void tick() {
      if (running != null) {
        out.println("  still " + Character.toLowerCase(running.charAt(0)) + running.substring(1) + " ("
            + (System.nanoTime() - since) / 1_000_000_000L + " s)");
      }
    }

    void close() {
      timer.shutdownNow();
    }
  }

  /** Connections from {@link DriverManager}, with a bounded login time. */
  static final class DriverDataSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;

    DriverDataSource(String url, String user, String password) {
      this.url = url;
      this.user = user;
      this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pw) throws SQLException {
      DriverManager.setLoginTimeout(10);
      try {
        return DriverManager.getConnection(url, username, pw);
      } catch (SQLException e) {
        if ("08001".equals(e.getSQLState()) && e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
          throw new SQLException("no JDBC driver for " + url + "; the CLI knows jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:"
              + " and jdbc:h2: (put another driver on the class path for others)", e.getSQLState(), e);
        }
        throw e;
      }
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 10;
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
