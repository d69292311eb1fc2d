package dev.strata.sample;

import dev.strata.annotations.Schema;

/** The blog's schema: the auth tables of {@link AppAuth} and every application table, named once. */
@Schema(auth = AppAuth.class, tables = {Author.class, Post.class, Comment.class, Tag.class, PostTag.class}, released = 4)
public interface BlogSchema {}
