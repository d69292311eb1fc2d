package dev.strata.sample;

import dev.strata.annotations.Check;
import dev.strata.annotations.DefaultNow;
import dev.strata.annotations.Id;
import dev.strata.annotations.Identity;
import dev.strata.annotations.Index;
import dev.strata.annotations.References;
import dev.strata.annotations.RenamedFrom;
import dev.strata.annotations.ReferentialAction;
import dev.strata.annotations.Table;
import java.time.Instant;

/** A reader's comment on a post; a post's comments are listed in order of writing. */
@Table("comments")
@Index(columns = {"postId", "createdAt"})
public record Comment(
    @Id @Identity long id,
    @References(value = Post.class, onDelete = ReferentialAction.CASCADE) long postId,
    @RenamedFrom("author_name") String commenterName,
    @Check("char_length(body) > 0") String body,
    @DefaultNow Instant createdAt) {}
