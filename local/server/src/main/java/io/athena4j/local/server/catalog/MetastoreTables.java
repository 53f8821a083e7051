package io.athena4j.local.server.catalog;

import io.airlift.json.JsonCodec;
import io.trino.metastore.Table;
import io.trino.plugin.hive.metastore.file.TableMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Reads table entries from the Hive file metastore the engine keeps under {@code <data-dir>/metastore}: the storage
 * details Athena reports in GetTableMetadata (location, input and output format, serde and its parameters, partition
 * keys, table parameters) that no SQL statement shows in full.
 *
 * <p>The entries are decoded with Trino's own class for that file, {@link TableMetadata}, and converted with its own
 * {@link TableMetadata#toTable}, so a managed table gets the location Trino gives it and a storage format name becomes
 * Hive's serde and format classes exactly as Trino resolves them.
 */
final class MetastoreTables
{
    // FileHiveMetastore's layout: <catalog dir>/<database>/<table>/.trinoSchema
    private static final String SCHEMA_FILE = ".trinoSchema";
    private static final JsonCodec<TableMetadata> CODEC = JsonCodec.jsonCodec(TableMetadata.class);

    private final Path metastoreDirectory;
    private final String metastoreLocation;

    /**
     * @param metastoreDirectory the directory behind {@code hive.metastore.catalog.dir}
     * @param metastoreLocation the same directory as Trino names it, {@code local:///metastore}
     */
    MetastoreTables(Path metastoreDirectory, String metastoreLocation)
    {
        this.metastoreDirectory = requireNonNull(metastoreDirectory, "metastoreDirectory is null");
        this.metastoreLocation = requireNonNull(metastoreLocation, "metastoreLocation is null");
    }

    /** The metastore's entry for a table or view, and when it was created; empty if there is none. */
    Optional<StoredTable> table(String database, String table)
    {
        Path directory = metastoreDirectory.resolve(database).resolve(table);
        Path schemaFile = directory.resolve(SCHEMA_FILE);
        try {
            byte[] json = Files.readAllBytes(schemaFile);
            BasicFileAttributes attributes = Files.readAttributes(directory, BasicFileAttributes.class);
            Table stored = CODEC.fromJson(json).toTable(database, table, metastoreLocation + "/" + database + "/" + table);
            // The file metastore records no creation time; the entry's directory is created with the table. Where the
            // file system keeps no birth time, Java reports the last modification instead.
            return Optional.of(new StoredTable(stored, attributes.creationTime().toInstant()));
        }
        catch (NoSuchFileException e) {
            return Optional.empty();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the metastore entry " + schemaFile, e);
        }
    }

    record StoredTable(Table table, Instant createTime)
    {
        StoredTable
        {
            requireNonNull(table, "table is null");
            requireNonNull(createTime, "createTime is null");
        }
    }
}
