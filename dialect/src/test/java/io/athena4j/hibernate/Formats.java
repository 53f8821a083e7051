package io.athena4j.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One small insert-only table per storage format and table option the exporter writes. */
final class Formats
{
    private Formats() {}

    @Entity(name = "OrcEvent")
    @Immutable
    @Table(name = "orc_events")
    @AthenaTable(format = StorageFormat.ORC, compression = "ZLIB")
    static class OrcEvent
            extends Event {}

    @Entity(name = "AvroEvent")
    @Immutable
    @Table(name = "avro_events")
    @AthenaTable(format = StorageFormat.AVRO)
    static class AvroEvent
            extends Event {}

    @Entity(name = "JsonEvent")
    @Immutable
    @Table(name = "json_events")
    @AthenaTable(format = StorageFormat.JSON, compression = "GZIP")
    static class JsonEvent
            extends Event {}

    @Entity(name = "CsvEvent")
    @Immutable
    @Table(name = "csv_events", comment = "Comma-separated; it's text")
    @AthenaTable(format = StorageFormat.TEXTFILE, rowFormat = "DELIMITED FIELDS TERMINATED BY ','",
            tableProperties = @AthenaTable.Property(name = "skip.header.line.count", value = "0"))
    static class CsvEvent
            extends Event {}

    @Entity(name = "BucketedEvent")
    @Immutable
    @Table(name = "bucketed_events")
    @AthenaTable(format = StorageFormat.PARQUET, bucketedBy = "id", buckets = 4, partitionedBy = "kind")
    static class BucketedEvent
            extends Event {}

    @Entity(name = "IcebergOrcEvent")
    @Table(name = "iceberg_orc_events")
    @AthenaTable(type = TableType.ICEBERG, format = StorageFormat.ORC, partitionedBy = "kind", compression = "ZSTD")
    static class IcebergOrcEvent
            extends Event {}

    @jakarta.persistence.MappedSuperclass
    abstract static class Event
    {
        @Id
        String id;
        String kind;
        Long amount;
    }
}
