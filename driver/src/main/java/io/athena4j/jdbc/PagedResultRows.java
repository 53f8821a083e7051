package io.athena4j.jdbc;

import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.Row;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * Rows streamed from GetQueryResults one page at a time: while the caller reads a page, the next is already being
 * fetched, and no more than those two pages are held however large the result. The first row of the first page is the
 * column-name header for DML results only (SELECT, EXPLAIN) and is skipped then.
 */
final class PagedResultRows
        implements ResultRows
{
    private static final AtomicInteger PREFETCH_THREADS = new AtomicInteger();
    private static final ExecutorService PREFETCH = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "athena4j-prefetch-" + PREFETCH_THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final QueryRun run;
    private final int fetchSize;
    private List<Row> page;
    private int pageIndex;
    private String nextToken;
    private CompletableFuture<GetQueryResultsResponse> nextPage;
    private List<Datum> current;

    PagedResultRows(QueryRun run, GetQueryResultsResponse firstPage, boolean hasHeaderRow, int fetchSize)
    {
        this.run = requireNonNull(run, "run is null");
        this.fetchSize = fetchSize;
        this.page = firstPage.resultSet().rows();
        this.pageIndex = hasHeaderRow && !page.isEmpty() ? 0 : -1;
        this.nextToken = firstPage.nextToken();
        prefetch();
    }

    /**
     * Reads from the first page on, skipping the first {@code rowsToSkip} data rows: the rows another fetcher already
     * delivered before it fell back to this one.
     */
    static PagedResultRows from(QueryRun run, boolean hasHeaderRow, int fetchSize, long rowsToSkip)
            throws SQLException
    {
        PagedResultRows rows = new PagedResultRows(run, run.fetchPage(null, fetchSize), hasHeaderRow, fetchSize);
        for (long skipped = 0; skipped < rowsToSkip; skipped++) {
            if (!rows.next()) {
                throw new SQLException("GetQueryResults of query " + run.queryExecutionId() + " has only " + skipped
                        + " rows, but " + rowsToSkip + " were already read from its result file", "HY000");
            }
        }
        return rows;
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
        catch (CancellationException e) {
            throw new SQLException("Fetching results of query " + run.queryExecutionId() + " was cancelled", "57014", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sqlException) {
                throw sqlException;
            }
            throw new SQLException("Fetching results of query " + run.queryExecutionId() + " failed: " + e.getCause(), "HY000", e.getCause());
        }
    }

    @Override
    public String value(int column)
    {
        if (column >= current.size()) {
            return null;
        }
        return current.get(column).varCharValue();
    }

    @Override
    public void close()
    {
        CompletableFuture<GetQueryResultsResponse> pending = nextPage;
        if (pending != null) {
            pending.cancel(false);
        }
        page = List.of();
        current = null;
    }
}
