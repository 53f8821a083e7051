package io.athena4j.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A Hive table of Parquet files, partitioned by day: insert-only. */
@Entity
@Immutable
@Table(name = "page_views", comment = "Page views, one row per hit; it's append-only")
@AthenaTable(format = StorageFormat.PARQUET, partitionedBy = "dt", compression = "SNAPPY",
        tableProperties = @AthenaTable.Property(name = "classification", value = "parquet"))
public class PageView
{
    @Id
    String id;

    @Column(name = "customer_id")
    String customerId;

    @Column(comment = "The path, without the query string")
    String url;

    @Column(name = "duration_ms")
    Long durationMs;

    boolean bounced;

    @Column(name = "viewed_at")
    LocalDateTime viewedAt;

    LocalDate dt;

    protected PageView() {}

    PageView(String id, String customerId, String url, long durationMs, boolean bounced, LocalDateTime viewedAt)
    {
        this.id = id;
        this.customerId = customerId;
        this.url = url;
        this.durationMs = durationMs;
        this.bounced = bounced;
        this.viewedAt = viewedAt;
        this.dt = viewedAt.toLocalDate();
    }
}
