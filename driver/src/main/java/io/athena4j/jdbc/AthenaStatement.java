package io.athena4j.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static java.util.Objects.requireNonNull;

/**
 * A statement on Athena. Beyond JDBC, through {@code unwrap(AthenaStatement.class)}: the last query's execution id and
 * statistics, and {@link #executeAsync(String)}.
 *
 * <p>One query at a time per statement, as JDBC intends; {@link #cancel()} and {@link #close()} from another thread stop
 * a running query on Athena. State lives in atomics, never behind {@code synchronized}, so virtual threads are not
 * pinned while a query runs.
 */
public class AthenaStatement
        implements Statement
{
    private static final Logger LOG = LoggerFactory.getLogger(AthenaStatement.class);
    /** Statements whose result is a row count (Athena's UpdateCount), not rows. */
    private static final Set<String> COUNTING_STATEMENTS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "CREATE_TABLE_AS_SELECT", "VACUUM_TABLE");
    private static final AtomicInteger ASYNC_THREADS = new AtomicInteger();
    private static final ExecutorService ASYNC = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "athena4j-async-" + ASYNC_THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    final AthenaConnection connection;
    private final AtomicReference<QueryRun> running = new AtomicReference<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<String> batch = new ArrayList<>();
    private volatile AthenaResultSet resultSet;
    private volatile long updateCount = -1;
    private volatile int queryTimeoutSeconds;
    private volatile int fetchSize;
    private volatile long maxRows;
    private volatile String lastQueryExecutionId;
    private volatile QueryStatistics lastStatistics;
    private volatile boolean closeOnCompletion;

    AthenaStatement(AthenaConnection connection)
    {
        this.connection = requireNonNull(connection, "connection is null");
        this.queryTimeoutSeconds = connection.config().queryTimeoutSeconds();
        this.fetchSize = connection.config().fetchSize();
    }

    /**
     * The id of the query this statement is running, or else of the last one it ran, for Athena's console and logs;
     * empty before the first query started.
     */
    public Optional<String> getQueryExecutionId()
    {
        QueryRun run = running.get();
        if (run != null && run.queryExecutionId() != null) {
            return Optional.of(run.queryExecutionId());
        }
        return Optional.ofNullable(lastQueryExecutionId);
    }

    /** What Athena measured for the last query that finished; empty before the first. */
    public Optional<QueryStatistics> getQueryStatistics()
    {
        return Optional.ofNullable(lastStatistics);
    }

    /**
     * Runs a query without blocking the caller: the future completes with its result set (empty for statements
     * without rows) or fails with the SQLException. Cancelling the future stops the query on Athena.
     */
    public CompletableFuture<ResultSet> executeAsync(String sql)
    {
        CompletableFuture<ResultSet> future = new CompletableFuture<>();
        ASYNC.execute(() -> {
            try {
                future.complete(execute(sql) ? getResultSet() : AthenaResultSet.empty(this));
            }
            catch (SQLException | RuntimeException e) {
                future.completeExceptionally(e);
            }
        });
        future.whenComplete((result, failure) -> {
            if (future.isCancelled()) {
                cancel();
            }
        });
        return future;
    }

    @Override
    public ResultSet executeQuery(String sql)
            throws SQLException
    {
        return executeQuery(sql, List.of());
    }

    ResultSet executeQuery(String sql, List<String> executionParameters)
            throws SQLException
    {
        if (!execute(sql, executionParameters)) {
            throw new SQLException("The statement returned no result set (it returned an update count): use executeUpdate or execute", "HY000");
        }
        return resultSet;
    }

    @Override
    public int executeUpdate(String sql)
            throws SQLException
    {
        return (int) Math.min(Integer.MAX_VALUE, executeLargeUpdate(sql));
    }

    @Override
    public long executeLargeUpdate(String sql)
            throws SQLException
    {
        return executeLargeUpdate(sql, List.of());
    }

    long executeLargeUpdate(String sql, List<String> executionParameters)
            throws SQLException
    {
        if (execute(sql, executionParameters)) {
            closeResultSet();
            throw new SQLException("The statement returned a result set: use executeQuery or execute", "HY000");
        }
        return updateCount;
    }

    @Override
    public boolean execute(String sql)
            throws SQLException
    {
        return execute(sql, List.of());
    }

    /** Runs SQL whose {@code ?} Athena binds to the given ExecutionParameters (SQL literals); none if empty. */
    boolean execute(String sql, List<String> executionParameters)
            throws SQLException
    {
        requireNonNull(sql, "sql is null");
        checkOpen();
        closeResultSet();
        updateCount = -1;
        QueryRun run = connection.newQueryRun(sql, executionParameters);
        if (!running.compareAndSet(null, run)) {
            throw new SQLException("This statement is already running a query; use one statement per thread", "HY010");
        }
        try {
            QueryExecution execution;
            try {
                execution = run.execute(queryTimeoutSeconds);
            }
            finally {
                lastQueryExecutionId = run.queryExecutionId();
            }
            lastStatistics = QueryStatistics.of(execution.statistics());
            String statementType = execution.statementTypeAsString();
            String substatementType = execution.substatementType();
            if (substatementType != null && COUNTING_STATEMENTS.contains(substatementType)) {
                Long count = run.fetchPage(null, 1).updateCount();
                updateCount = count == null ? 0 : count;
                return false;
            }
            if ("DDL".equals(statementType)) {
                updateCount = 0;
                return false;
            }
            resultSet = openResultSet(run, execution);
            return true;
        }
        finally {
            running.set(null);
        }
    }

    /**
     * The rows of a query that returns rows. With ResultFetcher=S3, a SELECT's rows come from its result file; one
     * GetQueryResults call (MaxResults=1) supplies the column metadata, which only that API has.
     */
    private AthenaResultSet openResultSet(QueryRun run, QueryExecution execution)
            throws SQLException
    {
        int fetchSize = this.fetchSize;
        // Only DML results (SELECT, EXPLAIN) start with the column-name row; SHOW and DESCRIBE do not.
        boolean hasHeaderRow = "DML".equals(execution.statementTypeAsString());
        if (connection.config().resultFetcher() == ConnectionConfig.ResultFetcher.S3 && hasHeaderRow) {
            Optional<S3Location> file = S3ResultRows.resultFile(execution);
            if (file.isPresent()) {
                List<ColumnInfo> columns = run.fetchPage(null, 1).resultSet().resultSetMetadata().columnInfo();
                ResultRows rows = S3ResultRows.open(connection.s3(), run.queryExecutionId(), file.get(), columns,
                        connection.config().s3FetchRangeBytes(), rowsToSkip -> PagedResultRows.from(run, true, fetchSize, rowsToSkip));
                return new AthenaResultSet(this, run, columns, rows, fetchSize, maxRows);
            }
        }
        GetQueryResultsResponse firstPage = run.fetchPage(null, fetchSize);
        return new AthenaResultSet(this, run, firstPage.resultSet().resultSetMetadata().columnInfo(),
                new PagedResultRows(run, firstPage, hasHeaderRow, fetchSize), fetchSize, maxRows);
    }

    @Override
    public ResultSet getResultSet()
            throws SQLException
    {
        checkOpen();
        return resultSet;
    }

    @Override
    public int getUpdateCount()
            throws SQLException
    {
        return (int) Math.min(Integer.MAX_VALUE, getLargeUpdateCount());
    }

    @Override
    public long getLargeUpdateCount()
            throws SQLException
    {
        checkOpen();
        return resultSet == null ? updateCount : -1;
    }

    @Override
    public boolean getMoreResults()
            throws SQLException
    {
        checkOpen();
        closeResultSet();
        updateCount = -1;
        return false;
    }

    @Override
    public boolean getMoreResults(int current)
            throws SQLException
    {
        return getMoreResults();
    }

    /**
     * Stops the running query on Athena; the thread waiting in execute gets an SQLException with SQLState 57014. If the
     * query has finished and its results are being read, stops fetching them: the reader's next {@code next()} fails
     * with 57014.
     */
    @Override
    public void cancel()
    {
        QueryRun run = running.get();
        if (run != null) {
            run.cancel();
        }
        AthenaResultSet current = resultSet;
        if (current != null) {
            current.cancelFetching();
        }
    }

    @Override
    public void addBatch(String sql)
            throws SQLException
    {
        checkOpen();
        batch.add(requireNonNull(sql, "sql is null"));
    }

    @Override
    public void clearBatch()
            throws SQLException
    {
        checkOpen();
        batch.clear();
    }

    @Override
    public int[] executeBatch()
            throws SQLException
    {
        long[] counts = executeLargeBatch();
        int[] result = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            result[i] = (int) counts[i];
        }
        return result;
    }

    @Override
    public long[] executeLargeBatch()
            throws SQLException
    {
        checkOpen();
        List<String> statements = List.copyOf(batch);
        batch.clear();
        return executeFolded(statements);
    }

    /**
     * Runs a batch as few Athena queries as possible: consecutive INSERTs into the same table become multi-row INSERTs
     * under Athena's query size limit. Every entry reports SUCCESS_NO_INFO; if a chunk fails, the exception says which
     * entries were written before it and which were not.
     */
    long[] executeFolded(List<String> statements)
            throws SQLException
    {
        return executeChunks(InsertBatchFolder.fold(statements, InsertBatchFolder.ATHENA_QUERY_LIMIT_BYTES), statements.size());
    }

    long[] executeChunks(List<InsertBatchFolder.Chunk> chunks, int statementCount)
            throws SQLException
    {
        long[] counts = new long[statementCount];
        Arrays.fill(counts, EXECUTE_FAILED);
        LOG.debug("Batch of {} statements runs as {} queries", statementCount, chunks.size());
        for (InsertBatchFolder.Chunk chunk : chunks) {
            try {
                execute(chunk.sql());
                closeResultSet();
            }
            catch (SQLException e) {
                int written = chunk.firstIndex();
                String message = "Batch entries 0 to " + (written - 1) + " were written; entries " + written + " to " + (statementCount - 1)
                        + " were not (the query for entries " + written + " to " + (written + chunk.statementCount() - 1) + " failed"
                        + getQueryExecutionId().map(id -> ", query " + id).orElse("") + "): " + e.getMessage();
                if (written == 0) {
                    message = "No batch entry was written (the query for entries 0 to " + (chunk.statementCount() - 1) + " failed"
                            + getQueryExecutionId().map(id -> ", query " + id).orElse("") + "): " + e.getMessage();
                }
                long[] partial = Arrays.copyOf(counts, counts.length);
                throw new BatchUpdateException(message, e.getSQLState(), e.getErrorCode(), partial, e);
            }
            Arrays.fill(counts, chunk.firstIndex(), chunk.firstIndex() + chunk.statementCount(), SUCCESS_NO_INFO);
        }
        return counts;
    }

    @Override
    public void close()
            throws SQLException
    {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        cancel();
        closeResultSet();
        connection.forget(this);
    }

    /** Used when the connection closes: its statements close without failing the connection's close. */
    void closeQuietly()
    {
        try {
            close();
        }
        catch (SQLException | RuntimeException e) {
            LOG.warn("Error closing a statement while closing its connection: {}", e.getMessage());
        }
    }

    void resultSetClosed(AthenaResultSet closedResultSet)
    {
        if (resultSet == closedResultSet) {
            resultSet = null;
        }
        if (closeOnCompletion) {
            try {
                close();
            }
            catch (SQLException e) {
                throw new CompletionException(e);
            }
        }
    }

    private void closeResultSet()
            throws SQLException
    {
        AthenaResultSet current = resultSet;
        resultSet = null;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public boolean isClosed()
    {
        return closed.get();
    }

    void checkOpen()
            throws SQLException
    {
        if (isClosed()) {
            throw AthenaExceptions.closed("Statement");
        }
        connection.checkOpen();
    }

    @Override
    public int getMaxFieldSize()
    {
        return 0;
    }

    @Override
    public void setMaxFieldSize(int max)
            throws SQLException
    {
        checkOpen();
    }

    @Override
    public int getMaxRows()
            throws SQLException
    {
        return (int) Math.min(Integer.MAX_VALUE, getLargeMaxRows());
    }

    @Override
    public long getLargeMaxRows()
            throws SQLException
    {
        checkOpen();
        return maxRows;
    }

    @Override
    public void setMaxRows(int max)
            throws SQLException
    {
        setLargeMaxRows(max);
    }

    @Override
    public void setLargeMaxRows(long max)
            throws SQLException
    {
        checkOpen();
        if (max < 0) {
            throw new SQLException("max rows must not be negative: " + max, "HY024");
        }
        maxRows = max;
    }

    @Override
    public void setEscapeProcessing(boolean enable)
            throws SQLException
    {
        checkOpen();
    }

    @Override
    public int getQueryTimeout()
            throws SQLException
    {
        checkOpen();
        return queryTimeoutSeconds;
    }

    /** When it passes, the query is stopped on Athena and execute throws SQLTimeoutException. */
    @Override
    public void setQueryTimeout(int seconds)
            throws SQLException
    {
        checkOpen();
        if (seconds < 0) {
            throw new SQLException("query timeout must not be negative: " + seconds, "HY024");
        }
        queryTimeoutSeconds = seconds;
    }

    @Override
    public SQLWarning getWarnings()
            throws SQLException
    {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings()
            throws SQLException
    {
        checkOpen();
    }

    @Override
    public void setCursorName(String name)
            throws SQLException
    {
        throw new SQLFeatureNotSupportedException("Athena has no named cursors", "HYC00");
    }

    @Override
    public void setFetchDirection(int direction)
            throws SQLException
    {
        checkOpen();
        if (direction != ResultSet.FETCH_FORWARD) {
            throw new SQLFeatureNotSupportedException("Athena results are forward-only: use ResultSet.FETCH_FORWARD", "HYC00");
        }
    }

    @Override
    public int getFetchDirection()
    {
        return ResultSet.FETCH_FORWARD;
    }

    /** Rows per GetQueryResults call: Athena allows at most 1000; 0 means the connection's FetchSize. */
    @Override
    public void setFetchSize(int rows)
            throws SQLException
    {
        checkOpen();
        if (rows < 0) {
            throw new SQLException("fetch size must not be negative: " + rows, "HY024");
        }
        fetchSize = rows == 0 ? connection.config().fetchSize() : Math.min(rows, 1000);
    }

    @Override
    public int getFetchSize()
            throws SQLException
    {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getResultSetConcurrency()
    {
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getResultSetType()
    {
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public Connection getConnection()
            throws SQLException
    {
        checkOpen();
        return connection;
    }

    @Override
    public ResultSet getGeneratedKeys()
            throws SQLException
    {
        checkOpen();
        return AthenaResultSet.empty(this);
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys)
            throws SQLException
    {
        return executeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes)
            throws SQLException
    {
        return executeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames)
            throws SQLException
    {
        return executeUpdate(sql);
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys)
            throws SQLException
    {
        return execute(sql);
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes)
            throws SQLException
    {
        return execute(sql);
    }

    @Override
    public boolean execute(String sql, String[] columnNames)
            throws SQLException
    {
        return execute(sql);
    }

    @Override
    public int getResultSetHoldability()
    {
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public void setPoolable(boolean poolable)
            throws SQLException
    {
        checkOpen();
    }

    @Override
    public boolean isPoolable()
    {
        return false;
    }

    @Override
    public void closeOnCompletion()
            throws SQLException
    {
        checkOpen();
        closeOnCompletion = true;
    }

    @Override
    public boolean isCloseOnCompletion()
            throws SQLException
    {
        checkOpen();
        return closeOnCompletion;
    }

    @Override
    public <T> T unwrap(Class<T> type)
            throws SQLException
    {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName(), "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> type)
    {
        return type.isInstance(this);
    }
}
