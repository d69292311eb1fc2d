package dev.strata.sample;

import dev.strata.annotations.Id;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;
import dev.strata.annotations.Table;

/** Which posts carry which tags: a many-to-many join table with a composite key. */
@Table("post_tags")
public record PostTag(
    @Id @References(value = Post.class, onDelete = ReferentialAction.CASCADE) long postId,
    @Id @References(value = Tag.class, onDelete = ReferentialAction.CASCADE) int tagId) {}
