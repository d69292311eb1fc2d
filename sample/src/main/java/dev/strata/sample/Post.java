package dev.strata.sample;

import dev.strata.annotations.Column;
import dev.strata.annotations.Default;
import dev.strata.annotations.DefaultNow;
import dev.strata.annotations.Id;
import dev.strata.annotations.Identity;
import dev.strata.annotations.Index;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;
import dev.strata.annotations.Table;
import dev.strata.annotations.Unique;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A blog post. A post's slug is unique per author. */
@Table("posts")
@Unique(columns = {"authorId", "slug"})
@Index(columns = {"status", "createdAt"})
public record Post(
    @Id @Identity long id,
    @References(value = Author.class, onDelete = ReferentialAction.CASCADE) long authorId,
    @Column(length = 200) String title,
    @Column(length = 200) String slug,
    @Nullable String content,
    @Default("DRAFT") PostStatus status,
    @DefaultNow Instant createdAt,
    @Nullable @Column(length = 500) String summary) {}
