package dev.strata.processor.model;

/** The Java types a column can have, and what they become in SQL. */
public enum JavaKind {
  STRING("String"),
  JSON("String (@Json)"),
  SHORT("short / Short"),
  INT("int / Integer"),
  LONG("long / Long"),
  BOOLEAN("boolean / Boolean"),
  FLOAT("float / Float"),
  DOUBLE("double / Double"),
  BIG_DECIMAL("BigDecimal"),
  BYTES("byte[]"),
  UUID("UUID"),
  INSTANT("Instant"),
  OFFSET_DATE_TIME("OffsetDateTime"),
  LOCAL_DATE_TIME("LocalDateTime"),
  LOCAL_DATE("LocalDate"),
  LOCAL_TIME("LocalTime"),
  ENUM("an enum"),
  /** Better Auth's {@code string[]}: only in auth tables. */
  STRING_LIST("List<String>", false),
  /** Better Auth's {@code number[]}: only in auth tables. */
  INTEGER_LIST("List<Integer>", false);

  private final String display;
  private final boolean inApplicationTables;

  JavaKind(String display) {
    this(display, true);
  }

  JavaKind(String display, boolean inApplicationTables) {
    this.display = display;
    this.inApplicationTables = inApplicationTables;
  }

  /** How the kind is named in messages and docs. */
  public String display() {
    return display;
  }

  /** The supported types, for the message that rejects an unsupported one. */
  public static String supportedList() {
    StringBuilder out = new StringBuilder();
    for (JavaKind kind : values()) {
      if (!kind.inApplicationTables) {
        continue;
      }
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(kind.display());
    }
    return out.toString();
  }
}
