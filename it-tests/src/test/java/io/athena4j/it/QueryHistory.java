package io.athena4j.it;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ListQueryExecutionsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The server's record of the queries a test ran, read through Athena's own API (ListQueryExecutions, newest first, and
 * BatchGetQueryExecution), so tests check what reached the server rather than what the driver believes it sent.
 */
final class QueryHistory
        implements AutoCloseable
{
    private final AthenaClient client;

    QueryHistory(URI endpoint)
    {
        client = AthenaClient.builder()
                .endpointOverride(requireNonNull(endpoint, "endpoint is null"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    /** The newest execution's id, the marker for {@link #since}. */
    Optional<String> newest()
    {
        List<String> ids = client.listQueryExecutions(request -> request.maxResults(1)).queryExecutionIds();
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    /** The executions started after {@code marker}, oldest first. */
    List<QueryExecution> since(Optional<String> marker)
    {
        List<String> ids = new ArrayList<>();
        String token = null;
        outer:
        do {
            String next = token;
            ListQueryExecutionsResponse page = client.listQueryExecutions(request -> request.maxResults(50).nextToken(next));
            for (String id : page.queryExecutionIds()) {
                if (marker.isPresent() && marker.get().equals(id)) {
                    break outer;
                }
                ids.add(id);
            }
            token = page.nextToken();
        }
        while (token != null);
        List<QueryExecution> executions = new ArrayList<>(get(ids));
        java.util.Collections.reverse(executions);
        return executions;
    }

    /** Asks the server to stop these executions. */
    void stop(Collection<String> queryExecutionIds)
    {
        queryExecutionIds.forEach(id -> client.stopQueryExecution(request -> request.queryExecutionId(id)));
    }

    /** The executions with these ids, in the same order. */
    List<QueryExecution> get(Collection<String> queryExecutionIds)
    {
        List<String> ids = List.copyOf(queryExecutionIds);
        List<QueryExecution> executions = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += 50) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 50));
            List<QueryExecution> found = client.batchGetQueryExecution(request -> request.queryExecutionIds(chunk)).queryExecutions();
            java.util.Map<String, QueryExecution> byId = new java.util.HashMap<>();
            found.forEach(execution -> byId.put(execution.queryExecutionId(), execution));
            for (String id : chunk) {
                QueryExecution execution = byId.get(id);
                if (execution == null) {
                    throw new AssertionError("The server does not know query " + id);
                }
                executions.add(execution);
            }
        }
        return executions;
    }

    @Override
    public void close()
    {
        client.close();
    }
}
