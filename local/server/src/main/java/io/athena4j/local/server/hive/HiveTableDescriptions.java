package io.athena4j.local.server.hive;

import io.athena4j.local.server.catalog.HiveTypeNames;
import io.athena4j.local.server.sql.S3Locations;
import io.trino.spi.type.TypeManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.athena4j.local.server.hive.HiveTrinoNames.quoteString;
import static io.athena4j.local.server.hive.HiveTrinoNames.table;
import static java.util.Objects.requireNonNull;

/**
 * How Athena's catalog describes tables: the internal API behind DESCRIBE, SHOW CREATE TABLE, SHOW TBLPROPERTIES,
 * SHOW COLUMNS, and for GetTableMetadata / ListTableMetadata.
 *
 * <p>Tables created through Athena's Hive DDL have a stored description ({@link TableMetadataStore}) with exactly what
 * was declared. Tables created otherwise (CTAS, Trino syntax) are described from Trino's metadata: columns from
 * {@code information_schema.columns} with their types respelled in Hive, and location, format and partitioning from
 * Trino's {@code SHOW CREATE TABLE}.
 *
 * <pre>{@code
 * HiveTableDescriptions descriptions = new HiveTableDescriptions(new TableMetadataStore(dataDirectory), new S3Locations(), engine.typeManager());
 * Optional<HiveTableDescription> table = descriptions.describe(new TrinoHiveSession(engine, "catalog-api"), "default", "events");
 * table.get().columns();        // [HiveColumn[name=id, type=int, comment=Optional.empty], ...]
 * table.get().partitionKeys();  // [HiveColumn[name=dt, type=string, ...]]
 * table.get().parameters();     // {EXTERNAL=TRUE, location=s3://..., inputformat=..., serde.serialization.lib=..., ...}
 * }</pre>
 */
public final class HiveTableDescriptions
{
    private static final Pattern LOCATION = Pattern.compile("(?:external_location|location) = '((?:[^']|'')*)'");
    private static final Pattern FORMAT = Pattern.compile("\\bformat = '([A-Z_]+)'");
    private static final Pattern PARTITIONED_BY = Pattern.compile("partitioned_by = ARRAY\\[([^]]*)]");
    private static final Pattern PARTITIONING = Pattern.compile("partitioning = ARRAY\\[([^]]*)]");
    private static final Pattern ARRAY_ELEMENT = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern TRINO_TRANSFORM = Pattern.compile("(bucket|truncate)\\(\\s*(\\w+)\\s*,\\s*(\\d+)\\s*\\)|(year|month|day|hour)\\(\\s*(\\w+)\\s*\\)|(\\w+)");
    private static final Set<String> VIEW_TYPES = Set.of("VIEW");

    private final TableMetadataStore store;
    private final S3Locations locations;
    private final TypeManager typeManager;

    public HiveTableDescriptions(TableMetadataStore store, S3Locations locations, TypeManager typeManager)
    {
        this.store = requireNonNull(store, "store is null");
        this.locations = requireNonNull(locations, "locations is null");
        this.typeManager = requireNonNull(typeManager, "typeManager is null");
    }

    /**
     * The table's description, or empty if there is no such table (or it is a view).
     */
    public Optional<HiveTableDescription> describe(HiveSession session, String database, String table)
    {
        requireNonNull(session, "session is null");
        Optional<String> tableType = tableType(session, database, table);
        if (tableType.isEmpty() || VIEW_TYPES.contains(tableType.get())) {
            return Optional.empty();
        }
        Optional<HiveTableDescription> stored = store.load(database, table);
        if (stored.isPresent()) {
            return stored;
        }
        return Optional.of(fromTrino(session, database, table));
    }

    /** Trino's {@code table_type} ({@code BASE TABLE}, {@code VIEW}) of a table, or empty if it does not exist. */
    static Optional<String> tableType(HiveSession session, String database, String table)
    {
        List<List<Object>> rows = session.query("SELECT table_type FROM awsdatacatalog.information_schema.tables WHERE table_schema = %s AND table_name = %s"
                .formatted(quoteString(database), quoteString(table)));
        return rows.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(rows.getFirst().getFirst()));
    }

    static boolean databaseExists(HiveSession session, String database)
    {
        return !session.query("SELECT schema_name FROM awsdatacatalog.information_schema.schemata WHERE schema_name = " + quoteString(database)).isEmpty();
    }

    private HiveTableDescription fromTrino(HiveSession session, String database, String table)
    {
        String createStatement = String.valueOf(session.query("SHOW CREATE TABLE " + table(database, table)).getFirst().getFirst());
        boolean iceberg = createStatement.contains("format_version = ");
        List<String> partitionNames = iceberg ? List.of() : arrayElements(PARTITIONED_BY, createStatement);
        List<HiveColumn> columns = new ArrayList<>();
        List<HiveColumn> partitionKeys = new ArrayList<>();
        for (List<Object> row : session.query(("SELECT column_name, data_type, comment FROM awsdatacatalog.information_schema.columns "
                + "WHERE table_schema = %s AND table_name = %s ORDER BY ordinal_position").formatted(quoteString(database), quoteString(table)))) {
            String name = String.valueOf(row.get(0));
            HiveColumn column = new HiveColumn(name, hiveTypeOf(String.valueOf(row.get(1))), Optional.ofNullable((String) row.get(2)));
            (partitionNames.contains(name) ? partitionKeys : columns).add(column);
        }
        Optional<String> location = matched(LOCATION, createStatement).map(value -> value.replace("''", "'")).map(this::toAthenaLocation);
        Optional<HiveFormats.Storage> storage = iceberg
                ? Optional.empty()
                : Optional.of(HiveFormats.resolve(Optional.empty(), Optional.of(matched(FORMAT, createStatement).orElse("PARQUET")), Optional.empty(), Optional.empty()));
        Map<String, String> tableProperties = new LinkedHashMap<>();
        if (iceberg) {
            tableProperties.put("table_type", "ICEBERG");
            matched(FORMAT, createStatement).ifPresent(format -> tableProperties.put("format", format.toLowerCase(Locale.ROOT)));
        }
        return new HiveTableDescription(
                database,
                table,
                HiveTableDescription.EXTERNAL_TABLE,
                iceberg,
                columns,
                partitionKeys,
                iceberg ? arrayElements(PARTITIONING, createStatement).stream().map(HiveTableDescriptions::athenaTransform).toList() : List.of(),
                List.of(),
                OptionalInt.empty(),
                location,
                storage.map(HiveFormats.Storage::serde),
                Map.of(),
                storage.map(HiveFormats.Storage::inputFormat),
                storage.map(HiveFormats.Storage::outputFormat),
                Optional.empty(),
                tableProperties,
                0);
    }

    private String toAthenaLocation(String trinoLocation)
    {
        try {
            return locations.toAthena(trinoLocation);
        }
        catch (IllegalArgumentException e) {
            // A managed table under the metastore directory has no S3 location; report Trino's own.
            return trinoLocation;
        }
    }

    /** Trino's {@code bucket(id, 16)} in Athena's spelling {@code bucket(16, id)}. */
    static String athenaTransform(String trinoTransform)
    {
        Matcher matcher = TRINO_TRANSFORM.matcher(trinoTransform.strip());
        if (!matcher.matches()) {
            return trinoTransform;
        }
        if (matcher.group(1) != null) {
            return "%s(%s, %s)".formatted(matcher.group(1), matcher.group(3), matcher.group(2));
        }
        if (matcher.group(4) != null) {
            return "%s(%s)".formatted(matcher.group(4), matcher.group(5));
        }
        return matcher.group(6);
    }

    /**
     * The Hive type of a column type as {@code information_schema.columns} spells it ({@code integer},
     * {@code row("a" integer)}), through Trino's own Hive type translator ({@link HiveTypeNames}).
     */
    HiveType hiveTypeOf(String trinoType)
    {
        try {
            return HiveType.parse(HiveTypeNames.of(typeManager.fromSqlType(trinoType)));
        }
        catch (IllegalArgumentException e) {
            // Types Hive DDL cannot declare (timestamp with time zone, uuid, ...) keep Trino's spelling.
            return new HiveType(trinoType, List.of(), List.of(), List.of());
        }
    }

    private static Optional<String> matched(Pattern pattern, String text)
    {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static List<String> arrayElements(Pattern arrayPattern, String text)
    {
        Optional<String> elements = matched(arrayPattern, text);
        if (elements.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        Matcher matcher = ARRAY_ELEMENT.matcher(elements.get());
        while (matcher.find()) {
            values.add(matcher.group(1).replace("''", "'"));
        }
        return values;
    }
}
