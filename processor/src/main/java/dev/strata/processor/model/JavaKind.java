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
  ENUM("an enum");

  private final String display;

  JavaKind(String display) {
    this.display = display;
  }

  /** How the kind is named in messages and docs. */
  public String display() {
    return display;
  }

  /** The supported types, for the message that rejects an unsupported one. */
  public static String supportedList() {
    StringBuilder out = new StringBuilder();
    for (JavaKind kind : values()) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(kind.display());
    }
    return out.toString();
  }
}
