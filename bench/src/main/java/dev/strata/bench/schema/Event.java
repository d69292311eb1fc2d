package dev.strata.bench.schema;

import dev.strata.annotations.Column;
import dev.strata.annotations.Id;
import dev.strata.annotations.Identity;
import dev.strata.annotations.Index;
import dev.strata.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The row the accessor benchmarks read and write: twelve columns of the types applications use most
 * (identity key, text with and without a length, nullable text, int, nullable long, double, boolean,
 * numeric, enum, instant, date).
 */
@Table("events")
@Index(columns = {"kind", "occurredAt"})
public record Event(
    @Id @Identity long id,
    long accountId,
    @Column(length = 100) String name,
    @Nullable String note,
    int quantity,
    @Nullable Long amountCents,
    double score,
    boolean active,
    @Column(precision = 12, scale = 2) BigDecimal price,
    EventKind kind,
    Instant occurredAt,
    LocalDate day) {}
