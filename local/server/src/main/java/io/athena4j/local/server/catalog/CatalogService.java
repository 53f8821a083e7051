package io.athena4j.local.server.catalog;

import io.athena4j.local.server.AthenaServiceException;
import io.athena4j.local.server.catalog.MetastoreTables.StoredTable;
import io.athena4j.local.server.engine.TrinoEngine;
import io.athena4j.local.server.sql.S3Locations;
import io.trino.metastore.Column;
import io.trino.metastore.StorageFormat;
import io.trino.metastore.Table;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Athena's data catalog as the catalog APIs see it: one catalog, {@value #DATA_CATALOG}, of type GLUE, whose databases,
 * tables and views are the engine's.
 *
 * <p>Names, table kinds and column types come from the engine ({@code information_schema}), so they are what queries
 * see, Iceberg tables and views included. Storage details come from the metastore entry of each table
 * ({@link MetastoreTables}) and from the {@link TableParameterSource} the Hive DDL translation fills.
 */
public final class CatalogService
{
    public static final String DATA_CATALOG = "AwsDataCatalog";
    public static final String DATA_CATALOG_TYPE = "GLUE";

    // Bookkeeping of Trino's own that Glue tables created by Athena do not carry.
    private static final Set<String> ENGINE_PARAMETERS = Set.of(
            "transactional",
            "auto.purge",
            "numFiles",
            "numRows",
            "rawDataSize",
            "totalSize",
            "STATS_GENERATED_VIA_STATS_TASK",
            "COLUMN_STATS_ACCURATE");
    private static final String ENGINE_PARAMETER_PREFIX = "trino_";
    // Serde properties that Trino's Hive connector keeps among the table parameters; Glue keeps them with the serde,
    // and Athena reports them as serde.param.<name>.
    private static final Set<String> SERDE_PARAMETERS = Set.of(
            "field.delim",
            "escape.delim",
            "collection.delim",
            "mapkey.delim",
            "line.delim",
            "serialization.format",
            "serialization.null.format",
            "separatorChar",
            "quoteChar",
            "escapeChar");
    private static final String VIEW_TABLE_TYPE = "VIRTUAL_VIEW";
    private static final String SERDE_PARAMETER_PREFIX = "serde.param.";

    private final EngineMetadataQueries engine;
    private final MetastoreTables metastore;
    private final HiveTypeNames typeNames;
    private final TableParameterSource storedParameters;
    private final S3Locations s3Locations = new S3Locations();

    public CatalogService(TrinoEngine engine, Path dataDirectory, TableParameterSource storedParameters)
    {
        requireNonNull(engine, "engine is null");
        requireNonNull(dataDirectory, "dataDirectory is null");
        this.engine = new EngineMetadataQueries(engine);
        this.metastore = new MetastoreTables(dataDirectory.resolve(TrinoEngine.METASTORE_DIRECTORY), TrinoEngine.METASTORE_LOCATION);
        this.typeNames = new HiveTypeNames(engine.typeManager());
        this.storedParameters = requireNonNull(storedParameters, "storedParameters is null");
    }

    /**
     * Rejects any catalog but {@value #DATA_CATALOG} (in any case) the way Athena rejects an unknown one.
     */
    public void requireCatalog(String catalogName)
    {
        requireNonNull(catalogName, "catalogName is null");
        if (!catalogName.equalsIgnoreCase(DATA_CATALOG)) {
            throw AthenaServiceException.invalidRequest("DATACATALOG_NOT_FOUND", "Catalog '" + catalogName + "' does not exist");
        }
    }

    /** The databases, sorted by name. */
    public List<String> databases()
    {
        return engine.query("SELECT schema_name FROM information_schema.schemata WHERE schema_name <> 'information_schema' ORDER BY schema_name").stream()
                .map(List::getFirst)
                .toList();
    }

    /**
     * The database's name as stored (lower case).
     *
     * @throws AthenaServiceException MetadataException if there is no such database
     */
    public String requireDatabase(String database)
    {
        String name = database.toLowerCase(Locale.ROOT);
        if (!databases().contains(name)) {
            throw AthenaServiceException.metadata("Database '" + database + "' does not exist in catalog " + DATA_CATALOG);
        }
        return name;
    }

    /**
     * The names of the tables and views of a database whose names the filter accepts, sorted.
     *
     * @throws AthenaServiceException MetadataException if there is no such database
     */
    public List<String> tableNames(String database, Predicate<String> filter)
    {
        String name = requireDatabase(database);
        return engine.query("SELECT table_name FROM information_schema.tables WHERE table_schema = " + EngineMetadataQueries.literal(name) + " ORDER BY table_name").stream()
                .map(List::getFirst)
                .filter(filter)
                .toList();
    }

    /**
     * Describes one table or view.
     *
     * @throws AthenaServiceException MetadataException if there is no such database or table
     */
    public TableDescription table(String database, String table)
    {
        String databaseName = requireDatabase(database);
        String tableName = table.toLowerCase(Locale.ROOT);
        List<TableDescription> descriptions = describe(databaseName, List.of(tableName));
        if (descriptions.isEmpty()) {
            throw AthenaServiceException.metadata("Table '" + table + "' does not exist in database '" + database + "'");
        }
        return descriptions.getFirst();
    }

    /**
     * Describes the named tables and views of a database, in the order given, skipping names that do not exist.
     */
    public List<TableDescription> describe(String database, List<String> tables)
    {
        if (tables.isEmpty()) {
            return List.of();
        }
        String names = tables.stream().map(EngineMetadataQueries::literal).collect(Collectors.joining(", "));
        Map<String, List<EngineColumn>> columnsByTable = new LinkedHashMap<>();
        for (List<String> row : engine.query("SELECT table_name, column_name, data_type, comment FROM information_schema.columns "
                + "WHERE table_schema = " + EngineMetadataQueries.literal(database) + " AND table_name IN (" + names + ") "
                + "ORDER BY table_name, ordinal_position")) {
            columnsByTable.computeIfAbsent(row.get(0), _ -> new ArrayList<>())
                    .add(new EngineColumn(row.get(1), row.get(2), Optional.ofNullable(row.get(3)).filter(comment -> !comment.isEmpty())));
        }
        List<TableDescription> descriptions = new ArrayList<>();
        for (String table : tables) {
            List<EngineColumn> columns = columnsByTable.get(table);
            if (columns != null) {
                descriptions.add(describe(database, table, columns));
            }
        }
        return descriptions;
    }

    private TableDescription describe(String database, String table, List<EngineColumn> engineColumns)
    {
        Optional<StoredTable> stored = metastore.table(database, table);
        boolean view = stored.map(entry -> entry.table().getTableType().equals(VIEW_TABLE_TYPE)).orElse(false);
        Set<String> partitionKeyNames = stored.map(entry -> entry.table().getPartitionColumns().stream().map(Column::getName).collect(Collectors.toSet())).orElse(Set.of());

        List<CatalogColumn> columns = new ArrayList<>();
        List<CatalogColumn> partitionKeys = new ArrayList<>();
        for (EngineColumn column : engineColumns) {
            CatalogColumn catalogColumn = new CatalogColumn(column.name(), typeNames.fromTrinoSql(column.trinoType()), column.comment());
            (partitionKeyNames.contains(column.name()) ? partitionKeys : columns).add(catalogColumn);
        }
        Instant createTime = stored.map(StoredTable::createTime).orElse(Instant.EPOCH);
        Map<String, String> parameters = new TreeMap<>();
        stored.ifPresent(entry -> addStoredParameters(entry.table(), view, parameters));
        parameters.putAll(storedParameters.parameters(database, table));
        return new TableDescription(
                table,
                createTime,
                // Glue does not track reads; Athena's tables report the creation time here too.
                createTime,
                view ? TableDescription.VIRTUAL_VIEW : TableDescription.EXTERNAL_TABLE,
                columns,
                partitionKeys,
                Collections.unmodifiableMap(parameters));
    }

    private void addStoredParameters(Table table, boolean view, Map<String, String> parameters)
    {
        table.getParameters().forEach((key, value) -> {
            if (SERDE_PARAMETERS.contains(key)) {
                parameters.put(SERDE_PARAMETER_PREFIX + key, value);
            }
            else if (!ENGINE_PARAMETERS.contains(key) && !key.startsWith(ENGINE_PARAMETER_PREFIX)) {
                parameters.put(key, toAthenaLocation(value).orElse(value));
            }
        });
        if (view) {
            return;
        }
        // Athena creates every non-Iceberg table EXTERNAL; a Trino CTAS without external_location makes a managed one.
        parameters.put("EXTERNAL", "TRUE");
        table.getStorage().getOptionalLocation().flatMap(this::toAthenaLocation).ifPresent(location -> parameters.put("location", location));
        StorageFormat format = table.getStorage().getStorageFormat();
        putIfPresent(parameters, "inputformat", format.getInputFormatNullable());
        putIfPresent(parameters, "outputformat", format.getOutputFormatNullable());
        putIfPresent(parameters, "serde.serialization.lib", format.getSerDeNullable());
        table.getStorage().getSerdeParameters().forEach((key, value) -> parameters.put(SERDE_PARAMETER_PREFIX + key, value));
    }

    /** {@code local:///s3/bucket/key} as {@code s3://bucket/key}; empty for anything outside the S3 directory. */
    private Optional<String> toAthenaLocation(String value)
    {
        if (!value.startsWith("local:///")) {
            return Optional.empty();
        }
        try {
            return Optional.of(s3Locations.toAthena(value));
        }
        catch (IllegalArgumentException e) {
            // A managed table's directory inside the metastore: it has no S3 location to report.
            return Optional.empty();
        }
    }

    private static void putIfPresent(Map<String, String> parameters, String key, String value)
    {
        if (value != null) {
            parameters.put(key, value);
        }
    }

    private record EngineColumn(String name, String trinoType, Optional<String> comment) {}
}
