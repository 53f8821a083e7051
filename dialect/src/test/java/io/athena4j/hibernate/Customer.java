package io.athena4j.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A plain Hive table with the dialect-wide defaults: joined to page views by id. */
@Entity
@Immutable
@Table(name = "customers")
public class Customer
{
    @Id
    String id;

    String name;

    String country;

    protected Customer() {}

    Customer(String id, String name, String country)
    {
        this.id = id;
        this.name = name;
        this.country = country;
    }
}
