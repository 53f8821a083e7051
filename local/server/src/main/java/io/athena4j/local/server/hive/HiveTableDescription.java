package io.athena4j.local.server.hive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * A table as Athena's catalog (Glue) describes it, the source of GetTableMetadata, DESCRIBE, SHOW CREATE TABLE and
 * SHOW TBLPROPERTIES.
 *
 * @param database the database, lower-case
 * @param name the table, lower-case
 * @param tableType {@code EXTERNAL_TABLE} for tables created by Athena
 * @param iceberg whether it is an Iceberg table ({@code 'table_type'='ICEBERG'})
 * @param columns the data columns, in Hive type spelling
 * @param partitionKeys the partition columns of a Hive table; empty for Iceberg tables
 * @param icebergPartitioning the partition fields of an Iceberg table as Athena writes them ({@code category},
 * {@code bucket(16, id)}, {@code day(ts)})
 * @param clusteredBy the bucketing columns of {@code CLUSTERED BY}
 * @param bucketCount the number of buckets of {@code CLUSTERED BY}
 * @param location the {@code s3://} location
 * @param serde the SerDe class; empty for Iceberg tables
 * @param serdeProperties the SerDe's properties, as declared (delimiters of {@code ROW FORMAT DELIMITED} included)
 * @param inputFormat the input format class; empty for Iceberg tables
 * @param outputFormat the output format class; empty for Iceberg tables
 * @param comment the table comment
 * @param tableProperties the {@code TBLPROPERTIES}, as declared or set
 * @param createTime seconds since the epoch
 */
public record HiveTableDescription(
        String database,
        String name,
        String tableType,
        boolean iceberg,
        List<HiveColumn> columns,
        List<HiveColumn> partitionKeys,
        List<String> icebergPartitioning,
        List<String> clusteredBy,
        OptionalInt bucketCount,
        Optional<String> location,
        Optional<String> serde,
        Map<String, String> serdeProperties,
        Optional<String> inputFormat,
        Optional<String> outputFormat,
        Optional<String> comment,
        Map<String, String> tableProperties,
        long createTime)
{
    public static final String EXTERNAL_TABLE = "EXTERNAL_TABLE";

    public HiveTableDescription
    {
        requireNonNull(database, "database is null");
        requireNonNull(name, "name is null");
        requireNonNull(tableType, "tableType is null");
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        partitionKeys = List.copyOf(requireNonNull(partitionKeys, "partitionKeys is null"));
        icebergPartitioning = List.copyOf(requireNonNull(icebergPartitioning, "icebergPartitioning is null"));
        clusteredBy = List.copyOf(requireNonNull(clusteredBy, "clusteredBy is null"));
        requireNonNull(bucketCount, "bucketCount is null");
        requireNonNull(location, "location is null");
        requireNonNull(serde, "serde is null");
        serdeProperties = unmodifiableCopy(requireNonNull(serdeProperties, "serdeProperties is null"));
        requireNonNull(inputFormat, "inputFormat is null");
        requireNonNull(outputFormat, "outputFormat is null");
        requireNonNull(comment, "comment is null");
        tableProperties = unmodifiableCopy(requireNonNull(tableProperties, "tableProperties is null"));
    }

    /** Data columns followed by partition columns, as DESCRIBE and SHOW COLUMNS list them. */
    public List<HiveColumn> allColumns()
    {
        return Stream.concat(columns.stream(), partitionKeys.stream()).toList();
    }

    /**
     * GetTableMetadata's {@code Parameters}: {@code EXTERNAL}, {@code location}, {@code inputformat},
     * {@code outputformat}, {@code serde.serialization.lib}, {@code serde.param.*}, {@code comment},
     * {@code transient_lastDdlTime} and the TBLPROPERTIES.
     */
    public Map<String, String> parameters()
    {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!iceberg) {
            parameters.put("EXTERNAL", "TRUE");
        }
        location.ifPresent(value -> parameters.put("location", value));
        inputFormat.ifPresent(value -> parameters.put("inputformat", value));
        outputFormat.ifPresent(value -> parameters.put("outputformat", value));
        serde.ifPresent(value -> parameters.put("serde.serialization.lib", value));
        serdeProperties.forEach((key, value) -> parameters.put("serde.param." + key, value));
        comment.ifPresent(value -> parameters.put("comment", value));
        parameters.putAll(tableProperties);
        parameters.put("transient_lastDdlTime", String.valueOf(createTime));
        return parameters;
    }

    /** The table properties SHOW TBLPROPERTIES lists: the declared ones, {@code EXTERNAL} and the DDL time. */
    public Map<String, String> shownTableProperties()
    {
        Map<String, String> properties = new TreeMap<>(tableProperties);
        if (!iceberg) {
            properties.put("EXTERNAL", "TRUE");
        }
        comment.ifPresent(value -> properties.put("comment", value));
        properties.put("transient_lastDdlTime", String.valueOf(createTime));
        return properties;
    }

    HiveTableDescription withColumns(List<HiveColumn> newColumns)
    {
        return new HiveTableDescription(database, name, tableType, iceberg, newColumns, partitionKeys, icebergPartitioning, clusteredBy, bucketCount,
                location, serde, serdeProperties, inputFormat, outputFormat, comment, tableProperties, createTime);
    }

    HiveTableDescription withTableProperties(Map<String, String> newTableProperties)
    {
        return new HiveTableDescription(database, name, tableType, iceberg, columns, partitionKeys, icebergPartitioning, clusteredBy, bucketCount,
                location, serde, serdeProperties, inputFormat, outputFormat, comment, newTableProperties, createTime);
    }

    private static Map<String, String> unmodifiableCopy(Map<String, String> map)
    {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
