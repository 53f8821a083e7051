package io.athena4j.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The seed's {@code Customer} and {@code Order} models (PyAthena's SQLAlchemy example), scalar columns only: the
 * complex columns ({@code preferences}, {@code order_history}, {@code profile}, {@code items}) are the types module's.
 */
final class Shop
{
    private Shop() {}

    @Entity(name = "ShopCustomer")
    @Immutable
    @Table(name = "customers")
    static class Customer
    {
        @Id
        @Column(name = "customer_id")
        Integer id;
        String name;
        String email;
        Byte age;
        @Column(name = "is_active")
        boolean active;
        @Column(name = "created_at")
        LocalDateTime createdAt;
        @Column(name = "total_spent", precision = 10, scale = 2)
        BigDecimal totalSpent;

        protected Customer() {}

        Customer(int id, String name, String email, int age, boolean active, LocalDateTime createdAt, String totalSpent)
        {
            this.id = id;
            this.name = name;
            this.email = email;
            this.age = (byte) age;
            this.active = active;
            this.createdAt = createdAt;
            this.totalSpent = new BigDecimal(totalSpent);
        }
    }

    @Entity(name = "ShopOrder")
    @Table(name = "orders")
    @AthenaTable(type = TableType.ICEBERG)
    static class Order
    {
        @Id
        @Column(name = "order_id")
        Integer id;
        @Column(name = "customer_id")
        Integer customerId;
        @Column(name = "order_date")
        LocalDateTime orderDate;
        @Column(precision = 10, scale = 2)
        BigDecimal amount;
        String status;

        protected Order() {}

        Order(int id, int customerId, LocalDateTime orderDate, String amount, String status)
        {
            this.id = id;
            this.customerId = customerId;
            this.orderDate = orderDate;
            this.amount = new BigDecimal(amount);
            this.status = status;
        }
    }
}
