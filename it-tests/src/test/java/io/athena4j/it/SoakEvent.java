package io.athena4j.it;

import io.athena4j.hibernate.AthenaTable;
import io.athena4j.hibernate.StorageFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An append-only Hive table of Parquet files, written and paged by the concurrency soak. */
@Entity
@Immutable
@Table(name = "soak_events")
@AthenaTable(format = StorageFormat.PARQUET)
public class SoakEvent
{
    @Id
    String id;

    @Column(name = "worker")
    int worker;

    @Column(name = "seq")
    int seq;

    String payload;

    @Column(precision = 38, scale = 10)
    BigDecimal amount;

    @Column(name = "happened_at")
    LocalDateTime happenedAt;

    protected SoakEvent() {}

    SoakEvent(int worker, int seq, String payload, BigDecimal amount, LocalDateTime happenedAt)
    {
        this.id = worker + "-" + seq;
        this.worker = worker;
        this.seq = seq;
        this.payload = payload;
        this.amount = amount;
        this.happenedAt = happenedAt;
    }
}
