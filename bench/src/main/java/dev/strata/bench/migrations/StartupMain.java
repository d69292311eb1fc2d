package dev.strata.bench.migrations;

import dev.strata.bench.PooledDataSource;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * One application start, in a fresh JVM started by {@link StartupHarness}: the first call of one approach
 * against a database that is up to date. Prints {@code RESULT <first call ns> <classes loaded by the call>
 * <classes loaded in all>}.
 *
 * <pre>java -cp ...:migrations-50.jar dev.strata.bench.migrations.StartupMain strata|flyway|jdbc h2|postgresql URL USER COUNT INDEX_CLASS</pre>
 *
 * <p>Strata gets the index an application has compiled in ({@code Migrator.configure(XMigrations.INSTANCE)});
 * here the class is compiled into the jar by the harness, so one reflective read of its {@code INSTANCE}
 * field stands in for the static reference.
 */
public final class StartupMain {

  private StartupMain() {}

  public static void main(String[] args) throws Exception {
    String approach = args[0];
    String vendor = args[1];
    String url = args[2];
    String user = args[3];
    int count = Integer.parseInt(args[4]);
    // The compiled index's class name, given whole: an application names its generated index in its code.
    String indexClass = args[5];
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    ClassLoader loader = StartupMain.class.getClassLoader();
    long loadedBefore = classes.getTotalLoadedClassCount();
    long start = System.nanoTime();
    PooledDataSource dataSource = new PooledDataSource(url, user, "");
    Object outcome =
        switch (approach) {
          case "strata" -> Approaches.strata(SyntheticMigrations.compiledIndex(indexClass, loader), dataSource);
          case "flyway" -> Approaches.flyway(loader, vendor, dataSource);
          case "jdbc" -> Approaches.jdbcHistory(dataSource);
          default -> throw new IllegalArgumentException(approach);
        };
    long elapsed = System.nanoTime() - start;
    long loadedAfter = classes.getTotalLoadedClassCount();
    dataSource.close();
    check(approach, outcome, count);
    long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    System.out.println(String.format(Locale.ROOT, "RESULT %d %d %d %d", elapsed, loadedAfter - loadedBefore, loadedAfter, cpu));
  }

  /** Nothing may have been pending: the benchmark is about the no-op start. */
  static void check(String approach, Object outcome, int count) {
    boolean ok =
        switch (approach) {
          case "strata" -> ((dev.strata.runtime.MigrationReport) outcome).upToDate();
          case "flyway" -> (Integer) outcome == 0;
          default -> (Integer) outcome == count;
        };
    if (!ok) {
      throw new IllegalStateException(approach + " did not find the database up to date: " + outcome);
    }
  }
}
