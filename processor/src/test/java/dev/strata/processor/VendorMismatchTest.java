package dev.strata.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.strata.processor.testing.Compile;
import dev.strata.processor.testing.CompiledClasses;
import dev.strata.processor.testing.Generated;
import dev.strata.processor.testing.Sources;
import dev.strata.runtime.MigrationException;
import dev.strata.runtime.Migrator;
import dev.strata.runtime.Vendor;
import dev.strata.runtime.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorMismatchTest {

  @Test
  void aDatabaseTheSchemaWasNotGeneratedForIsRefusedWithTheFix(@TempDir Path dir) throws Exception {
    Compilation compilation =
        Compile.with().migrationsDir(dir).option(StrataProcessor.OPTION_DIALECTS, "h2").compile(Sources.fixture("shop"));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(dir.resolve("postgresql")).doesNotExist();
    Generated shop = new Generated(new CompiledClasses(compilation), "com.example.shop");

    try (TestDatabase db = TestDatabase.create(Vendor.POSTGRESQL)) {
      assertThatThrownBy(() -> Migrator.configure(shop.migrations("ShopSchema")).allowUnreleased(true).apply(db.dataSource()))
          .isInstanceOf(MigrationException.class)
          .hasMessageContaining("The database is PostgreSQL")
          .hasMessageContaining("has migrations only for h2")
          .hasMessageContaining("-Astrata.dialects");
      try (var connection = db.connect(); var tables = connection.getMetaData().getTables(null, "public", "%", null)) {
        assertThat(tables.next()).as("nothing was created").isFalse();
      }
    }
  }
}
