package io.athena4j.local;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsRequest;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.Row;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AWS SDK's AthenaClient pointed at a local Athena, with the few steps every test repeats.
 */
final class AthenaApi
        implements AutoCloseable
{
    static final String OUTPUT_LOCATION = "s3://athena4j-test-results/queries/";
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(120);

    private final AthenaClient client;

    AthenaApi(URI endpoint)
    {
        this(AthenaClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCAL", "local-secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build());
    }

    AthenaApi(AthenaClient client)
    {
        this.client = client;
    }

    AthenaClient client()
    {
        return client;
    }

    String start(String sql)
    {
        return start(sql, builder -> {});
    }

    String start(String sql, Consumer<StartQueryExecutionRequest.Builder> customizer)
    {
        StartQueryExecutionRequest.Builder request = StartQueryExecutionRequest.builder()
                .queryString(sql)
                .resultConfiguration(configuration -> configuration.outputLocation(OUTPUT_LOCATION));
        customizer.accept(request);
        return client.startQueryExecution(request.build()).queryExecutionId();
    }

    /** Polls until the query is in a final state. */
    QueryExecution await(String queryExecutionId)
    {
        long deadline = System.nanoTime() + QUERY_TIMEOUT.toNanos();
        while (true) {
            QueryExecution execution = client.getQueryExecution(request -> request.queryExecutionId(queryExecutionId)).queryExecution();
            QueryExecutionState state = execution.status().state();
            if (state == QueryExecutionState.SUCCEEDED || state == QueryExecutionState.FAILED || state == QueryExecutionState.CANCELLED) {
                return execution;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Query " + queryExecutionId + " still " + state + " after " + QUERY_TIMEOUT);
            }
            sleep(20);
        }
    }

    /** Runs a statement that must succeed and returns its execution. */
    QueryExecution run(String sql)
    {
        QueryExecution execution = await(start(sql));
        assertThat(execution.status().state())
                .as("state of %s (%s)", sql, execution.status().stateChangeReason())
                .isEqualTo(QueryExecutionState.SUCCEEDED);
        return execution;
    }

    /** Every row of every page, header row included where Athena sends one. */
    List<List<String>> rows(String queryExecutionId)
    {
        List<List<String>> rows = new ArrayList<>();
        for (GetQueryResultsResponse page : pages(queryExecutionId, 1000)) {
            for (Row row : page.resultSet().rows()) {
                rows.add(values(row));
            }
        }
        return rows;
    }

    List<GetQueryResultsResponse> pages(String queryExecutionId, int maxResults)
    {
        List<GetQueryResultsResponse> pages = new ArrayList<>();
        String token = null;
        do {
            GetQueryResultsResponse page = client.getQueryResults(GetQueryResultsRequest.builder()
                    .queryExecutionId(queryExecutionId)
                    .maxResults(maxResults)
                    .nextToken(token)
                    .build());
            pages.add(page);
            token = page.nextToken();
        }
        while (token != null);
        return pages;
    }

    /** Runs a query and returns its rows, header first. */
    List<List<String>> query(String sql)
    {
        return rows(run(sql).queryExecutionId());
    }

    static List<String> values(Row row)
    {
        List<String> values = new ArrayList<>(row.data().size());
        for (Datum datum : row.data()) {
            values.add(datum.varCharValue());
        }
        return values;
    }

    /** A name no other test uses, for tables and databases. */
    static String uniqueName(String prefix)
    {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static void sleep(long millis)
    {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close()
    {
        client.close();
    }
}
