package io.athena4j.it.guide;

import io.athena4j.hibernate.AthenaTable;
import io.athena4j.hibernate.StorageFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** docs/dialect.md: a partitioned Hive table. */
@Entity @Immutable
@Table(name = "page_views", comment = "One row per hit")
@AthenaTable(format = StorageFormat.PARQUET, partitionedBy = "dt", compression = "SNAPPY",
        tableProperties = @AthenaTable.Property(name = "classification", value = "parquet"))
public class PageView { @Id String id; String url; @Column(name = "viewed_at") LocalDateTime viewedAt; LocalDate dt; }
