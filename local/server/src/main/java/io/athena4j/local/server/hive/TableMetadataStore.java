package io.athena4j.local.server.hive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * The sidecar store of what Athena's catalog keeps about a table and Trino's metastore cannot hold: the declared Hive
 * types and comments, the SerDe and its properties, the input and output formats, TBLPROPERTIES, the Iceberg partition
 * fields as written, the database comments and properties. One JSON file per table,
 * {@code <data-dir>/hive-ddl/<database>/<table>.json}, and {@code <data-dir>/hive-ddl/<database>/.database.json}.
 * Written atomically (temporary file, then rename), so a crash leaves the previous version.
 */
public final class TableMetadataStore
{
    static final String DIRECTORY = "hive-ddl";
    private static final String DATABASE_FILE = ".database.json";

    private final Path root;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public TableMetadataStore(Path dataDirectory)
    {
        this.root = requireNonNull(dataDirectory, "dataDirectory is null").resolve(DIRECTORY);
    }

    public Optional<HiveTableDescription> load(String database, String table)
    {
        Path file = tableFile(database, table);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(file.toFile(), StoredTable.class).toDescription());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the table description " + file, e);
        }
    }

    /**
     * GetTableMetadata's {@code Parameters} of a table created by Athena's Hive DDL ({@link HiveTableDescription#parameters()}),
     * or none for other tables; the catalog's {@code TableParameterSource}.
     */
    public Map<String, String> parameters(String database, String table)
    {
        return load(database, table).map(HiveTableDescription::parameters).orElse(Map.of());
    }

    public void save(HiveTableDescription description)
    {
        write(tableFile(description.database(), description.name()), StoredTable.of(description));
    }

    public void delete(String database, String table)
    {
        try {
            Files.deleteIfExists(tableFile(database, table));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the description of table %s.%s".formatted(database, table), e);
        }
    }

    public Optional<DatabaseDescription> loadDatabase(String database)
    {
        Path file = databaseDirectory(database).resolve(DATABASE_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            StoredDatabase stored = mapper.readValue(file.toFile(), StoredDatabase.class);
            return Optional.of(new DatabaseDescription(stored.name(), Optional.ofNullable(stored.comment()), Optional.ofNullable(stored.location()), stored.properties()));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database description " + file, e);
        }
    }

    public void saveDatabase(DatabaseDescription database)
    {
        write(databaseDirectory(database.name()).resolve(DATABASE_FILE),
                new StoredDatabase(database.name(), database.comment().orElse(null), database.location().orElse(null), database.properties()));
    }

    /** Forgets a database and the descriptions of all its tables. */
    public void deleteDatabase(String database)
    {
        Path directory = databaseDirectory(database);
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the descriptions of database " + database, e);
        }
    }

    private void write(Path file, Object value)
    {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            mapper.writeValue(temporary.toFile(), value);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private Path databaseDirectory(String database)
    {
        return root.resolve(safeName(database));
    }

    private Path tableFile(String database, String table)
    {
        return databaseDirectory(database).resolve(safeName(table) + ".json");
    }

    /** Names are Athena names (letters, digits, underscores), but never let one climb out of the store. */
    private static String safeName(String name)
    {
        requireNonNull(name, "name is null");
        if (name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("Invalid database or table name: '%s'".formatted(name));
        }
        return name;
    }

    /**
     * A database as Athena's catalog describes it (ListDatabases, GetDatabase).
     */
    public record DatabaseDescription(String name, Optional<String> comment, Optional<String> location, Map<String, String> properties)
    {
        public DatabaseDescription
        {
            requireNonNull(name, "name is null");
            requireNonNull(comment, "comment is null");
            requireNonNull(location, "location is null");
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(properties, "properties is null")));
        }
    }

    // The JSON forms: plain values only, types in their Hive spelling.

    record StoredColumn(String name, String type, String comment)
    {
        static StoredColumn of(HiveColumn column)
        {
            return new StoredColumn(column.name(), column.type().hiveSpelling(), column.comment().orElse(null));
        }

        HiveColumn toColumn()
        {
            return new HiveColumn(name, HiveType.parse(type), Optional.ofNullable(comment));
        }
    }

    record StoredTable(
            String database,
            String name,
            String tableType,
            boolean iceberg,
            List<StoredColumn> columns,
            List<StoredColumn> partitionKeys,
            List<String> icebergPartitioning,
            List<String> clusteredBy,
            Integer bucketCount,
            String location,
            String serde,
            Map<String, String> serdeProperties,
            String inputFormat,
            String outputFormat,
            String comment,
            Map<String, String> tableProperties,
            long createTime)
    {
        static StoredTable of(HiveTableDescription table)
        {
            return new StoredTable(
                    table.database(),
                    table.name(),
                    table.tableType(),
                    table.iceberg(),
                    table.columns().stream().map(StoredColumn::of).toList(),
                    table.partitionKeys().stream().map(StoredColumn::of).toList(),
                    table.icebergPartitioning(),
                    table.clusteredBy(),
                    table.bucketCount().isPresent() ? table.bucketCount().getAsInt() : null,
                    table.location().orElse(null),
                    table.serde().orElse(null),
                    table.serdeProperties(),
                    table.inputFormat().orElse(null),
                    table.outputFormat().orElse(null),
                    table.comment().orElse(null),
                    table.tableProperties(),
                    table.createTime());
        }

        HiveTableDescription toDescription()
        {
            return new HiveTableDescription(
                    database,
                    name,
                    tableType,
                    iceberg,
                    columns.stream().map(StoredColumn::toColumn).toList(),
                    partitionKeys.stream().map(StoredColumn::toColumn).toList(),
                    icebergPartitioning,
                    clusteredBy,
                    bucketCount == null ? OptionalInt.empty() : OptionalInt.of(bucketCount),
                    Optional.ofNullable(location),
                    Optional.ofNullable(serde),
                    serdeProperties,
                    Optional.ofNullable(inputFormat),
                    Optional.ofNullable(outputFormat),
                    Optional.ofNullable(comment),
                    tableProperties,
                    createTime);
        }
    }

    record StoredDatabase(String name, String comment, String location, Map<String, String> properties) {}
}
