package io.athena4j.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.EncryptionConfiguration;
import software.amazon.awssdk.services.athena.model.GetQueryResultsRequest;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.ResultConfiguration;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import static java.util.Objects.requireNonNull;

/**
 * One query on Athena, from StartQueryExecution to a final state: adaptive polling (a short first wait that grows to a
 * cap), a deadline, and cancellation from another thread that wakes the poller at once and stops the query on Athena.
 * Whatever way the wait ends early — timeout, cancel, interrupt, failure — the query is stopped, never left running.
 */
final class QueryRun
{
    private static final Logger LOG = LoggerFactory.getLogger(QueryRun.class);
    private static final long PROGRESS_LOG_NANOS = Duration.ofSeconds(30).toNanos();
    /** Rounds of the SDK's NumRetries a StopQueryExecution gets before the driver gives up on it. */
    static final int STOP_ROUNDS = 4;

    private final AthenaClient client;
    private final ConnectionConfig config;
    private final String sql;
    private final String catalog;
    private final String database;
    private final List<String> executionParameters;
    private final String clientRequestToken = UUID.randomUUID().toString();
    private final CompletableFuture<Void> cancelSignal = new CompletableFuture<>();
    private volatile String queryExecutionId;
    private volatile boolean finished;
    private final AtomicBoolean stopSent = new AtomicBoolean();

    QueryRun(AthenaClient client, ConnectionConfig config, String sql, String catalog, String database)
    {
        this(client, config, sql, List.of(), catalog, database);
    }

    /**
     * @param executionParameters Athena's {@code ExecutionParameters} for the {@code ?} in the SQL, as SQL literals;
     *         empty for none
     */
    QueryRun(AthenaClient client, ConnectionConfig config, String sql, List<String> executionParameters, String catalog, String database)
    {
        this.executionParameters = List.copyOf(requireNonNull(executionParameters, "executionParameters is null"));
        this.client = requireNonNull(client, "client is null");
        this.config = requireNonNull(config, "config is null");
        this.sql = requireNonNull(sql, "sql is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.database = requireNonNull(database, "database is null");
    }

    String queryExecutionId()
    {
        return queryExecutionId;
    }

    /**
     * Starts the query and waits for its final state.
     *
     * @param timeoutSeconds 0 for no limit
     * @return the final QueryExecution of a SUCCEEDED query
     * @throws SQLException for FAILED (Athena's error), CANCELLED, a timeout or an API failure
     */
    QueryExecution execute(int timeoutSeconds)
            throws SQLException
    {
        long startNanos = System.nanoTime();
        start();
        QueryExecution execution = await(startNanos, timeoutSeconds);
        QueryExecutionState state = execution.status().state();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Query {} finished {} after {} ms", queryExecutionId, state, elapsedMillis(startNanos));
        }
        return switch (state) {
            case SUCCEEDED -> execution;
            case FAILED -> throw AthenaExceptions.fromFailedQuery(queryExecutionId, execution.status().stateChangeReason(), execution.status().athenaError());
            default -> throw AthenaExceptions.cancelled(queryExecutionId);
        };
    }

    private void start()
            throws SQLException
    {
        if (cancelSignal.isDone()) {
            throw new SQLException("Statement was cancelled before the query started", "57014");
        }
        StartQueryExecutionRequest.Builder request = StartQueryExecutionRequest.builder()
                .queryString(sql)
                // The SDK retries a throttled start with the same token, so Athena runs it once.
                .clientRequestToken(clientRequestToken)
                .queryExecutionContext(context -> context.catalog(catalog).database(database))
                .workGroup(config.workGroup());
        if (config.outputLocation().isPresent() || config.encryptionOption().isPresent()) {
            ResultConfiguration.Builder result = ResultConfiguration.builder();
            config.outputLocation().ifPresent(result::outputLocation);
            config.encryptionOption().ifPresent(option -> result.encryptionConfiguration(EncryptionConfiguration.builder()
                    .encryptionOption(option.name())
                    .kmsKey(config.string(ConnectionProperty.KMS_KEY).orElse(null))
                    .build()));
            request.resultConfiguration(result.build());
        }
        if (!executionParameters.isEmpty()) {
            request.executionParameters(executionParameters);
        }
        if (config.resultReuse()) {
            request.resultReuseConfiguration(reuse -> reuse.resultReuseByAgeConfiguration(age -> age.enabled(true).maxAgeInMinutes(config.maxResultReuseAgeMinutes())));
        }
        try {
            queryExecutionId = client.startQueryExecution(request.build()).queryExecutionId();
        }
        catch (SdkException e) {
            throw AthenaExceptions.fromApiCall("StartQueryExecution (WorkGroup=" + config.workGroup() + ")", e);
        }
        // The SQL text holds the values bound to PreparedStatement parameters, which may be secret: only at trace.
        if (LOG.isTraceEnabled()) {
            LOG.trace("Query {} started: {}", queryExecutionId, sql);
        }
        else if (LOG.isDebugEnabled()) {
            LOG.debug("Query {} started ({} statement, {} characters)", queryExecutionId, firstKeyword(sql), sql.length());
        }
        if (cancelSignal.isDone()) {
            stop();
        }
    }

    private QueryExecution await(long startNanos, int timeoutSeconds)
            throws SQLException
    {
        long deadline = timeoutSeconds == 0 ? Long.MAX_VALUE : startNanos + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long intervalNanos = config.minPollingInterval().toNanos();
        long maxIntervalNanos = config.maxPollingInterval().toNanos();
        long nextProgressLog = startNanos + PROGRESS_LOG_NANOS;
        QueryExecutionState lastState = null;
        try {
            while (true) {
                QueryExecution execution = getQueryExecution();
                QueryExecutionState state = execution.status().state();
                if (state != lastState) {
                    if (LOG.isDebugEnabled()) {
                        LOG.debug("Query {} is {} after {} ms", queryExecutionId, state, elapsedMillis(startNanos));
                    }
                    lastState = state;
                }
                if (state == QueryExecutionState.SUCCEEDED || state == QueryExecutionState.FAILED || state == QueryExecutionState.CANCELLED) {
                    finished = true;
                    return execution;
                }
                long now = System.nanoTime();
                if (now >= deadline) {
                    stop();
                    throw AthenaExceptions.timedOut(queryExecutionId, timeoutSeconds);
                }
                if (now >= nextProgressLog) {
                    logProgress(execution, now - startNanos);
                    nextProgressLog = now + PROGRESS_LOG_NANOS;
                }
                if (waitForCancel(Math.min(intervalNanos, deadline - now))) {
                    // Stopped: keep polling until Athena reports the final state, so no query is left RUNNING.
                    stop();
                }
                intervalNanos = Math.min(maxIntervalNanos, (long) (intervalNanos * config.pollingMultiplier()));
            }
        }
        catch (SQLException | RuntimeException e) {
            if (!finished) {
                stop();
            }
            throw e;
        }
    }

    /** A long query says how it is doing every PROGRESS_LOG_NANOS, with what Athena has scanned so far. */
    private void logProgress(QueryExecution execution, long elapsedNanos)
    {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Long scanned = execution.statistics() == null ? null : execution.statistics().dataScannedInBytes();
        LOG.info("Query {} still {} after {} s{}", queryExecutionId, execution.status().state(), TimeUnit.NANOSECONDS.toSeconds(elapsedNanos),
                scanned == null ? "" : ", " + scanned + " bytes scanned so far");
    }

    private static long elapsedMillis(long startNanos)
    {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /** SELECT, INSERT, ...: what kind of statement, without any of its values. */
    private static String firstKeyword(String sql)
    {
        int start = 0;
        while (start < sql.length() && !Character.isLetter(sql.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return start == end ? "unknown" : sql.substring(start, end).toUpperCase(java.util.Locale.ROOT);
    }

    private QueryExecution getQueryExecution()
            throws SQLException
    {
        try {
            return client.getQueryExecution(request -> request.queryExecutionId(queryExecutionId)).queryExecution();
        }
        catch (SdkException e) {
            throw AthenaExceptions.fromApiCall("GetQueryExecution for query " + queryExecutionId, e);
        }
    }

    /** Waits up to the interval; true if a cancel arrived. */
    private boolean waitForCancel(long nanos)
            throws SQLException
    {
        if (cancelSignal.isDone()) {
            return true;
        }
        try {
            cancelSignal.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        }
        catch (TimeoutException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new SQLException("Interrupted while waiting for query " + queryExecutionId + "; it was stopped", "57014", e);
        }
        catch (ExecutionException e) {
            throw new IllegalStateException("The cancel signal never completes exceptionally", e);
        }
    }

    /**
     * Asks Athena to stop the query from any thread; the poller wakes at once. The stop is sent here, synchronously,
     * even if the woken poller is sending one too: the caller may close the SDK client right after (closing a
     * connection does), which would abort the poller's request. Athena accepts a second stop.
     */
    void cancel()
    {
        cancelSignal.complete(null);
        if (queryExecutionId != null && !finished) {
            stopSent.set(true);
            sendStop(queryExecutionId);
        }
    }

    boolean isFinished()
    {
        return finished;
    }

    /** Sends StopQueryExecution once from the polling side; stopping a finished query is harmless on Athena. */
    private void stop()
    {
        String id = queryExecutionId;
        if (id == null || !stopSent.compareAndSet(false, true)) {
            return;
        }
        sendStop(id);
    }

    private void sendStop(String id)
    {
        for (int round = 1; ; round++) {
            try {
                client.stopQueryExecution(request -> request.queryExecutionId(id));
                LOG.debug("Query {} stop requested", id);
                return;
            }
            catch (SdkException e) {
                // A stop that does not reach Athena leaves a paid query running: when the SDK has spent NumRetries on
                // throttling or 5xx, it gets further rounds of them (found by io.athena4j.it.FaultMatrixTest).
                if (round < STOP_ROUNDS && isThrottlingOrServerError(e)) {
                    LOG.debug("Stopping query {} failed after retries, trying again: {}", id, e.getMessage());
                    continue;
                }
                // The caller is already failing or cancelling; a stop that did not reach Athena must still be visible.
                LOG.warn("Could not stop query {}: {}", id, e.getMessage());
                return;
            }
        }
    }

    private static boolean isThrottlingOrServerError(SdkException e)
    {
        return e instanceof SdkServiceException service && (service.isThrottlingException() || service.statusCode() >= 500);
    }

    GetQueryResultsResponse fetchPage(String nextToken, int maxResults)
            throws SQLException
    {
        try {
            return client.getQueryResults(GetQueryResultsRequest.builder()
                    .queryExecutionId(queryExecutionId)
                    .nextToken(nextToken)
                    .maxResults(maxResults)
                    .build());
        }
        catch (SdkException e) {
            throw AthenaExceptions.fromApiCall("GetQueryResults for query " + queryExecutionId, e);
        }
    }
}
