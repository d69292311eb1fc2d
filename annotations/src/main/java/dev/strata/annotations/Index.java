package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A (non-unique) index. On a record component it covers that column; on the record it covers the
 * components named in {@link #columns()}, in that order. For a unique index use {@link Unique}.
 *
 * <pre>{@code
 * @Index(columns = {"authorId", "createdAt"})
 * record Post(@Id long id, @Index String slug, long authorId, Instant createdAt) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Index.List.class)
public @interface Index {

  /** On a record: the record components (Java names) the index covers. Empty on a component. */
  String[] columns() default {};

  /** The index name. Empty means a deterministic name: {@code <table>_<columns>_idx}. */
  String name() default "";

  /** Holds repeated {@link Index} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
  @interface List {
    Index[] value();
  }
}
