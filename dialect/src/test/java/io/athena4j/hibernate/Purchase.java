package io.athena4j.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An Iceberg table partitioned by transforms: updatable. */
@Entity
@Table(name = "purchases")
@AthenaTable(type = TableType.ICEBERG, partitionTransforms = {"day(created_at)", "bucket(16, id)"}, compression = "ZSTD")
public class Purchase
{
    @Id
    String id;

    @Column(name = "customer_id")
    String customerId;

    @Column(precision = 12, scale = 2)
    BigDecimal amount;

    String status;

    Double score;

    @Column(name = "created_at")
    LocalDateTime createdAt;

    protected Purchase() {}

    Purchase(String id, String customerId, BigDecimal amount, String status, LocalDateTime createdAt)
    {
        this.id = id;
        this.customerId = customerId;
        this.amount = amount;
        this.status = status;
        this.score = 0.5;
        this.createdAt = createdAt;
    }
}
