package io.athena4j.bench;

import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsRequest;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.Row;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The baseline of the fetch scenarios: the AWS SDK used by hand, as a program without a driver would — start the query,
 * poll until it finishes, then page GetQueryResults (1,000 rows a call) one page after the other, touching each value's
 * text but converting nothing. That is the ceiling of the GetQueryResults path.
 */
final class RawAthena
{
    private static final int PAGE_ROWS = 1_000;
    private static final long POLL_MILLIS = 10;

    private final AthenaClient client;

    RawAthena(AthenaClient client)
    {
        this.client = requireNonNull(client, "client is null");
    }

    /** Starts a query and waits until it SUCCEEDED; fails with Athena's reason otherwise. */
    String runToCompletion(String sql)
            throws InterruptedException
    {
        String id = client.startQueryExecution(request -> request
                        .queryString(sql)
                        .workGroup("primary")
                        .resultConfiguration(result -> result.outputLocation(BenchContext.OUTPUT_LOCATION)))
                .queryExecutionId();
        while (true) {
            QueryExecution execution = client.getQueryExecution(request -> request.queryExecutionId(id)).queryExecution();
            QueryExecutionState state = execution.status().state();
            if (state == QueryExecutionState.SUCCEEDED) {
                return id;
            }
            if (state == QueryExecutionState.FAILED || state == QueryExecutionState.CANCELLED) {
                throw new IllegalStateException("Query " + id + " ended " + state + ": " + execution.status().stateChangeReason());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * Pages through a finished SELECT's results. The clock starts when the first page has arrived, as the driver's
     * clock starts when {@code executeQuery} returns with its first page: what is timed is every later page.
     */
    PagedRead readAfterFirstPage(String queryExecutionId)
    {
        String token = null;
        long startNanos = 0;
        long rows = 0;
        long firstPageRows = 0;
        long idSum = 0;
        long textChars = 0;
        boolean first = true;
        do {
            GetQueryResultsResponse response = client.getQueryResults(GetQueryResultsRequest.builder()
                    .queryExecutionId(queryExecutionId)
                    .maxResults(PAGE_ROWS)
                    .nextToken(token)
                    .build());
            List<Row> page = response.resultSet().rows();
            // The first row of a SELECT's first page is the column header.
            for (int index = first ? 1 : 0; index < page.size(); index++) {
                List<Datum> data = page.get(index).data();
                idSum += Long.parseLong(data.get(0).varCharValue());
                for (Datum datum : data) {
                    String text = datum.varCharValue();
                    textChars += text == null ? 0 : text.length();
                }
                rows++;
            }
            if (first) {
                startNanos = System.nanoTime();
                firstPageRows = rows;
                first = false;
            }
            token = response.nextToken();
        }
        while (token != null);
        return new PagedRead(rows, firstPageRows, idSum, textChars, System.nanoTime() - startNanos);
    }

    /**
     * @param idSum the sum of the {@code id} column, to check every row was read (the one conversion the baseline does)
     * @param textChars the characters of every value, so no value goes unread
     */
    record PagedRead(long rows, long firstPageRows, long idSum, long textChars, long nanosAfterFirstPage) {}
}
