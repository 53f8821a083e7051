package io.athena4j.it;

import io.athena4j.types.AthenaTinyint;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A customer whose profile is a {@code @Struct} embeddable. */
@Entity
@Immutable
@Table(name = "struct_customers")
public class StructCustomer
{
    @Id
    Integer id;

    String name;

    StructProfile profile;

    /** An Integer kept in a tinyint column. */
    @AthenaTinyint
    Integer rank;

    protected StructCustomer() {}

    StructCustomer(Integer id, String name, StructProfile profile, Integer rank)
    {
        this.id = id;
        this.name = name;
        this.profile = profile;
        this.rank = rank;
    }
}
