package io.athena4j.it.guide;

import io.athena4j.hibernate.AthenaTable;
import io.athena4j.hibernate.TableType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** docs/dialect.md: an Iceberg table with partition transforms. */
@Entity
@Table(name = "purchases")
@AthenaTable(type = TableType.ICEBERG, partitionTransforms = {"day(created_at)", "bucket(16, id)"}, compression = "ZSTD")
public class Purchase {
    @Id String id;
    @Column(name = "customer_id") String customerId;
    @Column(precision = 12, scale = 2) BigDecimal amount;
    String status;
    @Column(name = "created_at") LocalDateTime createdAt;
}
