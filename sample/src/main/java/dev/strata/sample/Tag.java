package dev.strata.sample;

import dev.strata.annotations.Column;
import dev.strata.annotations.Id;
import dev.strata.annotations.Identity;
import dev.strata.annotations.Table;
import dev.strata.annotations.Unique;

/** A topic posts are filed under. */
@Table("tags")
public record Tag(@Id @Identity int id, @Unique @Column(length = 50) String name) {}
