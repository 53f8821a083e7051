package io.athena4j.it;

import io.athena4j.types.AthenaArray;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** The seed's {@code orders} table, plus a smallint (Hibernate's default for Short). */
@Entity
@Immutable
@Table(name = "orders")
public class Order
{
    @Id
    @Column(name = "order_id")
    Integer orderId;

    @Column(name = "customer_id")
    Integer customerId;

    @Column(name = "order_date")
    LocalDateTime orderDate;

    @Column(precision = 10, scale = 2)
    BigDecimal amount;

    String status;

    Short priority;

    @AthenaArray
    List<LineItem> items;

    protected Order() {}

    Order(Integer orderId, Integer customerId, LocalDateTime orderDate, BigDecimal amount, String status, Short priority, List<LineItem> items)
    {
        this.orderId = orderId;
        this.customerId = customerId;
        this.orderDate = orderDate;
        this.amount = amount;
        this.status = status;
        this.priority = priority;
        this.items = items;
    }
}
