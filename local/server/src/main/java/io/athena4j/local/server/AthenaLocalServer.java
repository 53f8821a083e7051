package io.athena4j.local.server;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.airlift.log.Level;
import io.airlift.log.Logging;
import io.athena4j.local.server.api.AthenaHttpHandler;
import io.athena4j.local.server.catalog.CatalogService;
import io.athena4j.local.server.fault.CallCounter;
import io.athena4j.local.server.fault.FaultInjector;
import io.athena4j.local.server.hive.TableMetadataStore;
import io.athena4j.local.server.http.LocalHttpRouter;
import io.athena4j.local.server.s3.S3Handler;
import io.athena4j.local.server.engine.TrinoEngine;
import io.athena4j.local.server.query.QueryExecutionService;
import io.trino.client.direct.DirectTrinoClient;
import io.trino.execution.QueryInfo;
import io.trino.execution.QueryState;
import io.trino.spi.Page;
import io.trino.spi.type.Type;
import sun.misc.Signal;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.util.Objects.requireNonNull;

/**
 * The local Athena process: Athena's JSON API on one port, answered by an embedded Trino.
 *
 * <p>It prints exactly one line on standard output, {@code athena4j-local ready at <endpoint>}, once it accepts queries;
 * launchers wait for that line. Everything else goes to standard error. SIGTERM and SIGINT stop it cleanly with exit
 * status 0.
 */
public final class AthenaLocalServer
        implements Closeable
{
    public static final String READY_LINE_PREFIX = "athena4j-local ready at ";

    private final TrinoEngine engine;
    private final QueryExecutionService queries;
    private final HttpServer httpServer;
    private final URI endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AthenaLocalServer(ServerOptions options)
            throws IOException, GeneralSecurityException
    {
        Path dataDirectory = options.dataDirectory();
        Files.createDirectories(dataDirectory);
        engine = new TrinoEngine(dataDirectory);
        try {
            FaultInjector faults = new FaultInjector(options.faults(), options.faultSeed());
            queries = new QueryExecutionService(engine, dataDirectory, faults);
            createDefaultDatabase();
            // TBLPROPERTIES and SerDe properties of tables created by Athena's Hive DDL, which Trino's metastore does not keep.
            TableMetadataStore hiveTableDescriptions = new TableMetadataStore(dataDirectory);
            CatalogService catalog = new CatalogService(engine, dataDirectory, hiveTableDescriptions::parameters);
            InetSocketAddress address = new InetSocketAddress(options.bindAddress(), options.port());
            if (options.https()) {
                HttpsServer server = HttpsServer.create(address, 0);
                server.setHttpsConfigurator(new HttpsConfigurator(SelfSignedCertificate.sslContext(dataDirectory)));
                httpServer = server;
            }
            else {
                httpServer = HttpServer.create(address, 0);
            }
            // One port for Athena's API, the S3 endpoint over <data-dir>/s3 and the admin API.
            httpServer.createContext("/", new LocalHttpRouter(
                    new AthenaHttpHandler(queries, catalog, Instant.now()),
                    new S3Handler(dataDirectory),
                    new CallCounter(),
                    faults,
                    options.requiredCredentials()));
            httpServer.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            httpServer.start();
            String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getHostString();
            if (host.contains(":")) {
                host = "[" + host + "]";
            }
            endpoint = URI.create((options.https() ? "https" : "http") + "://" + host + ":" + httpServer.getAddress().getPort());
        }
        catch (IOException | GeneralSecurityException | RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    public static AthenaLocalServer start(ServerOptions options)
            throws IOException, GeneralSecurityException
    {
        return new AthenaLocalServer(requireNonNull(options, "options is null"));
    }

    public URI endpoint()
    {
        return endpoint;
    }

    private void createDefaultDatabase()
    {
        // Athena always has the database "default"; the file metastore keeps it across restarts.
        QueryInfo info = engine.execute("CREATE SCHEMA IF NOT EXISTS \"" + TrinoEngine.DEFAULT_DATABASE + "\"", TrinoEngine.ATHENA_CATALOG, null, "athena4j-local-startup", new NoOutput());
        if (info.getState() != QueryState.FINISHED) {
            throw new IllegalStateException("Cannot create the default database: " + info.getFailureInfo());
        }
    }

    @Override
    public void close()
            throws IOException
    {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        httpServer.stop(0);
        queries.close();
        engine.close();
    }

    public static void main(String[] arguments)
    {
        ServerOptions options;
        try {
            options = ServerOptions.parse(arguments);
        }
        catch (IllegalArgumentException e) {
            System.err.println("athena4j-local: " + e.getMessage());
            System.err.println(ServerOptions.USAGE);
            System.exit(2);
            return;
        }

        // Airlift takes over JUL and redirects System.out and System.err into its logger; keep the real streams,
        // because the ready line must reach the launcher on standard output.
        PrintStream out = System.out;
        PrintStream err = System.err;
        Logging logging = Logging.initialize();
        System.setOut(out);
        System.setErr(err);
        logging.setRootLevel(Level.WARN);
        logging.setLevel("io.athena4j", Level.INFO);

        AthenaLocalServer server;
        try {
            server = start(options);
        }
        catch (Throwable e) {
            err.println("athena4j-local: failed to start: " + e);
            e.printStackTrace(err);
            // Trino's threads are not daemons: without exit the JVM would hang here.
            System.exit(1);
            return;
        }

        Runnable shutdown = () -> {
            try {
                server.close();
            }
            catch (IOException | RuntimeException e) {
                err.println("athena4j-local: error while stopping: " + e);
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "athena4j-local-shutdown"));
        for (String signal : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(signal), _ -> {
                shutdown.run();
                System.exit(0);
            });
        }
        out.println(READY_LINE_PREFIX + server.endpoint());
        out.flush();
    }

    private static final class NoOutput
            implements DirectTrinoClient.QueryResultsListener
    {
        @Override
        public void setOutputColumns(List<String> columnNames, List<Type> columnTypes) {}

        @Override
        public void consumeOutputPage(Page page) {}
    }
}
