package dev.strata.processor.model;

import java.util.List;

/**
 * The logical type of a column. Each {@code Dialect} renders it for its database; the snapshot stores
 * the logical form, so a schema compares equal across databases and across releases of Strata.
 */
public sealed interface SqlType {

  /** Unbounded text. On MySQL a text column in a key or index becomes {@code varchar(keyLength)}. */
  record Text(int keyLength) implements SqlType {
    public static final Text UNBOUNDED = new Text(0);
  }

  /** {@code varchar(length)} on every database. */
  record Varchar(int length) implements SqlType {}

  /** Text restricted by a check constraint to the names of an enum's constants. */
  record Enum(List<String> constants) implements SqlType {
    public Enum {
      constants = List.copyOf(constants);
    }
  }

  record SmallInt() implements SqlType {}

  record Integer() implements SqlType {}

  record BigInt() implements SqlType {}

  record Bool() implements SqlType {}

  /** 4-byte floating point. */
  record Real() implements SqlType {}

  /** 8-byte floating point. */
  record DoublePrecision() implements SqlType {}

  record Decimal(int precision, int scale) implements SqlType {}

  record Binary() implements SqlType {}

  record Uuid() implements SqlType {}

  record Json() implements SqlType {}

  /**
   * A point in time. {@code precision} is the fractional-second digits (-1: the database's default).
   * {@code mysqlTimestamp} renders MySQL's {@code timestamp(p)} instead of a UTC {@code datetime(p)},
   * as Better Auth's tables do.
   */
  record TimestampTz(int precision, boolean mysqlTimestamp) implements SqlType {}

  /**
   * A date and time without time zone. {@code mysqlTimestamp} renders MySQL's {@code timestamp(p)}, as
   * Better Auth's Drizzle tables do.
   */
  record Timestamp(int precision, boolean mysqlTimestamp) implements SqlType {
    public Timestamp(int precision) {
      this(precision, false);
    }
  }

  /**
   * A string limited to a list of values the way Better Auth's Drizzle tables declare it: MySQL's native
   * {@code enum(...)}, plain text elsewhere (no check constraint, as Drizzle emits none).
   */
  record NativeEnum(List<String> constants) implements SqlType {
    public NativeEnum {
      constants = List.copyOf(constants);
    }
  }

  /** An array of text: PostgreSQL {@code text[]} (Better Auth's Drizzle tables), JSON text on MySQL. */
  record TextArray() implements SqlType {}

  /** An array of integers: PostgreSQL {@code integer[]}, JSON text on MySQL. */
  record IntegerArray() implements SqlType {}

  record Date() implements SqlType {}

  record Time(int precision) implements SqlType {}

  SmallInt SMALLINT = new SmallInt();
  Integer INTEGER = new Integer();
  BigInt BIGINT = new BigInt();
  Bool BOOLEAN = new Bool();
  Real REAL = new Real();
  DoublePrecision DOUBLE = new DoublePrecision();
  Binary BINARY = new Binary();
  Uuid UUID = new Uuid();
  Json JSON = new Json();
  Date DATE = new Date();
  TextArray TEXT_ARRAY = new TextArray();
  IntegerArray INTEGER_ARRAY = new IntegerArray();

  /** Whether values of this type are whole numbers that an identity column can generate. */
  default boolean isIntegral() {
    return this instanceof SmallInt || this instanceof Integer || this instanceof BigInt;
  }

  /** Whether the type holds character data (text, varchar, enum). */
  default boolean isCharacter() {
    return this instanceof Text || this instanceof Varchar || this instanceof Enum || this instanceof NativeEnum;
  }

  /** Whether the type is a list: {@link TextArray} or {@link IntegerArray}. */
  default boolean isArray() {
    return this instanceof TextArray || this instanceof IntegerArray;
  }

  /** Whether MySQL renders the type as its {@code timestamp(p)} (see {@link Timestamp}, {@link TimestampTz}). */
  default boolean isMysqlTimestamp() {
    return (this instanceof TimestampTz t && t.mysqlTimestamp()) || (this instanceof Timestamp l && l.mysqlTimestamp());
  }

  /** Whether the type is a point in time, date or time of day. */
  default boolean isTemporal() {
    return this instanceof TimestampTz || this instanceof Timestamp || this instanceof Date || this instanceof Time;
  }
}
