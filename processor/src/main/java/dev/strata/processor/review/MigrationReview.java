package dev.strata.processor.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one migration script does to a database in use, read from the script itself (and its undo script,
 * which tells the schema before it): what it changes, which statements lock existing tables and for how
 * long in the worst case, and which delete data. Derived from the text alone, so the review of a released
 * migration can be written long after the code that caused it has changed.
 */
public final class MigrationReview {

  /**
   * One statement of the script.
   *
   * @param number its position in the script, from 1
   * @param sql the statement
   * @param action what it changes, or null when it only serves another statement
   * @param lock the lock it takes on tables that exist before the migration, or null when it takes none
   * @param growsWithTable whether its worst case takes time in proportion to a table's size
   * @param worstCase how long the lock lasts and what waits meanwhile, or null
   * @param destroys what data it deletes, or null
   */
  public record Step(int number, String sql, String action, String lock, boolean growsWithTable, String worstCase, String destroys) {}

  private final List<Step> steps;
  private final List<String> preface;
  private final boolean createsTables;

  private MigrationReview(List<Step> steps, List<String> preface, boolean createsTables) {
    this.steps = List.copyOf(steps);
    this.preface = List.copyOf(preface);
    this.createsTables = createsTables;
  }

  /**
   * Reviews a migration script of the database with that dialect id, given its undo script and whether it
   * runs in a transaction.
   */
  public static MigrationReview of(String dialectId, String forward, String undo, boolean transactional) {
    ReviewRules rules = ReviewRules.of(dialectId);
    Script script = new Script(
        SqlText.statements(forward, rules.backslashEscapes()),
        transactional,
        SqlText.statements(undo == null ? "" : undo, rules.backslashEscapes()),
        rules.backslashEscapes());
    List<Step> steps = new ArrayList<>();
    List<Integer> lasting = new ArrayList<>();
    for (int i = 0; i < script.sql.size(); i++) {
      Impact impact = rules.impact(script, i);
      steps.add(new Step(i + 1, script.sql.get(i), rules.action(script, i), impact.lock(), impact.growsWithTable(),
          impact.worstCase(), ReviewRules.destroys(script, i)));
      if (impact.lock() != null && impact.growsWithTable()) {
        lasting.add(i + 1);
      }
    }
    boolean createsTables = script.shapes.stream().anyMatch(s -> s.kind() == Shape.Kind.CREATE_TABLE);
    return new MigrationReview(steps, rules.preface(script, lasting), createsTables);
  }

  public List<Step> steps() {
    return steps;
  }

  /** How the script runs: transaction, lock waits. */
  public List<String> preface() {
    return preface;
  }

  /** What the migration changes, once each, in script order; the tables it creates in one entry. */
  public List<String> changes() {
    Set<String> changes = new LinkedHashSet<>();
    List<String> created = new ArrayList<>();
    for (Step step : steps) {
      if (step.action() == null) {
        continue;
      }
      if (step.action().startsWith("creates table ")) {
        if (created.isEmpty()) {
          changes.add("");
        }
        created.add(step.action().substring("creates table ".length()));
      } else {
        changes.add(step.action());
      }
    }
    List<String> result = new ArrayList<>();
    for (String change : changes) {
      result.add(change.isEmpty() ? (created.size() == 1 ? "creates table " : "creates tables ") + String.join(", ", created) : change);
    }
    return result;
  }

  /** The statements that lock tables existing before the migration. */
  public List<Step> locking() {
    return steps.stream().filter(s -> s.lock() != null).toList();
  }

  /** Whether the script creates tables, whose own statements the review leaves out. */
  public boolean createsTables() {
    return createsTables;
  }

  /** The statements that delete data. */
  public List<Step> destructive() {
    return steps.stream().filter(s -> s.destroys() != null).toList();
  }
}
