package io.athena4j.bench;

import io.athena4j.hibernate.AthenaTable;
import io.athena4j.hibernate.StorageFormat;
import io.athena4j.types.AthenaArray;
import io.athena4j.types.AthenaMap;
import io.athena4j.types.AthenaStruct;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The entity of scenario 6's complex case: scalars next to a STRUCT (a record), an ARRAY and a MAP, in a Hive Parquet
 * table that one {@code INSERT … SELECT} fills ({@link #insertSql}). Every value is a function of the id ({@link #of}),
 * and the SQL computes the same function, so what Hibernate reads back can be checked value by value.
 */
@Entity
@Immutable
@Table(name = "bench_complex_rows")
@AthenaTable(format = StorageFormat.PARQUET)
public class BenchComplexRow
{
    static final String TABLE = HibernateBench.DATABASE + ".bench_complex_rows";
    static final String COLUMNS = "id, name, quantity, amount, happened_at, address, scores, counters";
    private static final LocalDateTime FIRST_TIME = LocalDateTime.of(2024, 1, 1, 0, 0);

    @Id
    long id;

    String name;

    int quantity;

    @Column(precision = 12, scale = 2)
    BigDecimal amount;

    @Column(name = "happened_at")
    LocalDateTime happenedAt;

    @AthenaStruct
    BenchAddress address;

    @AthenaArray
    List<Integer> scores;

    @AthenaMap
    Map<String, Long> counters;

    protected BenchComplexRow() {}

    static BenchComplexRow of(long id)
    {
        BenchComplexRow row = new BenchComplexRow();
        row.id = id;
        row.name = "customer-" + id % 5000;
        row.quantity = (int) (id % 100_000);
        row.amount = BigDecimal.valueOf(id % 1_000_000, 2);
        row.happenedAt = FIRST_TIME.plusNanos(id * 1_001_000_000L);
        row.address = new BenchAddress("street " + id % 977, "city-" + id % 50, (int) (10_000 + id % 90_000));
        row.scores = List.of((int) (id % 7), (int) (id % 11), (int) (id % 13), (int) (id % 17));
        row.counters = Map.of("visits", id % 1000, "orders", id % 10);
        return row;
    }

    /** Rows {@code 0..rows-1} with the values of {@link #of}, computed by Trino; {@code rows} a multiple of 1,000. */
    static String insertSql(int rows)
    {
        return "INSERT INTO " + TABLE + " (" + COLUMNS + ")\n" + """
                SELECT id,
                       'customer-' || CAST(id % 5000 AS varchar),
                       CAST(id % 100000 AS integer),
                       CAST(CAST(id % 1000000 AS decimal(12, 2)) / 100 AS decimal(12, 2)),
                       date_add('millisecond', id * 1001, TIMESTAMP '2024-01-01 00:00:00.000'),
                       CAST(ROW('street ' || CAST(id % 977 AS varchar), 'city-' || CAST(id % 50 AS varchar), CAST(10000 + id % 90000 AS integer))
                            AS ROW(street varchar, city varchar, zip integer)),
                       ARRAY[CAST(id % 7 AS integer), CAST(id % 11 AS integer), CAST(id % 13 AS integer), CAST(id % 17 AS integer)],
                       CAST(MAP(ARRAY['visits', 'orders'], ARRAY[id % 1000, id % 10]) AS map(varchar, bigint))
                FROM (""" + MixedRows.ids(rows) + ")";
    }

    /** Whether every attribute equals {@code other}'s. */
    boolean sameValues(BenchComplexRow other)
    {
        return id == other.id && name.equals(other.name) && quantity == other.quantity && amount.compareTo(other.amount) == 0
                && happenedAt.equals(other.happenedAt) && address.equals(other.address) && scores.equals(other.scores)
                && counters.equals(other.counters);
    }

    @Override
    public String toString()
    {
        return "BenchComplexRow[" + id + ", " + name + ", " + quantity + ", " + amount + ", " + happenedAt + ", " + address + ", " + scores + ", "
                + counters + "]";
    }
}
