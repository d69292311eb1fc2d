package com.example.shop;

import dev.strata.annotations.Column;
import dev.strata.annotations.Id;
import dev.strata.annotations.References;
import dev.strata.annotations.Table;
import org.jspecify.annotations.Nullable;

/** Reserved words and mixed case as names: quoted the same way in the DDL and in jOOQ. */
@Table("Order")
public record Order(
    @Id @Column(name = "select") long select,
    @Column(name = "Group") String group,
    @Nullable @Column(name = "user") @References(value = Author.class, column = "email") String user) {}
