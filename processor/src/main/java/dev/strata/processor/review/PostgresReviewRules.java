package dev.strata.processor.review;

import dev.strata.processor.review.Shape.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL (12 and later). ALTER TABLE takes ACCESS EXCLUSIVE, which blocks reads and writes, unless
 * noted: SHARE ROW EXCLUSIVE for foreign keys (on both tables), SHARE UPDATE EXCLUSIVE for VALIDATE and
 * concurrent index builds, SHARE for plain index builds. Inside a transaction every lock lasts until commit.
 */
final class PostgresReviewRules extends ReviewRules {

  private static final String AE = "ACCESS EXCLUSIVE";
  private static final String BRIEF = "brief: catalog only";

  @Override
  List<String> preface(Script script, List<Integer> lasting) {
    List<String> sentences = new ArrayList<>();
    if (script.transactional) {
      String slow = lasting.isEmpty() ? "" : " Here " + numbers(lasting) + " take" + (lasting.size() == 1 ? "s" : "")
          + " time in proportion to " + (lasting.size() == 1 ? "its table." : "their tables.");
      sentences.add("Runs in one transaction: if a statement fails, PostgreSQL rolls the whole migration back. Every lock is"
          + " held until the migration commits, so even a brief lock lasts as long as the statements after it." + slow);
    } else {
      sentences.add("Runs outside a transaction, because it builds an index concurrently: each statement commits on its"
          + " own, so a failure leaves the statements before it applied.");
    }
    String timeout = script.setting("lock_timeout");
    if (timeout != null) {
      sentences.add("Each statement waits at most " + timeout + " for its lock (`lock_timeout`), then fails; while it waits,"
          + " other sessions that need a conflicting lock on the table queue behind it.");
    }
    return sentences;
  }

  private static String numbers(List<Integer> numbers) {
    List<String> names = numbers.stream().map(n -> "#" + n).toList();
    return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  @Override
  Impact referencing(List<String> referenced) {
    return Impact.brief("SHARE ROW EXCLUSIVE on " + tables(referenced), referenced,
        "brief; writes to " + tables(referenced) + " wait while it is held");
  }

  @Override
  Impact impact(Script script, int index, Shape s, List<String> self) {
    String t = s.table();
    return switch (s.kind()) {
      case SESSION, CREATE_TABLE -> Impact.NONE;
      case OTHER -> Impact.notAnalysed(self);
      case DROP_TABLE, DROP_COLUMN, DROP_CONSTRAINT -> {
        List<String> locked = existing(script, with(t, droppedReferences(script, s)));
        yield Impact.brief(AE + " on " + tables(locked), locked,
            s.kind() == Kind.DROP_COLUMN ? "brief: the column is only marked dropped" : "brief");
      }
      case RENAME_TABLE, RENAME_COLUMN, RENAME_CONSTRAINT, DROP_NOT_NULL, SET_DEFAULT, DROP_DEFAULT, ADD_UNIQUE_USING_INDEX ->
          Impact.brief(exclusive(self), self, BRIEF);
      case ADD_COLUMN -> addColumn(s, self);
      case ALTER_TYPE -> alterType(script, s, self);
      case MODIFY_COLUMN, DROP_FOREIGN_KEY, DROP_PRIMARY_KEY -> Impact.notAnalysed(self);
      case SET_NOT_NULL -> provenNotNull(script, index, s)
          ? Impact.brief(exclusive(self), self, "brief: the validated check proves there is no NULL, so no scan")
          : Impact.lasting(exclusive(self), self, "scans " + code(t) + ": reads and writes wait; fails if a row holds NULL");
      case ADD_CHECK -> s.notValid()
          ? Impact.brief(exclusive(self), self, "brief: checks only rows written from now on")
          : Impact.lasting(exclusive(self), self, "scans " + code(t) + ": reads and writes wait; fails if a row violates it");
      case ADD_UNIQUE, ADD_PRIMARY_KEY -> Impact.lasting(exclusive(self), self,
          "builds the index: reads and writes wait throughout; fails if values repeat"
              + (s.kind() == Kind.ADD_PRIMARY_KEY ? " or are NULL" : ""));
      case ADD_FOREIGN_KEY -> {
        List<String> locked = foreignKeyTables(script, s);
        yield s.notValid()
            ? Impact.brief("SHARE ROW EXCLUSIVE on " + tables(locked), locked, "brief: checks only rows written from now on")
            : Impact.lasting("SHARE ROW EXCLUSIVE on " + tables(locked), locked,
                "scans " + code(t) + ": writes to " + tables(locked) + " wait, reads go on; fails if a row points nowhere");
      }
      case VALIDATE -> {
        String target = foreignKeyTarget(script, s);
        String lock = "SHARE UPDATE EXCLUSIVE on " + code(t)
            + (target != null && !target.equals(t) ? ", ROW SHARE on " + code(target) : "");
        yield Impact.lasting(lock, self, "scans " + code(t) + " while reads and writes go on; fails if a row violates it");
      }
      case CREATE_INDEX -> createIndex(s, self);
      case DROP_INDEX -> {
        String table = t != null ? t : script.previousIndexTable(s.name());
        List<String> locked = table == null ? List.of() : existing(script, List.of(table));
        yield Impact.brief(AE + " on " + (table == null ? "the index's table" : tables(locked)),
            table == null ? List.of(s.name()) : locked, "brief");
      }
      case RENAME_INDEX -> Impact.brief("SHARE UPDATE EXCLUSIVE on index " + code(s.name()), List.of(s.name()),
          "brief: reads and writes go on");
      case UPDATE -> Impact.lasting("ROW EXCLUSIVE on " + code(t) + ", and every row it changes", self,
          "writes every matching row of " + code(t) + "; updates and deletes of those rows wait until it commits, reads go on");
    };
  }

  /** The ACCESS EXCLUSIVE lock on the statement's own table. */
  private static String exclusive(List<String> self) {
    return AE + " on " + tables(self);
  }

  private static Impact addColumn(Shape s, List<String> self) {
    String definition = s.detail();
    String upper = definition.toUpperCase(Locale.ROOT);
    boolean identity = upper.contains(" GENERATED ");
    boolean volatileDefault = upper.contains("GEN_RANDOM_UUID(") || upper.contains("CLOCK_TIMESTAMP(") || upper.contains("RANDOM(");
    if (identity || volatileDefault) {
      return Impact.lasting(exclusive(self), self, "rewrites " + code(s.table()) + " and its indexes to fill "
          + (identity ? "the identity column" : "the volatile default") + ": reads and writes wait throughout");
    }
    boolean notNullWithoutDefault = upper.contains(" NOT NULL") && !upper.contains(" DEFAULT ");
    return Impact.brief(exclusive(self), self,
        BRIEF + (notNullWithoutDefault ? "; fails unless " + code(s.table()) + " is empty" : ""));
  }

  private static Impact alterType(Script script, Shape s, List<String> self) {
    String before = script.previousDefinition(s.table(), s.name());
    if (before != null && keepsValues(before, s.detail())) {
      return Impact.brief(exclusive(self), self, "brief: " + code(before) + " converts to " + code(s.detail())
          + " without a rewrite");
    }
    return Impact.lasting(exclusive(self), self, "rewrites " + code(s.table())
        + " and its indexes: reads and writes wait throughout; fails if a value does not convert");
  }

  /**
   * Whether PostgreSQL changes the type in the catalog only: text types to {@code text} or to a longer
   * varchar, and numbers and times to more precision (same scale). Anything else rewrites the table.
   */
  static boolean keepsValues(String before, String after) {
    ColumnDefinition from = ColumnDefinition.parse(before);
    ColumnDefinition to = ColumnDefinition.parse(after);
    String fromBase = from.baseType();
    String toBase = to.baseType();
    boolean fromText = fromBase.equals("varchar") || fromBase.equals("text");
    if (fromText && toBase.equals("text")) {
      return true;
    }
    if (fromBase.equals(toBase) && (toBase.equals("varchar") || toBase.equals("numeric"))) {
      return from.length() >= 0 && to.length() >= from.length() && from.afterLength().equals(to.afterLength());
    }
    if (fromBase.equals(toBase) && (toBase.equals("timestamptz") || toBase.equals("timestamp") || toBase.equals("time"))) {
      return to.length() < 0 || (from.length() >= 0 && to.length() >= from.length());
    }
    return false;
  }

  private static Impact createIndex(Shape s, List<String> self) {
    String fails = s.unique() ? "; fails if values repeat" : "";
    if (s.concurrently()) {
      return Impact.lasting("SHARE UPDATE EXCLUSIVE on " + tables(self), self,
          "builds the index in two scans while reads and writes go on, after waiting for transactions older than it" + fails
              + (s.unique() ? ", leaving an invalid index to drop before a retry" : ""));
    }
    return Impact.lasting("SHARE on " + tables(self), self, "builds the index: writes wait, reads go on" + fails);
  }

  /** Whether an earlier statement validated a {@code CHECK ("c" IS NOT NULL)} on the column. */
  private static boolean provenNotNull(Script script, int index, Shape setNotNull) {
    for (int i = 0; i < index; i++) {
      Shape validate = script.shapes.get(i);
      if (validate.kind() == Kind.VALIDATE && setNotNull.table().equals(validate.table())) {
        Shape check = script.addedHere(validate.name());
        if (check != null && isNotNullHelper(script, check)) {
          return true;
        }
      }
    }
    return false;
  }
}
