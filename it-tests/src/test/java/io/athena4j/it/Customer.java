package io.athena4j.it;

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

/** The seed's {@code customers} table: a Hive table, insert-only. */
@Entity
@Immutable
@Table(name = "customers")
public class Customer
{
    @Id
    @Column(name = "customer_id")
    Integer customerId;

    String name;

    String email;

    /** tinyint: Hibernate's default for Byte. */
    Byte age;

    @Column(name = "is_active")
    Boolean isActive;

    @Column(name = "created_at")
    LocalDateTime createdAt;

    @Column(name = "total_spent", precision = 10, scale = 2)
    BigDecimal totalSpent;

    @AthenaMap
    Map<String, String> preferences;

    @AthenaArray
    @Column(name = "order_history")
    List<Integer> orderHistory;

    @AthenaStruct
    Profile profile;

    protected Customer() {}

    Customer(Integer customerId, String name, String email, Byte age, Boolean isActive, LocalDateTime createdAt, BigDecimal totalSpent,
            Map<String, String> preferences, List<Integer> orderHistory, Profile profile)
    {
        this.customerId = customerId;
        this.name = name;
        this.email = email;
        this.age = age;
        this.isActive = isActive;
        this.createdAt = createdAt;
        this.totalSpent = totalSpent;
        this.preferences = preferences;
        this.orderHistory = orderHistory;
        this.profile = profile;
    }
}
