package dev.strata.processor.migrate;

import dev.strata.processor.diff.Change;
import dev.strata.processor.model.Constraint;
import java.util.List;
import java.util.Locale;

/** The description part of a migration's file name, made from its first change. */
final class Slugs {

  private static final int MAX_LENGTH = 60;

  private Slugs() {}

  static String of(List<Change> changes, boolean initial) {
    if (initial && changes.stream().allMatch(c -> c instanceof Change.CreateTable || c instanceof Change.AddForeignKey
        || (c instanceof Change.AddConstraint a && a.constraint() instanceof Constraint.Index))) {
      return "create_schema";
    }
    String first = describe(changes.get(0));
    long others = changes.stream().filter(c -> !c.table().equals(changes.get(0).table())).count();
    String slug = sanitize(first);
    if (others > 0) {
      slug = slug + "_and_more";
    }
    return slug;
  }

  private static String describe(Change change) {
    if (change instanceof Change.CreateTable c) {
      return "create_" + c.table();
    }
    if (change instanceof Change.DropTable c) {
      return "drop_" + c.table();
    }
    if (change instanceof Change.RenameTable c) {
      return "rename_" + c.from() + "_to_" + c.to();
    }
    if (change instanceof Change.AddColumn c) {
      return "add_" + c.table() + "_" + c.column().name();
    }
    if (change instanceof Change.DropColumn c) {
      return "drop_" + c.table() + "_" + c.column().name();
    }
    if (change instanceof Change.RenameColumn c) {
      return "rename_" + c.table() + "_" + c.from() + "_to_" + c.to();
    }
    if (change instanceof Change.AlterColumnType c) {
      return "alter_" + c.table() + "_" + c.to().name() + "_type";
    }
    if (change instanceof Change.AlterNullability c) {
      return (c.to().nullable() ? "allow_null_" : "require_") + c.table() + "_" + c.to().name();
    }
    if (change instanceof Change.AlterDefault c) {
      return "alter_" + c.table() + "_" + c.to().name() + "_default";
    }
    if (change instanceof Change.AddConstraint c) {
      return "add_" + c.constraint().name();
    }
    if (change instanceof Change.DropConstraint c) {
      return "drop_" + c.constraint().name();
    }
    if (change instanceof Change.AddForeignKey c) {
      return "add_" + c.foreignKey().name();
    }
    if (change instanceof Change.DropForeignKey c) {
      return "drop_" + c.foreignKey().name();
    }
    return "change_" + change.table();
  }

  /** Lower-case ASCII letters, digits and single underscores, at most 60 characters. */
  static String sanitize(String text) {
    String snake = text.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    String ascii = snake.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (ascii.isEmpty()) {
      ascii = "change";
    }
    if (ascii.length() > MAX_LENGTH) {
      ascii = ascii.substring(0, MAX_LENGTH).replaceAll("_+$", "");
    }
    return ascii;
  }
}
