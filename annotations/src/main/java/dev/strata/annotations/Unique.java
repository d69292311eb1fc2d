package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique constraint. On a record component it covers that column; on the record it covers the
 * components named in {@link #columns()}, in that order.
 *
 * <pre>{@code
 * @Unique(columns = {"authorId", "slug"})
 * record Post(@Id long id, long authorId, @Unique String permalink, String slug) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Unique.List.class)
public @interface Unique {

  /** On a record: the record components (Java names) the constraint covers. Empty on a component. */
  String[] columns() default {};

  /** The constraint name. Empty means a deterministic name: {@code <table>_<columns>_key}. */
  String name() default "";

  /** Holds repeated {@link Unique} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
  @interface List {
    Unique[] value();
  }
}
