package io.athena4j.examples;

import io.athena4j.hibernate.AthenaTable;
import io.athena4j.hibernate.StorageFormat;
import io.athena4j.hibernate.TableType;
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

/**
 * A Hive table in Parquet, partitioned by country. Hive tables are insert-only in Athena, hence {@link Immutable}
 * (the dialect refuses a mutable Hive entity at boot).
 */
@Entity
@Immutable
@Table(name = "customers")
@AthenaTable(type = TableType.HIVE, format = StorageFormat.PARQUET, compression = "SNAPPY", partitionedBy = "country")
public class Customer
{
    @Id
    @Column(name = "customer_id")
    Integer customerId;

    String name;

    String email;

    /** Athena {@code tinyint}: Hibernate's own mapping of {@code Byte}. */
    Byte age;

    boolean active;

    @Column(name = "signed_up")
    LocalDateTime signedUp;

    @Column(name = "total_spent", precision = 10, scale = 2)
    BigDecimal totalSpent;

    /** {@code map<string,string>} */
    @AthenaMap
    Map<String, String> preferences;

    /** {@code array<int>} */
    @AthenaArray
    @Column(name = "order_history")
    List<Integer> orderHistory;

    /** {@code struct<address:string,phone:string,preferences:map<string,string>>} */
    @AthenaStruct
    Profile profile;

    String country;

    protected Customer() {}

    Customer(Integer customerId, String name, String email, Byte age, boolean active, LocalDateTime signedUp, BigDecimal totalSpent,
            Map<String, String> preferences, List<Integer> orderHistory, Profile profile, String country)
    {
        this.customerId = customerId;
        this.name = name;
        this.email = email;
        this.age = age;
        this.active = active;
        this.signedUp = signedUp;
        this.totalSpent = totalSpent;
        this.preferences = preferences;
        this.orderHistory = orderHistory;
        this.profile = profile;
        this.country = country;
    }
}
