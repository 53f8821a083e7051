package io.athena4j.examples;

import io.athena4j.hibernate.AthenaTable;
import io.athena4j.hibernate.TableType;
import io.athena4j.types.AthenaArray;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An Iceberg table, partitioned by month: Iceberg tables take UPDATE, DELETE and MERGE, so this entity is mutable. */
@Entity
@Table(name = "orders")
@AthenaTable(type = TableType.ICEBERG, partitionTransforms = "month(order_date)")
public class Order
{
    @Id
    @Column(name = "order_id")
    Integer orderId;

    @Column(name = "customer_id")
    Integer customerId;

    @Column(name = "order_date")
    LocalDate orderDate;

    @Column(precision = 10, scale = 2)
    BigDecimal amount;

    String status;

    /** {@code array<struct<product_id:int,quantity:int,price:decimal(8,2)>>} */
    @AthenaArray
    List<LineItem> items;

    protected Order() {}

    Order(Integer orderId, Integer customerId, LocalDate orderDate, BigDecimal amount, String status, List<LineItem> items)
    {
        this.orderId = orderId;
        this.customerId = customerId;
        this.orderDate = orderDate;
        this.amount = amount;
        this.status = status;
        this.items = items;
    }
}
