package io.athena4j.hibernate;

/**
 * Configuration properties of {@link AthenaDialect}, read from Hibernate's settings
 * ({@code hibernate.properties}, {@code persistence.xml}, {@code spring.jpa.properties.*}).
 */
public final class AthenaSettings
{
    /**
     * The table type of entities whose {@link AthenaTable} does not say: {@code HIVE} (default) or {@code ICEBERG}.
     */
    public static final String TABLE_TYPE = "hibernate.dialect.athena.table_type";

    /** The storage format of tables whose {@link AthenaTable} does not say: a {@link StorageFormat} name, default {@code PARQUET}. */
    public static final String STORAGE_FORMAT = "hibernate.dialect.athena.storage_format";

    /**
     * The {@code s3://} prefix under which tables without an {@link AthenaTable#location()} live, as
     * {@code <prefix>/<schema>/<table>/}. Without it every table needs an explicit location.
     */
    public static final String LOCATION_PREFIX = "hibernate.dialect.athena.location_prefix";

    /** The compression codec of tables whose {@link AthenaTable} does not say, e.g. {@code SNAPPY}; default none. */
    public static final String COMPRESSION = "hibernate.dialect.athena.compression";

    /** The schema that names a table's folder under {@link #LOCATION_PREFIX} when the table has none of its own. */
    static final String DEFAULT_DATABASE = "default";

    private AthenaSettings() {}
}
