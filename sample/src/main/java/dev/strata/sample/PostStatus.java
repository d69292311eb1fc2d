package dev.strata.sample;

/** Where a post is in its life. */
public enum PostStatus {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
