package io.athena4j.it.guide;

import io.athena4j.types.AthenaArray;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.List;

// docs/types.md
@Entity @Immutable @Table(name = "orders")
public class Order {
    @Id @Column(name = "order_id") Integer orderId;
    Short priority;                                             // smallint
    @AthenaArray List<LineItem> items;                          // array<struct<product_id:int,quantity:int,price:decimal(8,2)>>
}
