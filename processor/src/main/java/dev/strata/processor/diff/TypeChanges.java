package dev.strata.processor.diff;

import dev.strata.processor.model.CheckExpression;
import dev.strata.processor.model.Column;
import dev.strata.processor.model.Constraint.Check;
import dev.strata.processor.model.Names;
import dev.strata.processor.model.SqlType;
import dev.strata.processor.model.Table;
import java.util.ArrayList;
import java.util.List;

/** Which type changes keep every value, and the check constraints that enum columns imply. */
public final class TypeChanges {

  private TypeChanges() {}

  /**
   * Whether every value of {@code from} is a value of {@code to}, exactly. Changes not known to be safe
   * count as narrowing: the user must acknowledge them.
   */
  public static boolean isWidening(SqlType from, SqlType to) {
    if (from.equals(to)) {
      return true;
    }
    if (to instanceof SqlType.Text) {
      // Text holds any text, number or date as text; a key length is only MySQL's rendering of text.
      return !(from instanceof SqlType.Binary);
    }
    if (from instanceof SqlType.Text && to instanceof SqlType.Text) {
      return true;
    }
    if (to instanceof SqlType.Varchar v) {
      if (from instanceof SqlType.Varchar f) {
        return f.length() <= v.length();
      }
      if (from instanceof SqlType.Enum e) {
        return e.constants().stream().allMatch(c -> c.codePointCount(0, c.length()) <= v.length());
      }
      if (from instanceof SqlType.Uuid) {
        return v.length() >= 36;
      }
      return false;
    }
    if (from instanceof SqlType.Enum f && to instanceof SqlType.Enum t) {
      return t.constants().containsAll(f.constants());
    }
    if (from instanceof SqlType.NativeEnum f && to instanceof SqlType.NativeEnum t) {
      return t.constants().containsAll(f.constants());
    }
    int fromDigits = integerDigits(from);
    if (fromDigits > 0) {
      if (to instanceof SqlType.Decimal d) {
        return d.precision() - d.scale() >= fromDigits;
      }
      int toDigits = integerDigits(to);
      if (toDigits > 0) {
        return toDigits >= fromDigits;
      }
      // Doubles hold integers exactly up to 2^53 (16 digits); reals up to 2^24.
      return (to instanceof SqlType.DoublePrecision && fromDigits <= 10) || (to instanceof SqlType.Real && fromDigits <= 5);
    }
    if (from instanceof SqlType.Decimal f && to instanceof SqlType.Decimal t) {
      return t.scale() >= f.scale() && t.precision() - t.scale() >= f.precision() - f.scale();
    }
    if (from instanceof SqlType.Real && to instanceof SqlType.DoublePrecision) {
      return true;
    }
    if (from instanceof SqlType.Timestamp f && to instanceof SqlType.Timestamp t) {
      return precision(t.precision()) >= precision(f.precision());
    }
    if (from instanceof SqlType.TimestampTz f && to instanceof SqlType.TimestampTz t) {
      return precision(t.precision()) >= precision(f.precision());
    }
    if (from instanceof SqlType.Time f && to instanceof SqlType.Time t) {
      return precision(t.precision()) >= precision(f.precision());
    }
    if (from instanceof SqlType.Date && (to instanceof SqlType.Timestamp)) {
      return true;
    }
    return false;
  }

  private static int precision(int p) {
    return p < 0 ? 6 : p;
  }

  /** The decimal digits an integer type holds, 0 for other types. */
  private static int integerDigits(SqlType type) {
    if (type instanceof SqlType.SmallInt) {
      return 5;
    }
    if (type instanceof SqlType.Integer) {
      return 10;
    }
    if (type instanceof SqlType.BigInt) {
      return 19;
    }
    return 0;
  }

  /** Whether two types are the same column type on every database (enum constants live in a check). */
  public static boolean sameColumnType(SqlType a, SqlType b) {
    return a.equals(b) || (a instanceof SqlType.Enum && b instanceof SqlType.Enum);
  }

  /** The check constraints that limit the table's enum columns to their constants. */
  public static List<Check> enumChecks(Table table) {
    List<Check> checks = new ArrayList<>();
    for (Column column : table.columns()) {
      if (column.type() instanceof SqlType.Enum enumType) {
        checks.add(new Check(Names.enumCheckName(table.name(), column.name()), enumCondition(column.name(), enumType)));
      }
    }
    return checks;
  }

  /** {@code {column} IN ('A', 'B')}. */
  public static CheckExpression enumCondition(String column, SqlType.Enum enumType) {
    List<CheckExpression.Part> parts = new ArrayList<>();
    parts.add(new CheckExpression.ColumnRef(column));
    parts.add(new CheckExpression.Raw(" IN ("));
    for (int i = 0; i < enumType.constants().size(); i++) {
      if (i > 0) {
        parts.add(new CheckExpression.Raw(", "));
      }
      parts.add(new CheckExpression.StringLiteral(enumType.constants().get(i)));
    }
    parts.add(new CheckExpression.Raw(")"));
    return new CheckExpression(parts);
  }
}
