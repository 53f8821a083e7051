package io.athena4j.local.server.hive;

import io.athena4j.local.server.hive.HiveDdl.AddColumns;
import io.athena4j.local.server.hive.HiveDdl.AddPartitions;
import io.athena4j.local.server.hive.HiveDdl.CreateDatabase;
import io.athena4j.local.server.hive.HiveDdl.CreateTable;
import io.athena4j.local.server.hive.HiveDdl.Describe;
import io.athena4j.local.server.hive.HiveDdl.DropDatabase;
import io.athena4j.local.server.hive.HiveDdl.DropPartitions;
import io.athena4j.local.server.hive.HiveDdl.DropTable;
import io.athena4j.local.server.hive.HiveDdl.MsckRepair;
import io.athena4j.local.server.hive.HiveDdl.Optimize;
import io.athena4j.local.server.hive.HiveDdl.PartitionField;
import io.athena4j.local.server.hive.HiveDdl.PartitionSpec;
import io.athena4j.local.server.hive.HiveDdl.ReplaceColumns;
import io.athena4j.local.server.hive.HiveDdl.SetTableProperties;
import io.athena4j.local.server.hive.HiveDdl.ShowColumns;
import io.athena4j.local.server.hive.HiveDdl.ShowCreateTable;
import io.athena4j.local.server.hive.HiveDdl.ShowDatabases;
import io.athena4j.local.server.hive.HiveDdl.ShowPartitions;
import io.athena4j.local.server.hive.HiveDdl.ShowTableProperties;
import io.athena4j.local.server.hive.HiveDdl.ShowTables;
import io.athena4j.local.server.hive.HiveDdl.TableName;
import io.athena4j.local.server.hive.HiveDdl.UnsupportedAlter;
import io.athena4j.local.server.hive.HiveDdl.Vacuum;
import io.athena4j.local.server.hive.TableMetadataStore.DatabaseDescription;
import io.athena4j.local.server.query.AthenaError;
import io.athena4j.local.server.result.AthenaColumn;
import io.athena4j.local.server.sql.S3Locations;
import io.athena4j.local.server.sql.StatementClass;
import io.trino.spi.type.TypeManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static io.athena4j.local.server.hive.HiveTrinoNames.icebergTable;
import static io.athena4j.local.server.hive.HiveTrinoNames.name;
import static io.athena4j.local.server.hive.HiveTrinoNames.quoteString;
import static io.athena4j.local.server.hive.HiveTrinoNames.schema;
import static io.athena4j.local.server.hive.HiveTrinoNames.table;
import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.joining;

/**
 * Runs Athena's Hive DDL on the embedded Trino: parses a statement ({@link HiveDdlParser}), rejects what Athena
 * rejects synchronously, and plans the rest as Trino statements and table-description updates ({@link HiveStatement}).
 */
public final class HiveDdlService
{
    // Trino's expire_snapshots and remove_orphan_files refuse thresholds below the catalog minimum (7 days by default).
    private static final String VACUUM_RETENTION = "7d";
    private static final Set<String> TEXT_FORMATS = Set.of("TEXTFILE", "CSV");

    private final Path dataDirectory;
    private final S3Locations locations;
    private final TableMetadataStore store;
    private final HiveTableDescriptions descriptions;

    public HiveDdlService(Path dataDirectory, S3Locations locations, TypeManager typeManager)
    {
        this.dataDirectory = requireNonNull(dataDirectory, "dataDirectory is null");
        this.locations = requireNonNull(locations, "locations is null");
        this.store = new TableMetadataStore(dataDirectory);
        this.descriptions = new HiveTableDescriptions(store, locations, typeManager);
    }

    public HiveTableDescriptions descriptions()
    {
        return descriptions;
    }

    /**
     * Whether this service runs the statement: Athena's Hive DDL ({@link StatementClass#isHiveDdl()}), and
     * {@code OPTIMIZE} and {@code VACUUM}, which Trino spells differently.
     */
    public static boolean handles(String sql, StatementClass statementClass)
    {
        requireNonNull(sql, "sql is null");
        if (statementClass.isHiveDdl()) {
            return true;
        }
        if (statementClass.substatementType().equals("VACUUM_TABLE")) {
            return true;
        }
        // Athena reports OPTIMIZE as a CTAS; only the first word tells them apart.
        try {
            return HiveLexer.tokenize(sql).stream()
                    .filter(token -> !token.isSymbol("("))
                    .findFirst()
                    .filter(token -> token.isWord("OPTIMIZE"))
                    .isPresent();
        }
        catch (HiveParseException e) {
            return false;
        }
    }

    /**
     * Plans a statement. Checks that Athena makes before accepting the request run now, on the caller's thread: the
     * grammar's synchronous rejections and, for DESCRIBE and SHOW COLUMNS, whether the table exists.
     *
     * @param defaultDatabase the database of QueryExecutionContext, or {@code default}
     * @throws HiveRejection what Athena rejects synchronously
     */
    public HiveStatement plan(String sql, String defaultDatabase, HiveSession session)
            throws HiveRejection
    {
        requireNonNull(sql, "sql is null");
        requireNonNull(defaultDatabase, "defaultDatabase is null");
        requireNonNull(session, "session is null");
        HiveDdl statement;
        try {
            statement = HiveDdlParser.parse(sql);
        }
        catch (HiveParseException e) {
            return (HiveStatement) _ -> {
                throw HiveDdlException.hive(e.getMessage());
            };
        }
        String database = defaultDatabase.toLowerCase(Locale.ROOT);
        return switch (statement) {
            case Describe describe -> {
                requireTableForMetadata(session, describe.name(), database);
                yield (HiveStatement) s -> describe(s, describe, database);
            }
            case ShowColumns showColumns -> {
                requireTableForMetadata(session, showColumns.name(), database);
                yield (HiveStatement) s -> {
                    if (isView(s, showColumns.name(), database)) {
                        return describeView(s, showColumns.name(), database);
                    }
                    HiveTableDescription table = requireTable(s, showColumns.name(), database);
                    return HiveResult.utility(List.of("field"), HiveOutput.showColumns(table), true);
                };
            }
            case Optimize optimize -> (HiveStatement) s -> {
                // Trino answers with its own table of rewrite metrics, which Athena does not return.
                s.execute("ALTER TABLE %s EXECUTE optimize%s".formatted(
                        icebergTable(optimize.name().databaseOr(database), optimize.name().table()),
                        optimize.where().map(where -> " WHERE " + where).orElse("")));
                return HiveResult.none();
            };
            case UnsupportedAlter alter -> (HiveStatement) s -> passThrough(s, sql, alter.name(), database);
            default -> (HiveStatement) s -> execute(s, statement, database);
        };
    }

    /**
     * DESCRIBE and SHOW COLUMNS of a missing table are rejected before anything runs, with the message of Athena's
     * catalog (athena-behaviour.md §A.5).
     */
    private void requireTableForMetadata(HiveSession session, TableName name, String defaultDatabase)
            throws HiveRejection
    {
        if (HiveTableDescriptions.tableType(session, name.databaseOr(defaultDatabase), name.table()).isEmpty()) {
            throw new HiveRejection("INVALID_INPUT", "Entity Not Found (Service: AmazonDataCatalog; Status Code: 400; Error Code: EntityNotFoundException; Request ID: %s; Proxy: null)"
                    .formatted(UUID.randomUUID()));
        }
    }

    private HiveResult execute(HiveSession session, HiveDdl statement, String database)
    {
        return switch (statement) {
            case CreateTable create -> create.isIceberg() ? createIcebergTable(session, create, database) : createHiveTable(session, create, database);
            case DropTable drop -> dropTable(session, drop, database);
            case CreateDatabase create -> createDatabase(session, create);
            case DropDatabase drop -> dropDatabase(session, drop);
            case AddColumns add -> addColumns(session, add, database);
            case ReplaceColumns replace -> replaceColumns(session, replace, database);
            case AddPartitions add -> addPartitions(session, add, database);
            case DropPartitions drop -> dropPartitions(session, drop, database);
            case SetTableProperties set -> {
                HiveTableDescription table = requireTable(session, set.name(), database);
                Map<String, String> properties = new LinkedHashMap<>(table.tableProperties());
                properties.putAll(set.properties());
                store.save(table.withTableProperties(properties));
                yield HiveResult.none();
            }
            case MsckRepair repair -> msckRepair(session, repair, database);
            case ShowTables show -> showTables(session, show, database);
            case ShowDatabases show -> showDatabases(session, show);
            case ShowPartitions show -> showPartitions(session, show, database);
            case ShowCreateTable show -> {
                HiveTableDescription table = requireTable(session, show.name(), database);
                yield table.iceberg()
                        ? HiveResult.utility(List.of("createtab_stmt"), HiveOutput.showCreateIceberg(table), true)
                        : HiveResult.utility(List.of("createtab_stmt"), HiveOutput.showCreateHive(table), false);
            }
            case ShowTableProperties show -> showTableProperties(session, show, database);
            case Vacuum vacuum -> {
                String target = icebergTable(vacuum.name().databaseOr(database), vacuum.name().table());
                session.execute("ALTER TABLE %s EXECUTE expire_snapshots(retention_threshold => '%s')".formatted(target, VACUUM_RETENTION));
                session.execute("ALTER TABLE %s EXECUTE remove_orphan_files(retention_threshold => '%s')".formatted(target, VACUUM_RETENTION));
                yield HiveResult.none();
            }
            case Describe _, ShowColumns _, Optimize _, UnsupportedAlter _ -> throw new IllegalStateException("Planned separately: " + statement);
        };
    }

    private HiveResult createHiveTable(HiveSession session, CreateTable create, String defaultDatabase)
    {
        String database = create.name().databaseOr(defaultDatabase);
        String tableName = create.name().table();
        requireDatabase(session, database);
        if (HiveTableDescriptions.tableType(session, database, tableName).isPresent()) {
            if (create.ifNotExists()) {
                return HiveResult.none();
            }
            throw HiveDdlException.ddlTask("AlreadyExistsException(message:Table %s already exists)".formatted(tableName));
        }
        HiveFormats.Storage storage;
        try {
            storage = HiveFormats.resolve(create.serde(), create.storedAs(), create.inputFormat(), create.outputFormat());
        }
        catch (IllegalArgumentException e) {
            throw HiveDdlException.ddlTask(e.getMessage());
        }
        String location = create.location().orElseThrow();
        String trinoLocation = trinoLocation(location);
        createDirectory(location);

        List<HiveColumn> partitionKeys = new ArrayList<>();
        for (PartitionField field : create.partitionFields()) {
            partitionKeys.add(new HiveColumn(field.column(), field.type().orElseThrow(() -> HiveDdlException.hive(
                    "FAILED: ParseException line 1:0 partition column '%s' of a Hive table needs a type, for example PARTITIONED BY (%s string)".formatted(field.column(), field.column()))),
                    field.comment()));
        }
        boolean csv = storage.trinoFormat().equals("CSV");
        List<String> columnDefinitions = new ArrayList<>();
        for (HiveColumn column : create.columns()) {
            // Trino reads CSV only into varchar columns; the declared types are kept in the description.
            columnDefinitions.add(columnDefinition(column, csv ? "varchar" : column.type().trinoType()));
        }
        for (HiveColumn column : partitionKeys) {
            columnDefinitions.add(columnDefinition(column, column.type().trinoType()));
        }

        List<String> properties = new ArrayList<>();
        properties.add("external_location = " + quoteString(trinoLocation));
        properties.add("format = " + quoteString(storage.trinoFormat()));
        if (!partitionKeys.isEmpty()) {
            properties.add("partitioned_by = " + array(partitionKeys.stream().map(HiveColumn::name).toList()));
        }
        if (create.bucketCount().isPresent()) {
            properties.add("bucketed_by = " + array(create.clusteredBy()));
            properties.add("bucket_count = " + create.bucketCount().getAsInt());
        }
        for (Map.Entry<String, String> property : create.serdeProperties().entrySet()) {
            HiveFormats.trinoPropertyOf(storage.trinoFormat(), property.getKey())
                    .ifPresent(trinoProperty -> properties.add(trinoProperty + " = " + quoteString(property.getValue())));
        }
        if (TEXT_FORMATS.contains(storage.trinoFormat())) {
            headerFooterCount(create.tableProperties(), "skip.header.line.count").ifPresent(count -> properties.add("skip_header_line_count = " + count));
            headerFooterCount(create.tableProperties(), "skip.footer.line.count").ifPresent(count -> properties.add("skip_footer_line_count = " + count));
        }
        session.execute("CREATE TABLE %s (\n  %s)%s\nWITH (\n  %s)".formatted(
                table(database, tableName),
                String.join(",\n  ", columnDefinitions),
                create.comment().map(comment -> "\nCOMMENT " + quoteString(comment)).orElse(""),
                String.join(",\n  ", properties)));

        store.save(new HiveTableDescription(
                database,
                tableName,
                HiveTableDescription.EXTERNAL_TABLE,
                false,
                create.columns(),
                partitionKeys,
                List.of(),
                create.clusteredBy(),
                create.bucketCount(),
                Optional.of(location),
                Optional.of(storage.serde()),
                create.serdeProperties(),
                Optional.of(storage.inputFormat()),
                Optional.of(storage.outputFormat()),
                create.comment(),
                create.tableProperties(),
                Instant.now().getEpochSecond()));
        return HiveResult.none();
    }

    private static Optional<Integer> headerFooterCount(Map<String, String> tableProperties, String key)
    {
        String value = tableProperties.get(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        }
        catch (NumberFormatException e) {
            throw HiveDdlException.ddlTask("Invalid value for TBLPROPERTIES '%s': '%s' is not a number".formatted(key, value));
        }
    }

    private HiveResult createIcebergTable(HiveSession session, CreateTable create, String defaultDatabase)
    {
        String database = create.name().databaseOr(defaultDatabase);
        String tableName = create.name().table();
        requireDatabase(session, database);
        if (HiveTableDescriptions.tableType(session, database, tableName).isPresent()) {
            if (create.ifNotExists()) {
                return HiveResult.none();
            }
            throw new HiveDdlException(new AthenaError(AthenaError.USER, 1000, false, "TABLE_ALREADY_EXISTS: Table 'awsdatacatalog.%s.%s' already exists".formatted(database, tableName)));
        }
        List<String> columnDefinitions = create.columns().stream()
                .map(column -> columnDefinition(column, column.type().icebergTrinoType()))
                .toList();
        List<String> properties = new ArrayList<>();
        create.location().ifPresent(location -> properties.add("location = " + quoteString(trinoLocation(location))));
        Map<String, String> tableProperties = lowerCaseKeys(create.tableProperties());
        properties.add("format = " + quoteString(tableProperties.getOrDefault("format", "parquet").toUpperCase(Locale.ROOT)));
        if (tableProperties.containsKey("write_compression")) {
            properties.add("compression_codec = " + quoteString(tableProperties.get("write_compression").toUpperCase(Locale.ROOT)));
        }
        List<String> partitioning = create.partitionFields().stream().map(HiveDdlService::trinoPartitioning).toList();
        if (!partitioning.isEmpty()) {
            properties.add("partitioning = " + array(partitioning));
        }
        session.execute("CREATE TABLE %s (\n  %s)%s\nWITH (\n  %s)".formatted(
                icebergTable(database, tableName),
                String.join(",\n  ", columnDefinitions),
                create.comment().map(comment -> "\nCOMMENT " + quoteString(comment)).orElse(""),
                String.join(",\n  ", properties)));
        store.save(new HiveTableDescription(
                database,
                tableName,
                HiveTableDescription.EXTERNAL_TABLE,
                true,
                create.columns(),
                List.of(),
                create.partitionFields().stream().map(HiveDdlService::athenaPartitioning).toList(),
                List.of(),
                OptionalInt.empty(),
                create.location(),
                Optional.empty(),
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                create.comment(),
                create.tableProperties(),
                Instant.now().getEpochSecond()));
        return HiveResult.none();
    }

    /** Athena's {@code bucket(16, id)} is Trino's {@code bucket(id, 16)}; likewise {@code truncate}. */
    static String trinoPartitioning(PartitionField field)
    {
        return switch (field.transform()) {
            case "identity" -> field.column();
            case "bucket", "truncate" -> "%s(%s, %s)".formatted(field.transform(), field.column(), field.argument().orElseThrow());
            default -> "%s(%s)".formatted(field.transform(), field.column());
        };
    }

    static String athenaPartitioning(PartitionField field)
    {
        return switch (field.transform()) {
            case "identity" -> field.column();
            case "bucket", "truncate" -> "%s(%s, %s)".formatted(field.transform(), field.argument().orElseThrow(), field.column());
            default -> "%s(%s)".formatted(field.transform(), field.column());
        };
    }

    private HiveResult dropTable(HiveSession session, DropTable drop, String defaultDatabase)
    {
        String database = drop.name().databaseOr(defaultDatabase);
        String tableName = drop.name().table();
        Optional<HiveTableDescription> table = descriptions.describe(session, database, tableName);
        if (table.isEmpty()) {
            if (drop.ifExists()) {
                return HiveResult.none();
            }
            throw HiveDdlException.tableNotFound(written(drop.name()));
        }
        session.execute("DROP TABLE " + (table.get().iceberg() ? icebergTable(database, tableName) : table(database, tableName)));
        store.delete(database, tableName);
        return HiveResult.none();
    }

    private HiveResult createDatabase(HiveSession session, CreateDatabase create)
    {
        if (HiveTableDescriptions.databaseExists(session, create.name())) {
            if (create.ifNotExists()) {
                return HiveResult.none();
            }
            throw HiveDdlException.ddlTask("Database %s already exists".formatted(create.name()));
        }
        String properties = "";
        if (create.location().isPresent()) {
            createDirectory(create.location().get());
            properties = " WITH (location = %s)".formatted(quoteString(trinoLocation(create.location().get())));
        }
        session.execute("CREATE SCHEMA " + schema(create.name()) + properties);
        store.saveDatabase(new DatabaseDescription(create.name(), create.comment(), create.location(), create.properties()));
        return HiveResult.none();
    }

    private HiveResult dropDatabase(HiveSession session, DropDatabase drop)
    {
        if (!HiveTableDescriptions.databaseExists(session, drop.name())) {
            if (drop.ifExists()) {
                return HiveResult.none();
            }
            throw HiveDdlException.semantic(10072, "Database does not exist: " + drop.name());
        }
        if (drop.name().equals("default")) {
            throw HiveDdlException.ddlTask("MetaException(message:Can not drop default database)");
        }
        List<List<Object>> tables = session.query("SELECT table_name, table_type FROM awsdatacatalog.information_schema.tables WHERE table_schema = %s ORDER BY table_name"
                .formatted(quoteString(drop.name())));
        if (!tables.isEmpty() && !drop.cascade()) {
            throw HiveDdlException.ddlTask("InvalidOperationException(message:Database %s is not empty. One or more tables exist.)".formatted(drop.name()));
        }
        for (List<Object> row : tables) {
            String tableName = String.valueOf(row.get(0));
            if (String.valueOf(row.get(1)).equals("VIEW")) {
                session.execute("DROP VIEW " + table(drop.name(), tableName));
            }
            else {
                dropTable(session, new DropTable(true, new TableName(Optional.of(drop.name()), tableName)), drop.name());
            }
        }
        session.execute("DROP SCHEMA " + schema(drop.name()));
        store.deleteDatabase(drop.name());
        return HiveResult.none();
    }

    private HiveResult addColumns(HiveSession session, AddColumns add, String defaultDatabase)
    {
        HiveTableDescription table = requireTable(session, add.name(), defaultDatabase);
        String target = table.iceberg() ? icebergTable(table.database(), table.name()) : table(table.database(), table.name());
        boolean csv = table.serde().filter(HiveFormats.OPEN_CSV_SERDE::equals).isPresent();
        for (HiveColumn column : add.columns()) {
            String trinoType = table.iceberg() ? column.type().icebergTrinoType() : csv ? "varchar" : column.type().trinoType();
            session.execute("ALTER TABLE %s ADD COLUMN %s".formatted(target, columnDefinition(column, trinoType)));
        }
        List<HiveColumn> columns = new ArrayList<>(table.columns());
        columns.addAll(add.columns());
        store.save(table.withColumns(columns));
        return HiveResult.none();
    }

    private HiveResult replaceColumns(HiveSession session, ReplaceColumns replace, String defaultDatabase)
    {
        HiveTableDescription table = requireTable(session, replace.name(), defaultDatabase);
        if (table.iceberg()) {
            throw HiveDdlException.ddlTask("REPLACE COLUMNS is not supported for Iceberg tables; use ALTER TABLE ... ADD COLUMNS, DROP COLUMN or CHANGE COLUMN");
        }
        Map<String, HiveColumn> existing = new LinkedHashMap<>();
        table.columns().forEach(column -> existing.put(column.name(), column));
        Set<String> replacement = new HashSet<>();
        for (HiveColumn column : replace.columns()) {
            replacement.add(column.name());
            HiveColumn old = existing.get(column.name());
            if (old != null && !old.type().equals(column.type())) {
                throw HiveDdlException.ddlTask("The local Athena cannot change the type of column %s from %s to %s with REPLACE COLUMNS; drop and re-create the table instead"
                        .formatted(column.name(), old.type().hiveSpelling(), column.type().hiveSpelling()));
            }
        }
        boolean csv = table.serde().filter(HiveFormats.OPEN_CSV_SERDE::equals).isPresent();
        String target = table(table.database(), table.name());
        // Add before dropping: Trino will not drop a table's last column.
        for (HiveColumn column : replace.columns()) {
            if (!existing.containsKey(column.name())) {
                session.execute("ALTER TABLE %s ADD COLUMN %s".formatted(target, columnDefinition(column, csv ? "varchar" : column.type().trinoType())));
            }
        }
        for (String name : existing.keySet()) {
            if (!replacement.contains(name)) {
                session.execute("ALTER TABLE %s DROP COLUMN %s".formatted(target, name(name)));
            }
        }
        store.save(table.withColumns(replace.columns()));
        return HiveResult.none();
    }

    private HiveResult addPartitions(HiveSession session, AddPartitions add, String defaultDatabase)
    {
        HiveTableDescription table = requirePartitionedTable(session, add.name(), defaultDatabase);
        Set<String> existing = new HashSet<>(partitionNames(session, table));
        for (PartitionSpec partition : add.partitions()) {
            List<String> values = partitionValues(table, partition);
            String partitionName = partitionName(table, values);
            if (existing.contains(partitionName)) {
                if (add.ifNotExists()) {
                    continue;
                }
                throw HiveDdlException.ddlTask("AlreadyExistsException(message:Partition already exists: %s)".formatted(partitionName));
            }
            String location = partition.location().orElseGet(() -> {
                String tableLocation = table.location().orElseThrow(() -> HiveDdlException.ddlTask("Table %s has no location".formatted(table.name())));
                return (tableLocation.endsWith("/") ? tableLocation : tableLocation + "/") + partitionName;
            });
            createDirectory(location);
            session.execute("CALL awsdatacatalog.system.register_partition(schema_name => %s, table_name => %s, partition_columns => %s, partition_values => %s, location => %s)"
                    .formatted(quoteString(table.database()), quoteString(table.name()), array(table.partitionKeys().stream().map(HiveColumn::name).toList()), array(values),
                            quoteString(trinoLocation(location))));
            existing.add(partitionName);
        }
        return HiveResult.none();
    }

    private HiveResult dropPartitions(HiveSession session, DropPartitions drop, String defaultDatabase)
    {
        HiveTableDescription table = requirePartitionedTable(session, drop.name(), defaultDatabase);
        Set<String> existing = new HashSet<>(partitionNames(session, table));
        for (PartitionSpec partition : drop.partitions()) {
            List<String> values = partitionValues(table, partition);
            String partitionName = partitionName(table, values);
            if (!existing.contains(partitionName)) {
                if (drop.ifExists()) {
                    continue;
                }
                String spec = partition.values().entrySet().stream()
                        .map(entry -> "%s = '%s'".formatted(entry.getKey(), entry.getValue()))
                        .collect(joining(", ", "(", ")"));
                throw HiveDdlException.semantic(10006, "Partition not found " + spec);
            }
            session.execute("CALL awsdatacatalog.system.unregister_partition(schema_name => %s, table_name => %s, partition_columns => %s, partition_values => %s)"
                    .formatted(quoteString(table.database()), quoteString(table.name()), array(table.partitionKeys().stream().map(HiveColumn::name).toList()), array(values)));
            existing.remove(partitionName);
        }
        return HiveResult.none();
    }

    /** The partition's values in the order of the table's partition keys; the specification must name every key. */
    private static List<String> partitionValues(HiveTableDescription table, PartitionSpec partition)
    {
        List<String> values = new ArrayList<>();
        for (HiveColumn key : table.partitionKeys()) {
            String value = partition.values().get(key.name());
            if (value == null || partition.values().size() != table.partitionKeys().size()) {
                throw HiveDdlException.semantic(10098, "Partition spec is invalid; table %s has partition keys (%s) and the specification names (%s)".formatted(
                        table.name(), table.partitionKeys().stream().map(HiveColumn::name).collect(joining(", ")), String.join(", ", partition.values().keySet())));
            }
            values.add(value);
        }
        return values;
    }

    private HiveResult msckRepair(HiveSession session, MsckRepair repair, String defaultDatabase)
    {
        HiveTableDescription table = requireTable(session, repair.name(), defaultDatabase);
        if (table.iceberg()) {
            throw HiveDdlException.semantic(10294, "MSCK REPAIR TABLE is not supported for Iceberg table " + table.name());
        }
        if (table.partitionKeys().isEmpty()) {
            return HiveResult.none();
        }
        // Athena's MSCK REPAIR TABLE adds partitions it finds and never removes any: mode ADD.
        session.execute("CALL awsdatacatalog.system.sync_partition_metadata(schema_name => %s, table_name => %s, mode => 'ADD')"
                .formatted(quoteString(table.database()), quoteString(table.name())));
        return HiveResult.none();
    }

    private HiveResult showTables(HiveSession session, ShowTables show, String defaultDatabase)
    {
        String database = show.database().orElse(defaultDatabase);
        requireDatabase(session, database);
        Optional<Pattern> pattern = show.pattern().map(HiveDdlService::hiveTablePattern);
        List<String> rows = new ArrayList<>();
        for (List<Object> row : session.query("SELECT table_name FROM awsdatacatalog.information_schema.tables WHERE table_schema = %s ORDER BY table_name"
                .formatted(quoteString(database)))) {
            String tableName = String.valueOf(row.getFirst());
            if (pattern.isEmpty() || pattern.get().matcher(tableName).matches()) {
                rows.add(tableName);
            }
        }
        return HiveResult.utility(List.of("tab_name"), rows, true);
    }

    /**
     * Hive's table name pattern: {@code *} is any text, {@code |} separates alternatives, case-insensitive.
     */
    static Pattern hiveTablePattern(String pattern)
    {
        String regex = Arrays.stream(pattern.split("\\|"))
                .map(alternative -> alternative.strip().replaceAll("(?<!\\.)\\*", ".*"))
                .collect(joining("|"));
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        }
        catch (PatternSyntaxException e) {
            throw HiveDdlException.ddlTask("MetaException(message:Invalid table name pattern: " + e.getMessage() + ")");
        }
    }

    private HiveResult showDatabases(HiveSession session, ShowDatabases show)
    {
        Optional<Pattern> pattern;
        try {
            // Measured: the pattern is a Java regular expression matched against the whole name, case-sensitive; '*' alone is everything.
            pattern = show.pattern().filter(value -> !value.equals("*")).map(Pattern::compile);
        }
        catch (PatternSyntaxException e) {
            throw new HiveDdlException(new AthenaError(AthenaError.USER, 1006, false,
                    "FAILED: Execution Error, return code 1 from org.apache.hadoop.hive.ql.exec.DDLTask. MetaException(message:Unable to get databases: java.util.regex.PatternSyntaxException: " + e.getMessage()));
        }
        List<String> rows = new ArrayList<>();
        for (List<Object> row : session.query("SELECT schema_name FROM awsdatacatalog.information_schema.schemata WHERE schema_name <> 'information_schema' ORDER BY schema_name")) {
            String database = String.valueOf(row.getFirst());
            if (pattern.isEmpty() || pattern.get().matcher(database).matches()) {
                rows.add(database);
            }
        }
        return HiveResult.utility(List.of("database_name"), rows, true);
    }

    private HiveResult showPartitions(HiveSession session, ShowPartitions show, String defaultDatabase)
    {
        HiveTableDescription table = requirePartitionedTable(session, show.name(), defaultDatabase);
        List<String> rows = new ArrayList<>(partitionNames(session, table));
        rows.sort(null);
        return HiveResult.utility(List.of("partition"), rows, true);
    }

    private HiveResult showTableProperties(HiveSession session, ShowTableProperties show, String defaultDatabase)
    {
        HiveTableDescription table = requireTable(session, show.name(), defaultDatabase);
        Map<String, String> properties = table.shownTableProperties();
        List<String> rows;
        if (show.property().isPresent()) {
            String value = properties.get(show.property().get());
            rows = List.of(value != null ? value : "Table %s.%s does not have property: %s".formatted(table.database(), table.name(), show.property().get()));
        }
        else {
            rows = properties.entrySet().stream().map(entry -> entry.getKey() + "\t" + entry.getValue()).toList();
        }
        return HiveResult.utility(List.of("prpt_name", "prpt_value"), rows, true);
    }

    private HiveResult describe(HiveSession session, Describe describe, String defaultDatabase)
    {
        if (isView(session, describe.name(), defaultDatabase)) {
            return describeView(session, describe.name(), defaultDatabase);
        }
        HiveTableDescription table = requireTable(session, describe.name(), defaultDatabase);
        List<String> columns = List.of("col_name", "data_type", "comment");
        if (table.iceberg()) {
            return HiveResult.utility(columns, HiveOutput.describeIceberg(table), true);
        }
        return HiveResult.utility(columns, describe.formatted() ? HiveOutput.describeFormatted(table) : HiveOutput.describeHive(table), false);
    }

    private static boolean isView(HiveSession session, TableName name, String defaultDatabase)
    {
        return HiveTableDescriptions.tableType(session, name.databaseOr(defaultDatabase), name.table()).filter("VIEW"::equals).isPresent();
    }

    /**
     * DESCRIBE and SHOW COLUMNS of a view, as measured by athena-local: Athena answers from Trino, two {@code varchar}
     * columns {@code column} and {@code type}, one unpadded {@code name<TAB>trino type} row per column, UpdateCount 0.
     * (Athena also reports the SubstatementType {@code DESC_VIEW}, which this server does not.)
     */
    private static HiveResult describeView(HiveSession session, TableName name, String defaultDatabase)
    {
        List<String> rows = new ArrayList<>();
        for (List<Object> row : session.query(("SELECT column_name, data_type FROM awsdatacatalog.information_schema.columns "
                + "WHERE table_schema = %s AND table_name = %s ORDER BY ordinal_position").formatted(quoteString(name.databaseOr(defaultDatabase)), quoteString(name.table())))) {
            rows.add(row.get(0) + "\t" + row.get(1));
        }
        List<AthenaColumn> columns = List.of(new AthenaColumn("column", "varchar", 0, 0, false), new AthenaColumn("type", "varchar", 0, 0, false));
        return new HiveResult(columns, rows, OptionalLong.of(0));
    }

    /**
     * An {@code ALTER TABLE} form without a Hive translation (Trino's own spellings, mostly for Iceberg tables: DROP
     * COLUMN, RENAME COLUMN, SET PROPERTIES, EXECUTE): runs on Trino as written, then the stored columns follow Trino's.
     */
    private HiveResult passThrough(HiveSession session, String sql, TableName name, String defaultDatabase)
    {
        session.execute(sql);
        String database = name.databaseOr(defaultDatabase);
        Optional<HiveTableDescription> stored = store.load(database, name.table());
        if (stored.isPresent() && HiveTableDescriptions.tableType(session, database, name.table()).isPresent()) {
            Map<String, HiveColumn> declared = new LinkedHashMap<>();
            stored.get().allColumns().forEach(column -> declared.put(column.name(), column));
            Set<String> partitionKeys = new HashSet<>(stored.get().partitionKeys().stream().map(HiveColumn::name).toList());
            List<HiveColumn> columns = new ArrayList<>();
            for (List<Object> row : session.query(("SELECT column_name, data_type, comment FROM awsdatacatalog.information_schema.columns "
                    + "WHERE table_schema = %s AND table_name = %s ORDER BY ordinal_position").formatted(quoteString(database), quoteString(name.table())))) {
                String column = String.valueOf(row.get(0));
                if (partitionKeys.contains(column)) {
                    continue;
                }
                HiveColumn known = declared.get(column);
                HiveType trinoType = descriptions.hiveTypeOf(String.valueOf(row.get(1)));
                columns.add(known != null && (known.type().trinoType().equals(trinoType.trinoType()) || known.type().icebergTrinoType().equals(trinoType.icebergTrinoType()))
                        ? known
                        : new HiveColumn(column, trinoType, Optional.ofNullable((String) row.get(2))));
            }
            store.save(stored.get().withColumns(columns));
        }
        return HiveResult.none();
    }

    private HiveTableDescription requireTable(HiveSession session, TableName name, String defaultDatabase)
    {
        return descriptions.describe(session, name.databaseOr(defaultDatabase), name.table())
                .orElseThrow(() -> HiveDdlException.tableNotFound(written(name)));
    }

    private HiveTableDescription requirePartitionedTable(HiveSession session, TableName name, String defaultDatabase)
    {
        HiveTableDescription table = requireTable(session, name, defaultDatabase);
        if (table.partitionKeys().isEmpty()) {
            throw HiveDdlException.ddlTask("Table %s is not a partitioned table".formatted(table.name()));
        }
        return table;
    }

    private static void requireDatabase(HiveSession session, String database)
    {
        if (!HiveTableDescriptions.databaseExists(session, database)) {
            throw HiveDdlException.semantic(10072, "Database does not exist: " + database);
        }
    }

    /** The table's partitions as Hive names them, {@code dt=2024-01-01/region=eu}. */
    private static List<String> partitionNames(HiveSession session, HiveTableDescription table)
    {
        List<String> names = new ArrayList<>();
        List<String> keys = table.partitionKeys().stream().map(HiveColumn::name).toList();
        String columns = keys.stream().map(HiveTrinoNames::name).collect(joining(", "));
        for (List<Object> row : session.query("SELECT %s FROM awsdatacatalog.%s.%s".formatted(columns, name(table.database()), name(table.name() + "$partitions")))) {
            names.add(partitionName(table, row.stream().map(value -> value == null ? "__HIVE_DEFAULT_PARTITION__" : String.valueOf(value)).toList()));
        }
        return names;
    }

    private static String partitionName(HiveTableDescription table, List<String> values)
    {
        List<String> parts = new ArrayList<>();
        for (int index = 0; index < values.size(); index++) {
            parts.add(escapePathName(table.partitionKeys().get(index).name()) + "=" + escapePathName(values.get(index)));
        }
        return String.join("/", parts);
    }

    /** Hive's escaping of partition names in paths: characters with a meaning in paths become {@code %XX}. */
    static String escapePathName(String value)
    {
        StringBuilder escaped = new StringBuilder();
        for (char character : value.toCharArray()) {
            if (character < 0x20 || "\"#%'*/:=?\\\u007f{[]^".indexOf(character) >= 0) {
                escaped.append('%').append("%02X".formatted((int) character));
            }
            else {
                escaped.append(character);
            }
        }
        return escaped.toString();
    }

    private String trinoLocation(String location)
    {
        try {
            return locations.toTrino(location);
        }
        catch (IllegalArgumentException e) {
            throw HiveDdlException.ddlTask("MetaException(message:" + e.getMessage() + ")");
        }
    }

    /** Trino requires an external location to exist as a directory; S3 has no directories, so make it. */
    private void createDirectory(String location)
    {
        Path directory;
        try {
            directory = locations.toFile(dataDirectory, location);
        }
        catch (IllegalArgumentException e) {
            throw HiveDdlException.ddlTask("MetaException(message:" + e.getMessage() + ")");
        }
        try {
            Files.createDirectories(directory);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory %s for location %s".formatted(directory, location), e);
        }
    }

    private static String columnDefinition(HiveColumn column, String trinoType)
    {
        return name(column.name()) + " " + trinoType + column.comment().map(comment -> " COMMENT " + quoteString(comment)).orElse("");
    }

    private static String array(List<String> values)
    {
        return values.stream().map(HiveTrinoNames::quoteString).collect(joining(", ", "ARRAY[", "]"));
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> properties)
    {
        Map<String, String> lowerCased = new LinkedHashMap<>();
        properties.forEach((key, value) -> lowerCased.put(key.toLowerCase(Locale.ROOT), value));
        return lowerCased;
    }

    private static String written(TableName name)
    {
        return name.database().map(database -> database + "." + name.table()).orElse(name.table());
    }
}
