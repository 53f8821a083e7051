package io.athena4j.local.server.query;

import io.athena4j.local.server.sql.StatementClass;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One Athena query execution: what was asked, and where it is in QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED.
 *
 * <p>The request half is immutable. The status half changes only through the {@code mark*} methods, which move the state
 * forward and never out of a final state, so a late cancel cannot undo a success and a late success cannot undo a cancel.
 */
public final class QueryExecution
{
    private final String id;
    private final String query;
    private final StatementClass statementClass;
    private final QueryContext context;
    private final String workGroup;
    private final Optional<String> resultLocation;
    private final List<String> executionParameters;
    private final Instant submissionTime;
    private final long submissionNanos;

    private QueryState state = QueryState.QUEUED;
    private Optional<String> stateChangeReason = Optional.empty();
    private Optional<AthenaError> error = Optional.empty();
    private Optional<Instant> completionTime = Optional.empty();
    private Optional<QueryResult> result = Optional.empty();
    private QueryStatistics statistics = QueryStatistics.NONE;
    private long startNanos;
    private boolean cancelRequested;

    public QueryExecution(String id, String query, StatementClass statementClass, QueryContext context, String workGroup, Optional<String> resultLocation, List<String> executionParameters, Instant submissionTime, long submissionNanos)
    {
        this.id = requireNonNull(id, "id is null");
        this.query = requireNonNull(query, "query is null");
        this.statementClass = requireNonNull(statementClass, "statementClass is null");
        this.context = requireNonNull(context, "context is null");
        this.workGroup = requireNonNull(workGroup, "workGroup is null");
        this.resultLocation = requireNonNull(resultLocation, "resultLocation is null");
        this.executionParameters = List.copyOf(requireNonNull(executionParameters, "executionParameters is null"));
        this.submissionTime = requireNonNull(submissionTime, "submissionTime is null");
        this.submissionNanos = submissionNanos;
    }

    public String id()
    {
        return id;
    }

    /** The statement as Athena reports it: as sent, less surrounding whitespace and a trailing semicolon. */
    public String query()
    {
        return query;
    }

    public StatementClass statementClass()
    {
        return statementClass;
    }

    public QueryContext context()
    {
        return context;
    }

    public String workGroup()
    {
        return workGroup;
    }

    /** The {@code s3://} URI of the result file, as GetQueryExecution reports it in ResultConfiguration.OutputLocation. */
    public Optional<String> resultLocation()
    {
        return resultLocation;
    }

    public List<String> executionParameters()
    {
        return executionParameters;
    }

    public Instant submissionTime()
    {
        return submissionTime;
    }

    public synchronized Snapshot snapshot()
    {
        return new Snapshot(state, stateChangeReason, error, completionTime, statistics, result);
    }

    /**
     * Moves QUEUED to RUNNING.
     *
     * @return false if the query was cancelled while queued and must not run
     */
    public synchronized boolean markRunning(long nowNanos)
    {
        if (state != QueryState.QUEUED) {
            return false;
        }
        state = QueryState.RUNNING;
        startNanos = nowNanos;
        statistics = new QueryStatistics(0, 0, 0, millisBetween(submissionNanos, nowNanos), 0, 0, 0);
        return true;
    }

    public synchronized void markSucceeded(QueryResult queryResult, EngineStatistics engine, Instant now, long nowNanos)
    {
        requireNonNull(queryResult, "queryResult is null");
        if (finish(QueryState.SUCCEEDED, engine, now, nowNanos)) {
            result = Optional.of(queryResult);
        }
    }

    public synchronized void markFailed(AthenaError athenaError, EngineStatistics engine, Instant now, long nowNanos)
    {
        requireNonNull(athenaError, "athenaError is null");
        if (finish(QueryState.FAILED, engine, now, nowNanos)) {
            error = Optional.of(athenaError);
            stateChangeReason = Optional.of(athenaError.message());
        }
    }

    /**
     * Records a StopQueryExecution. A queued query is cancelled at once; a running one stays RUNNING until the engine
     * has stopped it and {@link #markCancelled} is called; a finished one does not change.
     *
     * @return whether the query was running and the engine must be told
     */
    public synchronized boolean requestCancel(Instant now, long nowNanos)
    {
        if (state.isDone()) {
            return false;
        }
        cancelRequested = true;
        if (state == QueryState.QUEUED) {
            startNanos = nowNanos;
            markCancelled(EngineStatistics.NONE, now, nowNanos);
            return false;
        }
        return true;
    }

    public synchronized boolean isCancelRequested()
    {
        return cancelRequested;
    }

    public synchronized void markCancelled(EngineStatistics engine, Instant now, long nowNanos)
    {
        if (finish(QueryState.CANCELLED, engine, now, nowNanos)) {
            // Athena reports a cancellation without AthenaError.
            stateChangeReason = Optional.of("Query cancelled by user");
        }
    }

    private boolean finish(QueryState finalState, EngineStatistics engine, Instant now, long nowNanos)
    {
        if (state.isDone()) {
            return false;
        }
        long queueMillis = millisBetween(submissionNanos, startNanos == 0 ? nowNanos : startNanos);
        long totalMillis = millisBetween(submissionNanos, nowNanos);
        long serviceMillis = Math.max(0, totalMillis - queueMillis - engine.executionMillis());
        statistics = new QueryStatistics(
                engine.executionMillis(),
                engine.dataScannedBytes(),
                totalMillis,
                queueMillis + engine.queuedMillis(),
                0,
                engine.planningMillis(),
                serviceMillis);
        state = finalState;
        completionTime = Optional.of(now);
        return true;
    }

    private static long millisBetween(long fromNanos, long toNanos)
    {
        return Math.max(0, (toNanos - fromNanos) / 1_000_000);
    }

    /** A consistent view of the status half. */
    public record Snapshot(
            QueryState state,
            Optional<String> stateChangeReason,
            Optional<AthenaError> error,
            Optional<Instant> completionTime,
            QueryStatistics statistics,
            Optional<QueryResult> result) {}

    /**
     * The QueryExecutionContext as sent: Athena echoes only the fields the request had.
     */
    public record QueryContext(Optional<String> database, Optional<String> catalog)
    {
        public QueryContext
        {
            requireNonNull(database, "database is null");
            requireNonNull(catalog, "catalog is null");
        }
    }

    /** What the engine measured for a query. */
    public record EngineStatistics(long executionMillis, long queuedMillis, long planningMillis, long dataScannedBytes)
    {
        public static final EngineStatistics NONE = new EngineStatistics(0, 0, 0, 0);
    }
}
