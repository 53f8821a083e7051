package io.athena4j.local;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;
import static java.util.concurrent.TimeUnit.NANOSECONDS;

/**
 * A local Athena: Athena's JSON API over an embedded Trino, running as a separate JVM process for tests and local
 * development.
 *
 * <pre>{@code
 * try (AthenaLocal athena = AthenaLocal.start()) {
 *     AthenaClient client = AthenaClient.builder()
 *             .endpointOverride(athena.endpoint())
 *             ...
 * }
 * }</pre>
 *
 * <p>This class needs Java 17 and nothing else. The server needs a JDK 25 or newer, which the distribution's launch
 * script {@code bin/athena4j-local} finds by itself (see the script, or {@code athena4j-local --help}); set
 * {@code ATHENA4J_LOCAL_JAVA_HOME} to choose one. The distribution is found through
 * {@link AthenaLocalOptions#home()}.
 *
 * <p>The server's stdout and stderr go to {@code <data-directory>/athena4j-local.log}, truncated at each start. If the
 * server exits or times out before it accepts queries, {@link #start(AthenaLocalOptions)} throws an
 * {@link AthenaLocalException} quoting the last lines of that log.
 *
 * <p>{@link #close()} stops the server; a JVM shutdown hook stops it too if it is still running when the JVM exits.
 * Instances are thread-safe.
 */
public final class AthenaLocal
        implements AutoCloseable
{
    static final String LOG_FILE_NAME = "athena4j-local.log";
    static final String JAVA_OPTIONS_VARIABLE = "ATHENA4J_LOCAL_JAVA_OPTS";
    // Trino needs a few seconds to finish running queries and remove its temporary directories.
    static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    // The pipes close when the process exits; this only bounds a descendant that inherited them and lives on.
    private static final Duration OUTPUT_END_TIMEOUT = Duration.ofSeconds(5);

    private final Process process;
    private final ServerOutput output;
    private final URI endpoint;
    private final Path dataDirectory;
    private final boolean deleteDataDirectory;
    private final Duration shutdownTimeout;
    private final Thread shutdownHook;
    // Serializes close(): a second caller, the shutdown hook included, returns only once the server is stopped.
    private final Object closeLock = new Object();
    private volatile boolean closed;
    // One for the server's life: each holds a JDK HttpClient, whose threads on Java 17 end only at garbage collection.
    private final Object adminLock = new Object();
    private volatile AthenaLocalAdmin admin;

    private AthenaLocal(Process process, ServerOutput output, URI endpoint, Path dataDirectory, boolean deleteDataDirectory, Duration shutdownTimeout)
    {
        this.process = process;
        this.output = output;
        this.endpoint = endpoint;
        this.dataDirectory = dataDirectory;
        this.deleteDataDirectory = deleteDataDirectory;
        this.shutdownTimeout = shutdownTimeout;
        this.shutdownHook = new Thread(this::close, "athena4j-local shutdown hook " + process.pid());
    }

    /**
     * Starts a local Athena with default options: any free port on 127.0.0.1, a temporary data directory deleted on
     * close, and the distribution named by the system property {@code athena4j.local.home} or the environment
     * variable {@code ATHENA4J_LOCAL_HOME}.
     *
     * @return the running server; close it to stop it
     * @throws AthenaLocalException if the distribution is missing, or the server exits or does not accept queries
     * within the startup timeout
     */
    public static AthenaLocal start()
    {
        return start(AthenaLocalOptions.builder().build());
    }

    /**
     * Starts a local Athena and waits until it accepts queries.
     *
     * @param options how to start it
     * @return the running server; close it to stop it
     * @throws AthenaLocalException if the distribution is missing, or the server exits or does not accept queries
     * within {@link AthenaLocalOptions#startupTimeout()}; the server is stopped and its data directory kept
     */
    public static AthenaLocal start(AthenaLocalOptions options)
    {
        return start(options, environment -> {}, SHUTDOWN_TIMEOUT);
    }

    static AthenaLocal start(AthenaLocalOptions options, Consumer<Map<String, String>> environmentCustomizer, Duration shutdownTimeout)
    {
        requireNonNull(options, "options is null");
        requireNonNull(environmentCustomizer, "environmentCustomizer is null");
        requireNonNull(shutdownTimeout, "shutdownTimeout is null");

        Path launchScript = Distribution.launchScript(options.home());
        Path dataDirectory = createDataDirectory(options);
        Path logFile = dataDirectory.resolve(LOG_FILE_NAME);

        ProcessBuilder processBuilder = new ProcessBuilder(command(launchScript, options, dataDirectory));
        environmentCustomizer.accept(processBuilder.environment());
        addJavaOptions(processBuilder.environment(), options.javaOptions());
        Process process;
        try {
            process = processBuilder.start();
        }
        catch (IOException e) {
            throw new AthenaLocalException("Cannot run " + launchScript, e);
        }

        boolean started = false;
        Thread startupShutdownHook = null;
        try {
            // The server reads nothing; an open stdin would only keep a pipe alive.
            process.getOutputStream().close();
            ServerOutput output = ServerOutput.start(process, logFile);

            startupShutdownHook = new Thread(() -> stop(process, output, shutdownTimeout), "athena4j-local startup shutdown hook " + process.pid());
            Runtime.getRuntime().addShutdownHook(startupShutdownHook);

            URI endpoint = awaitReady(process, output, launchScript, options.startupTimeout(), shutdownTimeout);
            boolean deleteDataDirectory = options.dataDirectory().isEmpty() && !options.keepDataDirectory();
            AthenaLocal athenaLocal = new AthenaLocal(process, output, endpoint, dataDirectory, deleteDataDirectory, shutdownTimeout);
            Runtime.getRuntime().addShutdownHook(athenaLocal.shutdownHook);
            started = true;
            return athenaLocal;
        }
        catch (IOException e) {
            throw new AthenaLocalException("Cannot capture the output of athena4j-local in " + logFile, e);
        }
        finally {
            if (startupShutdownHook != null) {
                removeShutdownHook(startupShutdownHook);
            }
            if (!started) {
                // Normally already stopped by awaitReady; this covers failures before it.
                process.toHandle().destroyForcibly();
            }
        }
    }

    /**
     * The server's base URL, for example {@code http://127.0.0.1:41234}, as the server reported it. Use it as the
     * endpoint override of an Athena client.
     */
    public URI endpoint()
    {
        return endpoint;
    }

    /**
     * The admin API of this server: API call counts and fault injection. Not part of Athena's API. The same instance
     * every time, so callers need not keep it.
     */
    public AthenaLocalAdmin admin()
    {
        AthenaLocalAdmin current = admin;
        if (current == null) {
            synchronized (adminLock) {
                current = admin;
                if (current == null) {
                    current = new AthenaLocalAdmin(endpoint, endpoint.getScheme().equals("https") ? Optional.of(trustingSslContext()) : Optional.empty());
                    admin = current;
                }
            }
        }
        return current;
    }

    /** Trusts the server's self-signed certificate, which {@code --https} keeps in the data directory. */
    private SSLContext trustingSslContext()
    {
        Path trustStore = dataDirectory.resolve("tls/truststore.p12");
        try (InputStream input = Files.newInputStream(trustStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(input, "athena4j-local".toCharArray());
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers.getTrustManagers(), null);
            return context;
        }
        catch (IOException | GeneralSecurityException e) {
            throw new AthenaLocalException("Cannot load the server's certificate from " + trustStore, e);
        }
    }

    /**
     * The directory holding the server's tables, metadata, temporary files and log.
     */
    public Path dataDirectory()
    {
        return dataDirectory;
    }

    /**
     * The server's stdout and stderr, {@code <data-directory>/athena4j-local.log}.
     */
    public Path logFile()
    {
        return output.logFile();
    }

    /**
     * The process id of the server's JVM.
     */
    public long pid()
    {
        return process.pid();
    }

    /**
     * Stops the server: SIGTERM, then after 30 seconds SIGKILL. Then deletes the data directory if it was a temporary
     * one and {@link AthenaLocalOptions#keepDataDirectory()} is not set. Calling it again does nothing; a call made
     * while another thread is closing returns once the server is stopped.
     *
     * @throws AthenaLocalException if interrupted while waiting for the server to stop (the server is then killed,
     * the interrupt flag restored and the data directory kept), or if the data directory cannot be deleted
     */
    @Override
    public void close()
    {
        synchronized (closeLock) {
            if (closed) {
                return;
            }
            closed = true;
            removeShutdownHook(shutdownHook);
            stop(process, output, shutdownTimeout);
            if (deleteDataDirectory) {
                deleteRecursively(dataDirectory);
            }
        }
    }

    @Override
    public String toString()
    {
        return "AthenaLocal{endpoint=" + endpoint + ", pid=" + process.pid() + ", dataDirectory=" + dataDirectory + (closed ? ", closed" : "") + "}";
    }

    static List<String> command(Path launchScript, AthenaLocalOptions options, Path dataDirectory)
    {
        List<String> command = new ArrayList<>(List.of(
                launchScript.toString(),
                "--port", Integer.toString(options.port()),
                "--data-dir", dataDirectory.toString(),
                "--bind", options.bindAddress()));
        if (options.https()) {
            command.add("--https");
        }
        for (FaultSpec fault : options.faults()) {
            command.add("--fault");
            command.add(fault.toCommandLine());
        }
        options.faultSeed().ifPresent(seed -> {
            command.add("--fault-seed");
            command.add(Long.toString(seed));
        });
        if (options.requiredAccessKeyId().isPresent()) {
            command.add("--require-auth");
            command.add(options.requiredAccessKeyId().get() + ":" + options.requiredSecretAccessKey().orElseThrow());
        }
        return command;
    }

    static void addJavaOptions(Map<String, String> environment, List<String> javaOptions)
    {
        if (javaOptions.isEmpty()) {
            return;
        }
        String inherited = environment.getOrDefault(JAVA_OPTIONS_VARIABLE, "").strip();
        String added = String.join(" ", javaOptions);
        environment.put(JAVA_OPTIONS_VARIABLE, inherited.isEmpty() ? added : inherited + " " + added);
    }

    private static Path createDataDirectory(AthenaLocalOptions options)
    {
        try {
            if (options.dataDirectory().isPresent()) {
                return Files.createDirectories(options.dataDirectory().get().toAbsolutePath());
            }
            return Files.createTempDirectory("athena4j-local-");
        }
        catch (IOException e) {
            throw new AthenaLocalException("Cannot create the data directory " + options.dataDirectory().map(Path::toString).orElse("in java.io.tmpdir"), e);
        }
    }

    private static URI awaitReady(Process process, ServerOutput output, Path launchScript, Duration startupTimeout, Duration shutdownTimeout)
    {
        long startNanos = System.nanoTime();
        try {
            CompletableFuture.anyOf(output.readyEndpoint(), process.onExit()).get(startupTimeout.toNanos(), NANOSECONDS);
        }
        catch (TimeoutException e) {
            stop(process, output, shutdownTimeout);
            throw startupFailure("athena4j-local (pid %d, %s) did not report ready within %s, so it was stopped"
                    .formatted(process.pid(), launchScript, describe(startupTimeout)), output, e);
        }
        catch (ExecutionException e) {
            // Unreachable: neither future completes exceptionally.
            throw new AthenaLocalException("Cannot wait for athena4j-local (pid %d) to start".formatted(process.pid()), e.getCause());
        }
        catch (InterruptedException e) {
            process.toHandle().destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AthenaLocalException("Interrupted while waiting for athena4j-local (pid %d) to start; killed it".formatted(process.pid()), e);
        }

        if (output.readyEndpoint().isDone()) {
            String endpoint = output.readyEndpoint().join();
            URISyntaxException syntaxError = null;
            try {
                URI uri = new URI(endpoint);
                if (uri.getScheme() != null && uri.getHost() != null) {
                    return uri;
                }
            }
            catch (URISyntaxException e) {
                syntaxError = e;
            }
            stop(process, output, shutdownTimeout);
            throw startupFailure("athena4j-local (pid %d, %s) reported an endpoint that is not an absolute URL: '%s'; stopped it"
                    .formatted(process.pid(), launchScript, endpoint), output, syntaxError);
        }

        String elapsed = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
        try {
            // The exit may be seen before the last lines are read; wait for them so the message shows the cause.
            output.awaitEnd(OUTPUT_END_TIMEOUT);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AthenaLocalException("athena4j-local (pid %d) exited with code %d before it was ready; interrupted while reading its log %s"
                    .formatted(process.pid(), process.exitValue(), output.logFile()), e);
        }
        throw startupFailure("athena4j-local (pid %d, %s) exited with code %d after %s, before it was ready"
                .formatted(process.pid(), launchScript, process.exitValue(), elapsed), output, null);
    }

    private static AthenaLocalException startupFailure(String description, ServerOutput output, Throwable cause)
    {
        StringBuilder message = new StringBuilder(description);
        List<String> tail = output.tail();
        if (tail.isEmpty()) {
            message.append("; it printed nothing to its log ").append(output.logFile());
        }
        else {
            message.append("; last ").append(tail.size()).append(" lines of its log ").append(output.logFile()).append(':');
            for (String line : tail) {
                message.append("\n    ").append(line);
            }
        }
        AthenaLocalException exception = new AthenaLocalException(message.toString(), cause);
        output.copyFailure().ifPresent(exception::addSuppressed);
        return exception;
    }

    /**
     * SIGTERM first, so the server can shut Trino down and remove its temporary directories; SIGKILL after the timeout.
     * The signals go through the {@link ProcessHandle}: {@link Process#destroy()} also closes the pipes on Linux and
     * macOS, which loses what has not been read from them yet, the server's shutdown messages included.
     */
    private static void stop(Process process, ServerOutput output, Duration timeout)
    {
        process.toHandle().destroy();
        try {
            if (!process.waitFor(timeout.toNanos(), NANOSECONDS)) {
                process.toHandle().destroyForcibly();
                process.waitFor(OUTPUT_END_TIMEOUT.toNanos(), NANOSECONDS);
            }
            output.awaitEnd(OUTPUT_END_TIMEOUT);
        }
        catch (InterruptedException e) {
            process.toHandle().destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AthenaLocalException("Interrupted while waiting for athena4j-local (pid %d) to stop; killed it".formatted(process.pid()), e);
        }
    }

    private static void removeShutdownHook(Thread hook)
    {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (IllegalStateException e) {
            // The JVM is already shutting down, possibly in this very hook; the registered hooks run regardless.
        }
    }

    private static void deleteRecursively(Path directory)
    {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>()
            {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                        throws IOException
                {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path visited, IOException failure)
                        throws IOException
                {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.deleteIfExists(visited);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        catch (IOException e) {
            throw new AthenaLocalException("Cannot delete the temporary data directory " + directory, e);
        }
    }

    private static String describe(Duration duration)
    {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
}
