package dev.strata.runtime.cli;

import dev.strata.runtime.MigrationIndex;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.ScriptIndex;
import java.util.List;

/** Indexes the CLI tests list in a {@code META-INF/services} file, as generated ones are. */
public final class CliIndexes {

  private CliIndexes() {}

  /** The blog fixture, for every database. */
  public static class Blog implements MigrationIndex {
    final ScriptIndex delegate = ScriptIndex.blog();

    @Override
    public String schemaName() {
      return delegate.schemaName();
    }

    @Override
    public String location() {
      return delegate.location();
    }

    @Override
    public List<Vendor> vendors() {
      return delegate.vendors();
    }

    @Override
    public List<MigrationInfo> migrations() {
      return delegate.migrations();
    }

    @Override
    public String schemaScript(Vendor vendor) {
      return delegate.schemaScript(vendor);
    }

    @Override
    public String expectedSchema(Vendor vendor) {
      return delegate.expectedSchema(vendor);
    }
  }

  /** The blog fixture, generated for PostgreSQL only. */
  public static final class PostgresOnly extends Blog {
    @Override
    public String schemaName() {
      return "test.postgresonly";
    }

    @Override
    public List<Vendor> vendors() {
      return List.of(Vendor.POSTGRESQL);
    }
  }
}
