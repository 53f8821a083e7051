package io.athena4j.it;

import io.athena4j.types.AthenaArray;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.List;

/** The seed's {@code customers} table seen wrongly: {@code preferences} is a map there, not an array. */
@Entity
@Immutable
@Table(name = "customers")
public class MismatchedCustomer
{
    @Id
    @Column(name = "customer_id")
    Integer customerId;

    @AthenaArray
    List<String> preferences;
}
