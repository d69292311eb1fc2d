package dev.strata.processor.review;

import dev.strata.processor.review.SqlText.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * What one statement of a Strata migration is, read back from its text: the forms the dialects render, and
 * nothing more general. A statement of any other form is {@link Kind#OTHER}.
 *
 * @param kind the form
 * @param table the table it changes, or null (an index statement that does not name its table)
 * @param name the column, constraint or index it is about, or null
 * @param target a rename's new name, a foreign key's referenced table, or the index of {@code USING INDEX}
 * @param detail a column definition or type, a check expression, or an UPDATE's assignment
 * @param columns the columns of a key or index
 * @param foreignKeys the foreign keys a CREATE TABLE or ADD CONSTRAINT declares
 * @param notValid {@code NOT VALID} (PostgreSQL)
 * @param concurrently {@code CONCURRENTLY} (PostgreSQL)
 * @param unique a unique index
 */
record Shape(
    Kind kind,
    String table,
    String name,
    String target,
    String detail,
    List<String> columns,
    List<ForeignKeyRef> foreignKeys,
    boolean notValid,
    boolean concurrently,
    boolean unique) {

  enum Kind {
    SESSION,
    CREATE_TABLE,
    DROP_TABLE,
    RENAME_TABLE,
    ADD_COLUMN,
    DROP_COLUMN,
    RENAME_COLUMN,
    ALTER_TYPE,
    MODIFY_COLUMN,
    SET_NOT_NULL,
    DROP_NOT_NULL,
    SET_DEFAULT,
    DROP_DEFAULT,
    ADD_CHECK,
    ADD_UNIQUE,
    ADD_UNIQUE_USING_INDEX,
    ADD_PRIMARY_KEY,
    ADD_FOREIGN_KEY,
    VALIDATE,
    DROP_CONSTRAINT,
    DROP_FOREIGN_KEY,
    DROP_PRIMARY_KEY,
    DROP_INDEX,
    RENAME_CONSTRAINT,
    RENAME_INDEX,
    CREATE_INDEX,
    UPDATE,
    OTHER
  }

  /** A foreign key named in a statement. */
  record ForeignKeyRef(String name, List<String> columns, String target) {}

  Shape {
    columns = List.copyOf(columns);
    foreignKeys = List.copyOf(foreignKeys);
  }

  private static Shape of(Kind kind, String table, String name) {
    return new Shape(kind, table, name, null, null, List.of(), List.of(), false, false, false);
  }

  Shape withTarget(String newTarget) {
    return new Shape(kind, table, name, newTarget, detail, columns, foreignKeys, notValid, concurrently, unique);
  }

  Shape withDetail(String newDetail) {
    return new Shape(kind, table, name, target, newDetail, columns, foreignKeys, notValid, concurrently, unique);
  }

  /** Reads a statement; {@code backslashEscapes} as in {@link SqlText#statements}. */
  static Shape parse(String sql, boolean backslashEscapes) {
    Cursor c = new Cursor(sql, SqlText.tokens(sql, backslashEscapes));
    if (c.accept("SET") || c.accept("RESET")) {
      return of(Kind.SESSION, null, null);
    }
    if (c.accept("CREATE", "TABLE")) {
      String table = c.name();
      return new Shape(Kind.CREATE_TABLE, table, null, null, null, List.of(), c.foreignKeys(), false, false, false);
    }
    if (c.accept("DROP", "TABLE")) {
      return of(Kind.DROP_TABLE, c.name(), null);
    }
    if (c.accept("RENAME", "TABLE")) {
      String table = c.name();
      c.accept("TO");
      return of(Kind.RENAME_TABLE, table, null).withTarget(c.name());
    }
    if (c.accept("CREATE")) {
      boolean unique = c.accept("UNIQUE");
      if (c.accept("INDEX")) {
        boolean concurrently = c.accept("CONCURRENTLY");
        String index = c.name();
        c.accept("ON");
        String table = c.name();
        return new Shape(Kind.CREATE_INDEX, table, index, null, null, c.nameList(), List.of(), false, concurrently, unique);
      }
      return of(Kind.OTHER, null, null);
    }
    if (c.accept("DROP", "INDEX")) {
      String index = c.name();
      String table = c.accept("ON") ? c.name() : null;
      return of(Kind.DROP_INDEX, table, index);
    }
    if (c.accept("ALTER", "INDEX")) {
      String index = c.name();
      c.accept("RENAME", "TO");
      return of(Kind.RENAME_INDEX, null, index).withTarget(c.name());
    }
    if (c.accept("UPDATE")) {
      String table = c.name();
      c.accept("SET");
      String column = c.name();
      return of(Kind.UPDATE, table, column).withDetail(c.rest());
    }
    if (c.accept("ALTER", "TABLE")) {
      return alterTable(c, c.name());
    }
    return of(Kind.OTHER, null, null);
  }

  private static Shape alterTable(Cursor c, String table) {
    if (c.accept("RENAME", "TO")) {
      return of(Kind.RENAME_TABLE, table, null).withTarget(c.name());
    }
    for (Kind rename : List.of(Kind.RENAME_COLUMN, Kind.RENAME_CONSTRAINT, Kind.RENAME_INDEX)) {
      if (c.accept("RENAME", rename.name().substring("RENAME_".length()))) {
        String name = c.name();
        c.accept("TO");
        return of(rename, table, name).withTarget(c.name());
      }
    }
    if (c.accept("ADD", "COLUMN")) {
      return of(Kind.ADD_COLUMN, table, c.name()).withDetail(c.rest());
    }
    if (c.accept("DROP", "COLUMN")) {
      return of(Kind.DROP_COLUMN, table, c.name());
    }
    if (c.accept("MODIFY", "COLUMN")) {
      return of(Kind.MODIFY_COLUMN, table, c.name()).withDetail(c.rest());
    }
    if (c.accept("ALTER", "COLUMN")) {
      String column = c.name();
      if (c.accept("RENAME", "TO")) {
        return of(Kind.RENAME_COLUMN, table, column).withTarget(c.name());
      }
      if (c.accept("SET", "NOT", "NULL")) {
        return of(Kind.SET_NOT_NULL, table, column);
      }
      if (c.accept("DROP", "NOT", "NULL")) {
        return of(Kind.DROP_NOT_NULL, table, column);
      }
      if (c.accept("SET", "DEFAULT")) {
        return of(Kind.SET_DEFAULT, table, column).withDetail(c.rest());
      }
      if (c.accept("DROP", "DEFAULT")) {
        return of(Kind.DROP_DEFAULT, table, column);
      }
      if (c.accept("SET", "DATA", "TYPE") || c.accept("TYPE")) {
        String rest = c.rest();
        int using = rest.indexOf(" USING ");
        return of(Kind.ALTER_TYPE, table, column).withDetail(using < 0 ? rest : rest.substring(0, using));
      }
      return of(Kind.OTHER, table, column);
    }
    if (c.accept("ADD", "CONSTRAINT")) {
      String constraint = c.name();
      if (c.accept("CHECK")) {
        String rest = c.rest();
        boolean notValid = rest.endsWith(" NOT VALID");
        String expression = notValid ? rest.substring(0, rest.length() - " NOT VALID".length()) : rest;
        return new Shape(Kind.ADD_CHECK, table, constraint, null, expression, List.of(), List.of(), notValid, false, false);
      }
      if (c.accept("UNIQUE", "USING", "INDEX")) {
        return of(Kind.ADD_UNIQUE_USING_INDEX, table, constraint).withTarget(c.name());
      }
      if (c.accept("UNIQUE")) {
        return new Shape(Kind.ADD_UNIQUE, table, constraint, null, null, c.nameList(), List.of(), false, false, true);
      }
      if (c.accept("PRIMARY", "KEY")) {
        return new Shape(Kind.ADD_PRIMARY_KEY, table, constraint, null, null, c.nameList(), List.of(), false, false, true);
      }
      if (c.accept("FOREIGN", "KEY")) {
        List<String> columns = c.nameList();
        c.accept("REFERENCES");
        String target = c.name();
        boolean notValid = c.rest().endsWith("NOT VALID");
        return new Shape(Kind.ADD_FOREIGN_KEY, table, constraint, target, null, columns,
            List.of(new ForeignKeyRef(constraint, columns, target)), notValid, false, false);
      }
      return of(Kind.OTHER, table, constraint);
    }
    if (c.accept("VALIDATE", "CONSTRAINT")) {
      return of(Kind.VALIDATE, table, c.name());
    }
    if (c.accept("DROP", "CONSTRAINT")) {
      return of(Kind.DROP_CONSTRAINT, table, c.name());
    }
    if (c.accept("DROP", "FOREIGN", "KEY")) {
      return of(Kind.DROP_FOREIGN_KEY, table, c.name());
    }
    if (c.accept("DROP", "PRIMARY", "KEY")) {
      return of(Kind.DROP_PRIMARY_KEY, table, null);
    }
    if (c.accept("DROP", "INDEX")) {
      return of(Kind.DROP_INDEX, table, c.name());
    }
    return of(Kind.OTHER, table, null);
  }

  /** Walks the tokens of a statement. */
  private static final class Cursor {
    private final String sql;
    private final List<Token> tokens;
    private int at;

    Cursor(String sql, List<Token> tokens) {
      this.sql = sql;
      this.tokens = tokens;
    }

    /** Consumes the words if they come next, all of them. */
    boolean accept(String... words) {
      for (int i = 0; i < words.length; i++) {
        if (at + i >= tokens.size() || !tokens.get(at + i).is(words[i])) {
          return false;
        }
      }
      at += words.length;
      return true;
    }

    /** The next quoted name, or null. */
    String name() {
      if (at < tokens.size() && tokens.get(at).type() == Token.Type.NAME) {
        return tokens.get(at++).text();
      }
      return null;
    }

    /** A parenthesized list of quoted names, {@code ("a", "b")}. */
    List<String> nameList() {
      List<String> names = new ArrayList<>();
      if (at < tokens.size() && tokens.get(at).isSymbol('(')) {
        at++;
        while (at < tokens.size() && !tokens.get(at).isSymbol(')')) {
          Token token = tokens.get(at++);
          if (token.type() == Token.Type.NAME) {
            names.add(token.text());
          }
        }
        at++;
      }
      return names;
    }

    /** The statement's text after the current token. */
    String rest() {
      return at < tokens.size() ? sql.substring(tokens.get(at).start()).strip() : "";
    }

    /** Every {@code CONSTRAINT "n" FOREIGN KEY (...) REFERENCES "t"} from here on. */
    List<ForeignKeyRef> foreignKeys() {
      List<ForeignKeyRef> keys = new ArrayList<>();
      while (at < tokens.size()) {
        if (accept("CONSTRAINT")) {
          String constraint = name();
          if (accept("FOREIGN", "KEY")) {
            List<String> columns = nameList();
            accept("REFERENCES");
            keys.add(new ForeignKeyRef(constraint, columns, name()));
          }
        } else {
          at++;
        }
      }
      return keys;
    }
  }
}
