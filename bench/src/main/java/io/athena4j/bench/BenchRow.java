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
 * {@link MixedRows}. Every value is a function of the id ({@link #of}), so what is read back can be checked. Scenario 5
 * inserts ids from 0; scenario 6 reads its own rows from {@link #READ_FIRST_ID}, written by {@link #insertSql}.
 */
@Entity
@Immutable
@Table(name = "bench_rows")
@AthenaTable(format = StorageFormat.PARQUET)
public class BenchRow
{
    /** Scenario 6's rows start here, above every id scenario 5 inserts. */
    static final long READ_FIRST_ID = 2_000_000_000L;

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

    /** Rows {@code firstId..firstId+rows-1} with the values of {@link #of}, computed by Trino; {@code rows} a multiple of 1,000. */
    static String insertSql(long firstId, int rows)
    {
        return "INSERT INTO " + HibernateBench.TABLE + " (id, name, quantity, score, amount, flagged, sale_day, happened_at)\n" + """
                SELECT id,
                       'customer-' || CAST(id % 5000 AS varchar),
                       CAST(id % 100000 AS integer),
                       id * 0.25e0,
                       CAST(CAST(id % 1000000 AS decimal(12, 2)) / 100 AS decimal(12, 2)),
                       id % 3 = 0,
                       date_add('day', id % 3650, DATE '2020-01-01'),
                       date_add('millisecond', id * 1001, TIMESTAMP '2024-01-01 00:00:00.000')
                """ + "FROM (SELECT id + " + firstId + " AS id FROM (" + MixedRows.ids(rows) + "))";
    }

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

    /** Whether every attribute equals {@code other}'s. */
    boolean sameValues(BenchRow other)
    {
        return id == other.id && name.equals(other.name) && quantity == other.quantity && score == other.score
                && amount.compareTo(other.amount) == 0 && flagged == other.flagged && day.equals(other.day) && happenedAt.equals(other.happenedAt);
    }

    @Override
    public String toString()
    {
        return "BenchRow[" + id + ", " + name + ", " + quantity + ", " + score + ", " + amount + ", " + flagged + ", " + day + ", " + happenedAt + "]";
    }
}
