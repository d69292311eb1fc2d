package com.example.shop;

import dev.strata.annotations.Check;
import dev.strata.annotations.Column;
import dev.strata.annotations.Default;
import dev.strata.annotations.DefaultNow;
import dev.strata.annotations.Id;
import dev.strata.annotations.Identity;
import dev.strata.annotations.Index;
import dev.strata.annotations.Json;
import dev.strata.annotations.References;
import dev.strata.annotations.ReferentialAction;
import dev.strata.annotations.Table;
import dev.strata.annotations.Unique;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Every supported column type, default and constraint in one table. */
@Table("items")
@Unique(columns = {"authorId", "title"})
@Index(columns = {"status", "createdAt"})
@Check("quantity >= 0 and views >= 0")
public record Item(
    @Id @Identity long id,
    @Column(length = 200) @Check("char_length(title) > 0") String title,
    @Nullable String description,
    @Json @Default("{\"tags\": []}") String attributes,
    short rank,
    @Default("1") int quantity,
    long views,
    @Default("true") boolean active,
    @Nullable Boolean featured,
    double rating,
    float weight,
    @Column(precision = 12, scale = 2) @Default("0.00") BigDecimal price,
    byte @Nullable [] thumbnail,
    @Index UUID externalId,
    @DefaultNow Instant createdAt,
    @Nullable OffsetDateTime publishedAt,
    LocalDateTime localStamp,
    LocalDate releaseDate,
    @Nullable LocalTime dailyAt,
    @Default("DRAFT") Status status,
    @Default("it's a \"quote\", a back\\slash and ünïcödé 😀") String motto,
    @References(value = Author.class, onDelete = ReferentialAction.CASCADE) long authorId,
    @Nullable @References(value = Item.class, onDelete = ReferentialAction.SET_NULL) Long parentId) {}
