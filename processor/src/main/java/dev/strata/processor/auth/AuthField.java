package dev.strata.processor.auth;

import java.util.List;

/**
 * One field of a Better Auth table, with the attributes of its {@code DBFieldAttribute} that shape the
 * database: what {@code getAuthTables} returns for it.
 *
 * @param name the field's key (and default column name), e.g. {@code emailVerified}
 * @param type the logical type
 * @param required NOT NULL ({@code required !== false})
 * @param unique a unique column
 * @param index an index on the column (ignored when unique, as Better Auth does)
 * @param defaultValue an app-level default: a canonical literal, {@link #NOW} for a function default, or null
 * @param onUpdate whether Better Auth sets it on update (no database effect)
 * @param references the referenced table key and field, or null
 * @param onDelete the referential action, null meaning Better Auth's default (cascade)
 * @param bigint {@code bigint: true}
 * @param sortable {@code sortable: true}
 * @param secret whether the value is a credential: left out of the row record's {@code toString()}
 * @param enumValues the values of a string enum type
 * @param column the physical column name when renamed ({@code fieldName}), or null
 * @param databaseDefault whether a static default is also the column's database default (true for the
 *     additional fields declared in Java; Better Auth's own static defaults live in its code only)
 */
public record AuthField(
    String name,
    Type type,
    boolean required,
    boolean unique,
    boolean index,
    String defaultValue,
    boolean onUpdate,
    String references,
    String referencedField,
    String onDelete,
    boolean bigint,
    boolean sortable,
    boolean secret,
    List<String> enumValues,
    String column,
    boolean databaseDefault) {

  /** The default value of a field whose default is a function (in practice {@code () => new Date()}). */
  public static final String NOW = "\u0000now";

  /** Better Auth's field types. */
  public enum Type {
    STRING,
    NUMBER,
    BOOLEAN,
    DATE,
    JSON,
    STRING_ARRAY,
    NUMBER_ARRAY,
    ENUM
  }

  public AuthField {
    enumValues = List.copyOf(enumValues);
  }

  public static AuthField of(String name, Type type) {
    return new AuthField(name, type, true, false, false, null, false, null, null, null, false, false, false, List.of(), null, false);
  }

  public AuthField optional() {
    return new AuthField(name, type, false, unique, index, defaultValue, onUpdate, references, referencedField, onDelete, bigint, sortable, secret, enumValues, column, databaseDefault);
  }

  public AuthField required(boolean value) {
    return new AuthField(name, type, value, unique, index, defaultValue, onUpdate, references, referencedField, onDelete, bigint, sortable, secret, enumValues, column, databaseDefault);
  }

  public AuthField withUnique() {
    return new AuthField(name, type, required, true, index, defaultValue, onUpdate, references, referencedField, onDelete, bigint, sortable, secret, enumValues, column, databaseDefault);
  }

  public AuthField withIndex() {
    return new AuthField(name, type, required, unique, true, defaultValue, onUpdate, references, referencedField, onDelete, bigint, sortable, secret, enumValues, column, databaseDefault);
  }

  public AuthField def(String value) {
    return new AuthField(name, type, required, unique, index, value, onUpdate, references, referencedField, onDelete, bigint, sortable, secret, enumValues, column, databaseDefault);
  }

  public AuthField defNow() {
    return def(NOW);
  }

  public AuthField withOnUpdate() {
    return new AuthField(name, type, required, unique, index, defaultValue, true, references, referencedField, onDelete, bigint, sortable, secret, enumValues, column, databaseDefault);
  }

  public AuthField references(String model, String field, String action) {
    return new AuthField(name, type, required, unique, index, defaultValue, onUpdate, model, field, action, bigint, sortable, secret, enumValues, column, databaseDefault);
  }

  public AuthField withBigint() {
    return new AuthField(name, type, required, unique, index, defaultValue, onUpdate, references, referencedField, onDelete, true, sortable, secret, enumValues, column, databaseDefault);
  }

  public AuthField withSortable() {
    return new AuthField(name, type, required, unique, index, defaultValue, onUpdate, references, referencedField, onDelete, bigint, true, secret, enumValues, column, databaseDefault);
  }

  public AuthField withSecret() {
    return new AuthField(name, type, required, unique, index, defaultValue, onUpdate, references, referencedField, onDelete, bigint, sortable, true, enumValues, column, databaseDefault);
  }

  public AuthField enumOf(List<String> values) {
    return new AuthField(name, Type.ENUM, required, unique, index, defaultValue, onUpdate, references, referencedField, onDelete, bigint, sortable, secret, values, column, databaseDefault);
  }

  public AuthField column(String physical) {
    return new AuthField(name, type, required, unique, index, defaultValue, onUpdate, references, referencedField, onDelete, bigint, sortable, secret, enumValues, physical, databaseDefault);
  }

  public AuthField databaseDefault(boolean value) {
    return new AuthField(name, type, required, unique, index, defaultValue, onUpdate, references, referencedField, onDelete, bigint, sortable, secret, enumValues, column, value);
  }

  /** The column name before any naming convention: the rename, or the field's key. */
  public String fieldName() {
    return column != null ? column : name;
  }

  /** Whether the field has a function default ({@code () => new Date()}). */
  public boolean defaultsToNow() {
    return NOW.equals(defaultValue);
  }
}
