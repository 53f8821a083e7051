package io.athena4j.bench;

import io.athena4j.hibernate.AthenaTable;
import io.athena4j.hibernate.StorageFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The entity of scenarios 5 and 6: an insert-only Hive table of Parquet files with the scalar types of
 * {@link MixedRows}. Every value is a function of the id ({@link #of}), so what is read back can be checked.
 */
@Entity
@Immutable
@Table(name = "bench_rows")
@AthenaTable(format = StorageFormat.PARQUET)
public class BenchRow
{
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final LocalDateTime FIRST_TIME = LocalDateTime.of(2024, 1, 1, 0, 0);

    @Id
    long id;

    String name;

    int quantity;

    double score;

    @Column(precision = 12, scale = 2)
    BigDecimal amount;

    boolean flagged;

    @Column(name = "sale_day")
    LocalDate day;

    @Column(name = "happened_at")
    LocalDateTime happenedAt;

    protected BenchRow() {}

    static BenchRow of(long id)
    {
        BenchRow row = new BenchRow();
        row.id = id;
        row.name = "customer-" + id % 5000;
        row.quantity = (int) (id % 100_000);
        row.score = id * 0.25;
        row.amount = BigDecimal.valueOf(id % 1_000_000, 2).setScale(2, RoundingMode.UNNECESSARY);
        row.flagged = id % 3 == 0;
        row.day = FIRST_DAY.plusDays(id % 3650);
        row.happenedAt = FIRST_TIME.plusNanos(id * 1_001_000_000L);
        return row;
    }
}
