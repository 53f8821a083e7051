package io.athena4j.hibernate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How {@link AthenaTableExporter} creates the table of an entity. Every member is optional; what is left out comes from
 * the dialect-wide {@link AthenaSettings}.
 *
 * <p>A partitioned Hive table of Parquet files:
 * <pre>{@code
 * @Entity @Immutable
 * @AthenaTable(format = StorageFormat.PARQUET, partitionedBy = "dt", compression = "SNAPPY")
 * class PageView { @Id String id; String url; LocalDate dt; }
 * }</pre>
 * gives {@code CREATE EXTERNAL TABLE IF NOT EXISTS `db`.`pageview` (`id` string, `url` string) PARTITIONED BY
 * (`dt` date) STORED AS PARQUET LOCATION 's3://…/db/pageview/' TBLPROPERTIES ('parquet.compression'='SNAPPY')}.
 *
 * <p>An Iceberg table partitioned by transforms:
 * <pre>{@code
 * @Entity
 * @AthenaTable(type = TableType.ICEBERG, partitionTransforms = {"day(created_at)", "bucket(16, id)"})
 * class Order { … }
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AthenaTable
{
    /** Hive or Iceberg; {@link TableType#DEFAULT} takes {@link AthenaSettings#TABLE_TYPE}. */
    TableType type() default TableType.DEFAULT;

    /** The file format; {@link StorageFormat#DEFAULT} takes {@link AthenaSettings#STORAGE_FORMAT}. */
    StorageFormat format() default StorageFormat.DEFAULT;

    /**
     * The {@code s3://} location of the table's files; empty means {@link AthenaSettings#LOCATION_PREFIX} followed by
     * {@code <schema>/<table>/}.
     */
    String location() default "";

    /**
     * Partition columns, by column name. Hive: these columns leave the column list for {@code PARTITIONED BY}.
     * Iceberg: identity partitions, rendered before {@link #partitionTransforms()}.
     */
    String[] partitionedBy() default {};

    /** Iceberg partition transforms, e.g. {@code "day(created_at)"}, {@code "bucket(16, id)"}, {@code "truncate(4, name)"}. */
    String[] partitionTransforms() default {};

    /** Hive bucketing columns ({@code CLUSTERED BY}); needs {@link #buckets()}. */
    String[] bucketedBy() default {};

    /** The number of Hive buckets ({@code INTO n BUCKETS}); 0 means not bucketed. */
    int buckets() default 0;

    /** Hive {@code ROW FORMAT} clause body, e.g. {@code SERDE 'org.openx.data.jsonserde.JsonSerDe'}; empty: the format's default. */
    String rowFormat() default "";

    /** Hive {@code WITH SERDEPROPERTIES}. */
    Property[] serdeProperties() default {};

    /**
     * Compression codec, e.g. {@code SNAPPY}, {@code GZIP}, {@code ZSTD}; written to the table property the format
     * reads ({@code parquet.compression}, {@code orc.compress}, {@code write.compression}, or Iceberg's
     * {@code write_compression}). Empty: {@link AthenaSettings#COMPRESSION}, or none.
     */
    String compression() default "";

    /** Further {@code TBLPROPERTIES}; they win over the properties derived from the members above. */
    Property[] tableProperties() default {};

    /** A table or SerDe property. */
    @Documented
    @Target({})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Property
    {
        String name();

        String value();
    }
}
