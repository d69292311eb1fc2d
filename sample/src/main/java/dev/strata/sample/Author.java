package dev.strata.sample;

import dev.strata.annotations.Column;
import dev.strata.annotations.DefaultNow;
import dev.strata.annotations.Id;
import dev.strata.annotations.Identity;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;
import dev.strata.annotations.Table;
import dev.strata.annotations.Unique;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Someone who writes posts; since V2 linked to the user who signs in as them. */
@Table("authors")
public record Author(
    @Id @Identity long id,
    @Unique @Column(length = 320) String email,
    String displayName,
    @Nullable String bio,
    @DefaultNow Instant joinedAt,
    @Nullable @Unique @References(table = "user", onDelete = ReferentialAction.SET_NULL) String userId) {}
