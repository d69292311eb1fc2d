package com.example.shop;

import dev.strata.annotations.Id;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;
import dev.strata.annotations.Table;

/** A many-to-many join table with a composite primary key. */
@Table("item_tags")
public record ItemTag(
    @Id @References(value = Item.class, onDelete = ReferentialAction.CASCADE) long itemId,
    @Id @References(value = Tag.class, onDelete = ReferentialAction.CASCADE) int tagId) {}
