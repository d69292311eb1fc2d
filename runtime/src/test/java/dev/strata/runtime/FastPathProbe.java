package dev.strata.runtime;

import dev.strata.runtime.testing.ScriptIndex;
import org.h2.jdbcx.JdbcDataSource;

/** Runs {@code apply()} inside {@link FastPathClassLoadingTest}'s isolated class loader. */
public final class FastPathProbe {

  private FastPathProbe() {}

  /** Applies the blog fixture to an H2 database and says how. */
  public static String apply(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    return Migrator.configure(ScriptIndex.blog()).apply(dataSource).method().name();
  }
}
