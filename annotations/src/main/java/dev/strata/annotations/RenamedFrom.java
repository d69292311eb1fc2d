package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a rename, so the next migration renames the table or column (keeping its data) instead of
 * dropping one and creating another. On a record: its table's former name; on a component: its column's
 * former name.
 *
 * <pre>{@code
 * @Table("articles") @RenamedFrom("posts")
 * record Article(@Id long id, @RenamedFrom("summary") String abstractText) {}
 * }</pre>
 *
 * <p>Once the migration that performs the rename is released the annotation has done its work; it may
 * stay (it is ignored when the former name no longer exists) or be removed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT})
public @interface RenamedFrom {

  /** The former name(s), most recent last. */
  String[] value();
}
