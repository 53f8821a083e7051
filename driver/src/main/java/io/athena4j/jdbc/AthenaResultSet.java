package io.athena4j.jdbc;

import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.Row;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * A query's rows, streamed from GetQueryResults one page at a time: while the caller reads a page, the next is already
 * being fetched, and no more than those two pages are held however large the result. The first row of the first page is
 * the column-name header for DML results only (SELECT, EXPLAIN) and is skipped then.
 */
final class AthenaResultSet
        extends AbstractAthenaResultSet
{
    private static final AtomicInteger PREFETCH_THREADS = new AtomicInteger();
    private static final ExecutorService PREFETCH = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "athena4j-prefetch-" + PREFETCH_THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final AthenaStatement statement;
    private final QueryRun run;
    private final int fetchSize;
    private final long maxRows;
    private List<Row> page;
    private int pageIndex;
    private String nextToken;
    private CompletableFuture<GetQueryResultsResponse> nextPage;
    private List<Datum> current;
    private long rowNumber;
    private volatile boolean closed;

    AthenaResultSet(AthenaStatement statement, QueryRun run, GetQueryResultsResponse firstPage, boolean hasHeaderRow, int fetchSize, long maxRows)
    {
        super(labels(firstPage.resultSet().resultSetMetadata().columnInfo()), types(firstPage.resultSet().resultSetMetadata().columnInfo()));
        this.statement = requireNonNull(statement, "statement is null");
        this.run = requireNonNull(run, "run is null");
        this.fetchSize = fetchSize;
        this.maxRows = maxRows;
        this.page = firstPage.resultSet().rows();
        this.pageIndex = hasHeaderRow && !page.isEmpty() ? 0 : -1;
        this.nextToken = firstPage.nextToken();
        prefetch();
    }

    /** A result set without columns or rows, for statements that return none. */
    static ResultSet empty(AthenaStatement statement)
    {
        return StaticResultSet.of(List.of(), List.of(), statement);
    }

    private static List<String> labels(List<ColumnInfo> columns)
    {
        return columns.stream().map(column -> column.label() == null ? column.name() : column.label()).toList();
    }

    private static List<AthenaType> types(List<ColumnInfo> columns)
    {
        return columns.stream().map(AthenaType::of).toList();
    }

    private void prefetch()
    {
        String token = nextToken;
        if (token == null) {
            nextPage = null;
            return;
        }
        nextPage = CompletableFuture.supplyAsync(() -> {
            try {
                return run.fetchPage(token, fetchSize);
            }
            catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, PREFETCH);
    }

    @Override
    public boolean next()
            throws SQLException
    {
        checkOpen();
        if (maxRows > 0 && rowNumber >= maxRows) {
            current = null;
            return false;
        }
        pageIndex++;
        while (pageIndex >= page.size()) {
            if (nextPage == null) {
                current = null;
                return false;
            }
            GetQueryResultsResponse response = awaitNextPage();
            page = response.resultSet().rows();
            nextToken = response.nextToken();
            pageIndex = 0;
            prefetch();
        }
        current = page.get(pageIndex).data();
        rowNumber++;
        return true;
    }

    private GetQueryResultsResponse awaitNextPage()
            throws SQLException
    {
        try {
            return nextPage.get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while fetching results of query " + run.queryExecutionId(), "HY008", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sqlException) {
                throw sqlException;
            }
            throw new SQLException("Fetching results of query " + run.queryExecutionId() + " failed: " + e.getCause(), "HY000", e.getCause());
        }
    }

    @Override
    String text(int columnIndex)
            throws SQLException
    {
        if (current == null) {
            throw new SQLException("No current row: call next() first, and only read while it returns true", "24000");
        }
        if (columnIndex > current.size()) {
            // Athena packs some Hive DDL result rows into fewer values than columns.
            return null;
        }
        return current.get(columnIndex - 1).varCharValue();
    }

    @Override
    void checkOpen()
            throws SQLException
    {
        if (closed) {
            throw AthenaExceptions.closed("ResultSet");
        }
    }

    @Override
    public int getRow()
            throws SQLException
    {
        checkOpen();
        return current == null ? 0 : (int) Math.min(Integer.MAX_VALUE, rowNumber);
    }

    @Override
    public void close()
    {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture<GetQueryResultsResponse> pending = nextPage;
        if (pending != null) {
            pending.cancel(false);
        }
        page = List.of();
        current = null;
        statement.resultSetClosed(this);
    }

    @Override
    public boolean isClosed()
    {
        return closed;
    }

    @Override
    public void setFetchSize(int rows)
            throws SQLException
    {
        checkOpen();
        if (rows < 0) {
            throw new SQLException("fetch size must not be negative: " + rows, "HY024");
        }
    }

    @Override
    public int getFetchSize()
    {
        return fetchSize;
    }

    @Override
    public Statement getStatement()
    {
        return statement;
    }

    /** The Athena query execution id of these results. */
    public String getQueryExecutionId()
    {
        return run.queryExecutionId();
    }
}
