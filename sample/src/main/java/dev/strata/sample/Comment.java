package dev.strata.sample;

import dev.strata.annotations.Check;
import dev.strata.annotations.DefaultNow;
import dev.strata.annotations.Id;
import dev.strata.annotations.Identity;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;
import dev.strata.annotations.Table;
import java.time.Instant;

/** A reader's comment on a post. */
@Table("comments")
public record Comment(
    @Id @Identity long id,
    @References(value = Post.class, onDelete = ReferentialAction.CASCADE) long postId,
    String authorName,
    @Check("char_length(body) > 0") String body,
    @DefaultNow Instant createdAt) {}
