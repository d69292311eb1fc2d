package com.example.shop;

import dev.strata.annotations.Schema;

@Schema(tables = {Author.class, Item.class, Tag.class, ItemTag.class, Order.class})
public interface ShopSchema {}
