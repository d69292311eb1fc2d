package dev.strata.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A check constraint's boolean expression, kept as parts so that each database can quote its column
 * references and escape its string literals: raw SQL text, column references and string literals.
 *
 * <p>The canonical form (stored in the snapshot) writes column references as {@code {column}} and string
 * literals in standard SQL quoting: {@code char_length({title}) > 0 and {status} <> 'x'}.
 */
public record CheckExpression(List<Part> parts) {

  public CheckExpression {
    parts = List.copyOf(parts);
  }

  /** A piece of an expression. */
  public sealed interface Part {}

  /** SQL text copied as is: keywords, function names, numbers, operators, whitespace. */
  public record Raw(String sql) implements Part {}

  /** A reference to a column of the table, by column name. */
  public record ColumnRef(String column) implements Part {}

  /** A string literal's value. */
  public record StringLiteral(String value) implements Part {}

  /** The canonical text form. */
  public String canonical() {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      if (part instanceof Raw raw) {
        out.append(raw.sql());
      } else if (part instanceof ColumnRef ref) {
        out.append('{').append(ref.column()).append('}');
      } else if (part instanceof StringLiteral literal) {
        out.append('\'').append(literal.value().replace("'", "''")).append('\'');
      }
    }
    return out.toString();
  }

  /** The columns the expression refers to, in order of first appearance. */
  public List<String> columns() {
    List<String> columns = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof ColumnRef ref && !columns.contains(ref.column())) {
        columns.add(ref.column());
      }
    }
    return columns;
  }

  /** The same expression with columns renamed ({@code old name → new name}; others unchanged). */
  public CheckExpression renameColumns(java.util.Map<String, String> renames) {
    List<Part> renamed = new ArrayList<>();
    for (Part part : parts) {
      renamed.add(part instanceof ColumnRef ref ? new ColumnRef(renames.getOrDefault(ref.column(), ref.column())) : part);
    }
    return new CheckExpression(renamed);
  }
}
