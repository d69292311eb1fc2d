package com.example.blog;

import dev.strata.annotations.Id;
import dev.strata.annotations.Identity;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;
import dev.strata.annotations.Table;
import org.jspecify.annotations.Nullable;

/** An application table that references two auth tables. */
@Table("posts")
public record Post(
    @Id @Identity long id,
    @References(table = "user", onDelete = ReferentialAction.CASCADE) String authorId,
    @Nullable @References(table = "organization", onDelete = ReferentialAction.SET_NULL) String organizationId,
    String title) {}
