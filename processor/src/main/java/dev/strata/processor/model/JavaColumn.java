package dev.strata.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * How a column is seen from Java: the record component (or generated row field) that holds it.
 *
 * @param component the record component name
 * @param column the database column
 * @param kind the Java type's kind
 * @param type the exact Java type (primitive or boxed, the enum class)
 * @param secret whether the value must not appear in {@code toString()} (tokens, hashes, keys)
 */
public record JavaColumn(String component, Column column, JavaKind kind, TypeName type, boolean secret) {

  public boolean primitive() {
    return type.isPrimitive();
  }
}
