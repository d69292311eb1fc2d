package dev.strata.sample;

import dev.strata.annotations.Schema;

/** The blog's schema: every table, named once. */
@Schema(tables = {Author.class, Post.class, Comment.class, Tag.class, PostTag.class}, released = 1)
public interface BlogSchema {}
