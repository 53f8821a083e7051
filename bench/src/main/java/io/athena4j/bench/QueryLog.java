package io.athena4j.bench;

import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ListQueryExecutionsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The query texts the server received, from its own history (ListQueryExecutions, BatchGetQueryExecution): what a
 * variant of the insert scenario sent is the executions that appeared while it ran.
 */
final class QueryLog
{
    private static final int BATCH_GET_LIMIT = 50;

    private final AthenaClient client;

    QueryLog(AthenaClient client)
    {
        this.client = requireNonNull(client, "client is null");
    }

    Set<String> executionIds()
    {
        Set<String> ids = new HashSet<>();
        String token = null;
        do {
            String page = token;
            ListQueryExecutionsResponse response = client.listQueryExecutions(request -> request.workGroup("primary").maxResults(50).nextToken(page));
            ids.addAll(response.queryExecutionIds());
            token = response.nextToken();
        }
        while (token != null);
        return ids;
    }

    /** The UTF-8 size of each query started since {@code before} was taken. */
    List<Integer> queryBytesSince(Set<String> before)
    {
        return queriesSince(before).stream().map(query -> query.getBytes(StandardCharsets.UTF_8).length).toList();
    }

    /** The text of each query started since {@code before} was taken, in no particular order. */
    List<String> queriesSince(Set<String> before)
    {
        List<String> added = new ArrayList<>(executionIds());
        added.removeAll(before);
        List<String> queries = new ArrayList<>();
        for (int from = 0; from < added.size(); from += BATCH_GET_LIMIT) {
            List<String> chunk = added.subList(from, Math.min(added.size(), from + BATCH_GET_LIMIT));
            for (QueryExecution execution : client.batchGetQueryExecution(request -> request.queryExecutionIds(chunk)).queryExecutions()) {
                queries.add(execution.query());
            }
        }
        return queries;
    }
}
