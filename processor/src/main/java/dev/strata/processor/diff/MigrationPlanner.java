package dev.strata.processor.diff;

import dev.strata.processor.diff.Change.AddConstraint;
import dev.strata.processor.diff.Change.AddForeignKey;
import dev.strata.processor.diff.Change.CreateTable;
import dev.strata.processor.diff.Change.DropTable;
import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Constraint.Index;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the difference between two schemas into an ordered list of changes: tables created in dependency
 * order with the foreign keys whose targets exist inline, the rest of the foreign keys after all tables,
 * then the indexes; dropped tables in reverse dependency order.
 */
public final class MigrationPlanner {

  private MigrationPlanner() {}

  public static List<Change> plan(Schema from, Schema to) {
    List<Change> changes = new ArrayList<>();
    Set<String> before = new HashSet<>();
    from.tables().forEach(t -> before.add(t.name()));
    Set<String> after = new HashSet<>();
    to.tables().forEach(t -> after.add(t.name()));

    List<Table> dropped = new ArrayList<>();
    for (Table table : from.tables()) {
      if (!after.contains(table.name())) {
        dropped.add(table);
      }
    }
    List<Table> droppedOrder = new ArrayList<>(DependencyOrder.sort(dropped));
    java.util.Collections.reverse(droppedOrder);
    for (Table table : droppedOrder) {
      changes.add(new DropTable(table));
    }

    for (Table table : to.tables()) {
      Table previous = from.table(table.name()).orElse(null);
      if (previous != null && !previous.equals(table)) {
        throw new UnsupportedOperationException("changes to existing table " + table.name());
      }
    }

    List<Table> created = new ArrayList<>();
    for (Table table : to.tables()) {
      if (!before.contains(table.name())) {
        created.add(table);
      }
    }
    Set<String> existing = new HashSet<>(before);
    existing.removeIf(name -> !after.contains(name));
    List<AddForeignKey> deferred = new ArrayList<>();
    for (Table table : DependencyOrder.sort(created)) {
      List<ForeignKey> inline = new ArrayList<>();
      for (ForeignKey fk : table.foreignKeys()) {
        if (existing.contains(fk.targetTable()) || fk.targetTable().equals(table.name())) {
          inline.add(fk);
        } else {
          deferred.add(new AddForeignKey(table.name(), fk));
        }
      }
      changes.add(new CreateTable(table, inline));
      existing.add(table.name());
    }
    changes.addAll(deferred);
    for (Table table : DependencyOrder.sort(created)) {
      for (Index index : table.indexes()) {
        changes.add(new AddConstraint(table.name(), index));
      }
    }
    return changes;
  }
}
