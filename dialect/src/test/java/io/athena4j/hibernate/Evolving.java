package io.athena4j.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Versions of one Hive and one Iceberg table for {@code hbm2ddl=validate} and {@code update}: version 1 creates the
 * tables with a column of every scalar type the dialect maps, version 2 adds a field, and the mismatches name a
 * missing column or change a column's type.
 */
final class Evolving
{
    private Evolving() {}

    /** Every scalar type a Hive table column takes. */
    @MappedSuperclass
    abstract static class HiveColumns
    {
        @Id
        String id;
        String name;
        @Column(precision = 10, scale = 2)
        BigDecimal amount;
        @Column(name = "created_at")
        LocalDateTime createdAt;
        boolean active;
        Integer quantity;
        Long total;
        Short shortValue;
        Byte tinyValue;
        Double score;
        Float ratio;
        byte[] payload;
        LocalDate day;
    }

    @Entity(name = "HiveV1")
    @Immutable
    @Table(name = "evolving_hive")
    @AthenaTable(partitionedBy = "day")
    static class HiveV1
            extends HiveColumns
    {
    }

    /** Version 2: one more column. */
    @Entity(name = "HiveV2")
    @Immutable
    @Table(name = "evolving_hive")
    @AthenaTable(partitionedBy = "day")
    static class HiveV2
            extends HiveColumns
    {
        String note;
    }

    /** The table has {@code name} as a string; this maps it as a number. */
    @Entity(name = "HiveWrongType")
    @Immutable
    @Table(name = "evolving_hive")
    static class HiveWrongType
    {
        @Id
        String id;
        Long name;
    }

    @MappedSuperclass
    abstract static class IcebergColumns
    {
        @Id
        String id;
        String name;
        @Column(precision = 10, scale = 2)
        BigDecimal amount;
        @Column(name = "created_at")
        LocalDateTime createdAt;
        boolean active;
        Integer quantity;
        Long total;
        Double score;
        Float ratio;
        LocalDate day;
    }

    @Entity(name = "IcebergV1")
    @Table(name = "evolving_iceberg")
    @AthenaTable(type = TableType.ICEBERG, partitionTransforms = "day(created_at)")
    static class IcebergV1
            extends IcebergColumns
    {
    }

    /** Version 2: one more column. */
    @Entity(name = "IcebergV2")
    @Table(name = "evolving_iceberg")
    @AthenaTable(type = TableType.ICEBERG, partitionTransforms = "day(created_at)")
    static class IcebergV2
            extends IcebergColumns
    {
        String note;
    }

    /** The table has {@code amount} as decimal(10,2); this maps it as a date. */
    @Entity(name = "IcebergWrongType")
    @Table(name = "evolving_iceberg")
    @AthenaTable(type = TableType.ICEBERG)
    static class IcebergWrongType
    {
        @Id
        String id;
        LocalDate amount;
    }
}
