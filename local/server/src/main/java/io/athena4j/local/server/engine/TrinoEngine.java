package io.athena4j.local.server.engine;

import com.google.inject.Key;
import io.trino.Session;
import io.trino.client.direct.DirectTrinoClient;
import io.trino.dispatcher.DispatchManager;
import io.trino.dispatcher.DispatchQuery;
import io.trino.execution.QueryInfo;
import io.trino.execution.QueryManagerConfig;
import io.trino.operator.DirectExchangeClientSupplier;
import io.trino.plugin.hive.HivePlugin;
import io.trino.plugin.iceberg.IcebergPlugin;
import io.trino.plugin.memory.MemoryPlugin;
import io.trino.server.BasicQueryInfo;
import io.trino.server.SessionContext;
import io.trino.server.testing.TestingTrinoServer;
import io.trino.spi.block.BlockEncodingSerde;
import io.trino.spi.type.TimeZoneKey;
import io.trino.spi.type.TypeManager;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static io.trino.testing.TestingSession.testSessionBuilder;
import static java.util.Objects.requireNonNull;

/**
 * The embedded Trino that executes every statement.
 *
 * <p>Athena shows Hive and Iceberg tables side by side in one catalog, {@code AwsDataCatalog}. Trino does the same when
 * a Hive catalog and an Iceberg catalog share one metastore and redirect tables to each other: the Hive catalog is named
 * {@value #ATHENA_CATALOG} (Trino lower-cases catalog names, and Athena reports the catalog lower-cased too) and the
 * Iceberg catalog {@value #ICEBERG_CATALOG}. All data and the metastore live under the data directory, so a restarted
 * server still has its tables and rows.
 */
public final class TrinoEngine
        implements Closeable
{
    public static final String ATHENA_CATALOG = "awsdatacatalog";
    public static final String ICEBERG_CATALOG = "iceberg";
    public static final String DEFAULT_DATABASE = "default";
    /** Where the shared Hive file metastore lives, relative to the data directory, and as Trino names it. */
    public static final String METASTORE_DIRECTORY = "metastore";
    public static final String METASTORE_LOCATION = "local:///" + METASTORE_DIRECTORY;

    private static final long FINAL_QUERY_INFO_WAIT_NANOS = 1_000_000_000L;
    private static final long FINAL_QUERY_INFO_POLL_MILLIS = 5;

    private final TestingTrinoServer server;
    private final DirectTrinoClient client;
    private final DispatchManager dispatchManager;

    public TrinoEngine(Path dataDirectory)
    {
        requireNonNull(dataDirectory, "dataDirectory is null");
        Path trinoDirectory = dataDirectory.resolve("trino");
        createDirectories(trinoDirectory);
        createDirectories(dataDirectory.resolve("s3"));

        server = TestingTrinoServer.builder()
                // The default pool keeps up to 1000 idle threads alive; a local server needs few.
                .addProperty("query.executor-pool-size", "50")
                .setBaseDataDir(Optional.of(trinoDirectory))
                .build();
        try {
            server.installPlugin(new HivePlugin());
            server.installPlugin(new IcebergPlugin());
            server.installPlugin(new MemoryPlugin());

            // local:///x resolves to <data-dir>/x. Never file://: Trino writes there but then lists nothing back.
            String root = dataDirectory.toAbsolutePath().toString();
            server.createCatalog(ATHENA_CATALOG, "hive", Map.of(
                    "hive.metastore", "file",
                    "hive.metastore.catalog.dir", METASTORE_LOCATION,
                    "fs.local.enabled", "true",
                    "local.location", root,
                    "hive.non-managed-table-writes-enabled", "true",
                    // ALTER TABLE ... ADD PARTITION ... becomes system.register_partition.
                    "hive.allow-register-partition-procedure", "true",
                    // Athena's CTAS defaults: Parquet, GZIP.
                    "hive.storage-format", "PARQUET",
                    "hive.compression-codec", "GZIP",
                    "hive.iceberg-catalog-name", ICEBERG_CATALOG));
            server.createCatalog(ICEBERG_CATALOG, "iceberg", Map.of(
                    "iceberg.catalog.type", "TESTING_FILE_METASTORE",
                    "hive.metastore.catalog.dir", METASTORE_LOCATION,
                    "fs.local.enabled", "true",
                    "local.location", root,
                    "iceberg.file-format", "PARQUET",
                    "iceberg.hive-catalog-name", ATHENA_CATALOG));

            dispatchManager = server.getDispatchManager();
            client = new DirectTrinoClient(
                    dispatchManager,
                    server.getQueryManager(),
                    server.getInstance(Key.get(QueryManagerConfig.class)),
                    server.getInstance(Key.get(DirectExchangeClientSupplier.class)),
                    server.getInstance(Key.get(BlockEncodingSerde.class)));
        }
        catch (RuntimeException e) {
            closeQuietlyAfterFailure(e);
            throw e;
        }
    }

    /**
     * Runs one statement to completion, streaming its output to the listener, and returns Trino's final query info.
     * Blocks the calling thread; {@link #cancel(String)} with the same trace token stops it from another thread.
     */
    public QueryInfo execute(String sql, String catalog, String schema, String traceToken, DirectTrinoClient.QueryResultsListener listener)
    {
        requireNonNull(sql, "sql is null");
        requireNonNull(traceToken, "traceToken is null");
        requireNonNull(listener, "listener is null");
        Session.SessionBuilder session = testSessionBuilder(server.getSessionPropertyManager())
                .setCatalog(Optional.ofNullable(catalog))
                .setSchema(Optional.ofNullable(schema))
                .setTimeZoneKey(TimeZoneKey.UTC_KEY)
                .setSource("athena4j-local")
                .setTraceToken(Optional.of(traceToken));
        DispatchQuery query = client.execute(SessionContext.fromSession(session.build()), sql, listener);
        return finalQueryInfo(query);
    }

    /**
     * The query's info once Trino has marked it final: the state turns FINISHED before the last task statistics
     * (bytes read among them) arrive, so an info taken at once can still report nothing read.
     */
    private static QueryInfo finalQueryInfo(DispatchQuery query)
    {
        QueryInfo info = query.getFullQueryInfo();
        long deadline = System.nanoTime() + FINAL_QUERY_INFO_WAIT_NANOS;
        while (!info.isFinalQueryInfo() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(FINAL_QUERY_INFO_POLL_MILLIS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return info;
            }
            info = query.getFullQueryInfo();
        }
        return info;
    }

    /** The engine's types, for reading type names that {@code information_schema} reports. */
    public TypeManager typeManager()
    {
        return server.getPlannerContext().getTypeManager();
    }

    /**
     * Cancels the Trino query started with this trace token, if one is registered.
     *
     * @return whether a query was found
     */
    public boolean cancel(String traceToken)
    {
        requireNonNull(traceToken, "traceToken is null");
        for (BasicQueryInfo query : dispatchManager.getQueries()) {
            if (query.getSession().getTraceToken().filter(traceToken::equals).isPresent()) {
                dispatchManager.cancelQuery(query.getQueryId());
                return true;
            }
        }
        return false;
    }

    @Override
    public void close()
            throws IOException
    {
        server.close();
    }

    private void closeQuietlyAfterFailure(RuntimeException failure)
    {
        try {
            server.close();
        }
        catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void createDirectories(Path directory)
    {
        try {
            Files.createDirectories(directory);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create directory " + directory, e);
        }
    }
}
