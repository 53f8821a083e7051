package io.athena4j.local.server.hive;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * The statements of Athena's Hive DDL dialect (and the Iceberg maintenance statements Trino spells differently), as
 * parsed by {@link HiveDdlParser}. Names are lower-cased, as Athena stores them.
 */
sealed interface HiveDdl
{
    record TableName(Optional<String> database, String table)
    {
        public TableName
        {
            requireNonNull(database, "database is null");
            requireNonNull(table, "table is null");
        }

        String databaseOr(String defaultDatabase)
        {
            return database.orElse(defaultDatabase);
        }
    }

    /**
     * One entry of {@code PARTITIONED BY}: a typed column on Hive tables ({@code dt string}), a column or a transform
     * on Iceberg tables ({@code category}, {@code bucket(16, id)}, {@code day(ts)}).
     *
     * @param transform {@code identity}, {@code year}, {@code month}, {@code day}, {@code hour}, {@code bucket} or {@code truncate}
     * @param argument the bucket count or truncation width
     */
    record PartitionField(String column, Optional<HiveType> type, Optional<String> comment, String transform, OptionalInt argument)
    {
        public PartitionField
        {
            requireNonNull(column, "column is null");
            requireNonNull(type, "type is null");
            requireNonNull(comment, "comment is null");
            requireNonNull(transform, "transform is null");
            requireNonNull(argument, "argument is null");
        }
    }

    record CreateTable(
            boolean external,
            boolean ifNotExists,
            TableName name,
            List<HiveColumn> columns,
            Optional<String> comment,
            List<PartitionField> partitionFields,
            List<String> clusteredBy,
            OptionalInt bucketCount,
            Optional<String> serde,
            Map<String, String> serdeProperties,
            Optional<String> storedAs,
            Optional<String> inputFormat,
            Optional<String> outputFormat,
            Optional<String> location,
            Map<String, String> tableProperties)
            implements HiveDdl
    {
        boolean isIceberg()
        {
            return tableProperties.entrySet().stream()
                    .anyMatch(entry -> entry.getKey().equalsIgnoreCase("table_type") && entry.getValue().equalsIgnoreCase("ICEBERG"));
        }
    }

    record DropTable(boolean ifExists, TableName name)
            implements HiveDdl {}

    record CreateDatabase(boolean ifNotExists, String name, Optional<String> comment, Optional<String> location, Map<String, String> properties)
            implements HiveDdl {}

    record DropDatabase(boolean ifExists, String name, boolean cascade)
            implements HiveDdl {}

    record AddColumns(TableName name, List<HiveColumn> columns)
            implements HiveDdl {}

    record ReplaceColumns(TableName name, List<HiveColumn> columns)
            implements HiveDdl {}

    /** A {@code PARTITION (k = 'v', ...)} specification; values as written, in the order written. */
    record PartitionSpec(Map<String, String> values, Optional<String> location) {}

    record AddPartitions(TableName name, boolean ifNotExists, List<PartitionSpec> partitions)
            implements HiveDdl {}

    record DropPartitions(TableName name, boolean ifExists, List<PartitionSpec> partitions)
            implements HiveDdl {}

    record SetTableProperties(TableName name, Map<String, String> properties)
            implements HiveDdl {}

    /** An {@code ALTER TABLE} form the local Athena does not implement (RENAME TO, CHANGE COLUMN, SET LOCATION, ...). */
    record UnsupportedAlter(TableName name, String action)
            implements HiveDdl {}

    record MsckRepair(TableName name)
            implements HiveDdl {}

    record ShowTables(Optional<String> database, Optional<String> pattern)
            implements HiveDdl {}

    record ShowDatabases(Optional<String> pattern)
            implements HiveDdl {}

    record ShowColumns(TableName name)
            implements HiveDdl {}

    record ShowPartitions(TableName name)
            implements HiveDdl {}

    record ShowCreateTable(TableName name)
            implements HiveDdl {}

    record ShowTableProperties(TableName name, Optional<String> property)
            implements HiveDdl {}

    record Describe(TableName name, boolean formatted)
            implements HiveDdl {}

    /** {@code OPTIMIZE t REWRITE DATA USING BIN_PACK [WHERE predicate]}; the predicate in Trino's syntax, as written. */
    record Optimize(TableName name, Optional<String> where)
            implements HiveDdl {}

    record Vacuum(TableName name)
            implements HiveDdl {}
}
