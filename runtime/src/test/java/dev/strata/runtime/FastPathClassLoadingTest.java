package dev.strata.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path must not start Flyway, or even load its classes: each probe runs in a fresh class loader
 * over the test class path that records every class it is asked for.
 */
class FastPathClassLoadingTest {

  /** Loads application classes itself (its parent is the platform loader) and records every request. */
  static final class RecordingLoader extends URLClassLoader {
    final Set<String> requested = new ConcurrentSkipListSet<>();

    RecordingLoader() {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      requested.add(name);
      return super.loadClass(name, resolve);
    }

    List<String> flywayClasses() {
      return requested.stream().filter(n -> n.startsWith("org.flywaydb")).toList();
    }
  }

  /** Holds the default progress listener's System.Logger: loaded when the first progress line is logged. */
  static final String LOGGER_HOLDER = "dev.strata.runtime.Migrator$LoggerProgress$Holder";

  static URL[] classPath() {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      try {
        urls.add(new File(entry).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
    return urls.toArray(new URL[0]);
  }

  static String probe(RecordingLoader loader, String url) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return (String) loader.loadClass(FastPathProbe.class.getName()).getMethod("apply", String.class).invoke(null, url);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void anUpToDateDatabaseIsCheckedWithoutLoadingFlyway(@TempDir Path dir) throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
    try (RecordingLoader first = new RecordingLoader()) {
      // The control: migrating an empty database does load Flyway, so the recording sees it.
      assertThat(probe(first, url)).isEqualTo("FLYWAY");
      assertThat(first.flywayClasses()).contains("org.flywaydb.core.Flyway");
      assertThat(first.requested).contains(LOGGER_HOLDER);
    }
    try (RecordingLoader second = new RecordingLoader()) {
      assertThat(probe(second, url)).isEqualTo("FAST_PATH");
      assertThat(second.requested).contains("dev.strata.runtime.Migrator", "org.h2.jdbcx.JdbcDataSource");
      assertThat(second.flywayClasses()).isEmpty();
      // Nothing to report, so logging is not even initialized.
      assertThat(second.requested).doesNotContain(LOGGER_HOLDER);
    }
  }
}
