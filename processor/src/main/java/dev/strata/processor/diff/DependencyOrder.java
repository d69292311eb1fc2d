package dev.strata.processor.diff;

import dev.strata.processor.model.Constraint.ForeignKey;
import dev.strata.processor.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders tables so that every table comes after the tables its foreign keys point to. Ties keep the
 * given order (auth tables in Better Auth's order, then application tables by name); a cycle of foreign
 * keys is broken at the first table of the cycle in that order.
 */
public final class DependencyOrder {

  private DependencyOrder() {}

  public static List<Table> sort(List<Table> tables) {
    Map<String, Integer> position = new LinkedHashMap<>();
    for (int i = 0; i < tables.size(); i++) {
      position.put(tables.get(i).name(), i);
    }
    Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
    for (Table table : tables) {
      Set<String> targets = new HashSet<>();
      for (ForeignKey fk : table.foreignKeys()) {
        if (!fk.targetTable().equals(table.name()) && position.containsKey(fk.targetTable())) {
          targets.add(fk.targetTable());
        }
      }
      dependsOn.put(table.name(), targets);
    }
    Comparator<String> byPosition = Comparator.comparing(position::get);
    List<Table> sorted = new ArrayList<>();
    Set<String> done = new HashSet<>();
    TreeSet<String> pending = new TreeSet<>(byPosition);
    pending.addAll(position.keySet());
    while (!pending.isEmpty()) {
      String next = null;
      for (String candidate : pending) {
        if (done.containsAll(dependsOn.get(candidate))) {
          next = candidate;
          break;
        }
      }
      if (next == null) {
        next = pending.first();
      }
      pending.remove(next);
      done.add(next);
      sorted.add(tables.get(position.get(next)));
    }
    return sorted;
  }
}
