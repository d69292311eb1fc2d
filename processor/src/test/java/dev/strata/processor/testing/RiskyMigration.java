package dev.strata.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/**
 * A schema whose second migration has every kind of risky statement: a column's type changed (a rewrite on
 * PostgreSQL, a table copy on MySQL and H2), a varchar widened, a nullable column made NOT NULL with a
 * backfill, a column added with a default, a column dropped and an index added to a table that holds rows.
 */
public final class RiskyMigration {

  /** The name of the second migration's scripts, without {@code .sql}. */
  public static final String NAME = "V2__alter_item_quantity_type";

  private RiskyMigration() {}

  public static JavaFileObject root(int released) {
    return Sources.inTest("ShopSchema", "@Schema(tables = {Item.class}, released = " + released + ")", "interface ShopSchema {}");
  }

  public static JavaFileObject itemV1() {
    return item("", "int quantity, String note, @Column(length = 100) String title, @Nullable String code");
  }

  public static JavaFileObject itemV2() {
    return item("@DropColumn(\"note\")",
        "long quantity, @Index @Column(length = 200) String title, @Backfill(\"none\") String code, @Default(\"0\") int stock");
  }

  /** The item record with these annotations and components after its id. */
  public static JavaFileObject item(String annotations, String components) {
    return Sources.inTest("Item", annotations, "public record Item(@Id @Identity long id, " + components + ") {}");
  }

  /** Compiles into the migrations directory and expects success. */
  public static Compilation compileOk(Path dir, JavaFileObject... sources) {
    Compilation compilation = Compile.with().migrationsDir(dir).compile(sources);
    CompilationSubject.assertThat(compilation).succeeded();
    return compilation;
  }

  /** V1 released, then the risky V2 pending; returns the compilation that wrote V2. */
  public static Compilation build(Path dir) {
    compileOk(dir, itemV1(), root(0));
    compileOk(dir, itemV1(), root(1));
    return compileOk(dir, itemV2(), root(1));
  }
}
