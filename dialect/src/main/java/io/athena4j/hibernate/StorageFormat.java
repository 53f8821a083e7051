package io.athena4j.hibernate;

/**
 * The file format of an Athena table ({@code STORED AS …} for Hive tables, {@code 'format'} for Iceberg tables), with
 * the table property that sets its compression.
 */
public enum StorageFormat
{
    /** Whatever {@link AthenaSettings#STORAGE_FORMAT} says (Parquet when unset). */
    DEFAULT(null, null),
    PARQUET("PARQUET", "parquet.compression"),
    ORC("ORC", "orc.compress"),
    AVRO("AVRO", "avro.compression"),
    TEXTFILE("TEXTFILE", "write.compression"),
    JSON("TEXTFILE", "write.compression");

    private final String storedAs;
    private final String compressionProperty;

    StorageFormat(String storedAs, String compressionProperty)
    {
        this.storedAs = storedAs;
        this.compressionProperty = compressionProperty;
    }

    /** The Hive {@code STORED AS} keyword. */
    String storedAs()
    {
        return storedAs;
    }

    /** The Hive table property holding the compression codec for this format. */
    String compressionProperty()
    {
        return compressionProperty;
    }
}
