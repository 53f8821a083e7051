package io.athena4j.local.server.query;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A StartQueryExecution request, with each optional field absent when the request did not carry it.
 */
public record StartQueryRequest(
        Optional<String> queryString,
        Optional<String> clientRequestToken,
        Optional<String> database,
        Optional<String> catalog,
        Optional<String> outputLocation,
        Optional<String> workGroup,
        List<String> executionParameters)
{
    public StartQueryRequest
    {
        requireNonNull(queryString, "queryString is null");
        requireNonNull(clientRequestToken, "clientRequestToken is null");
        requireNonNull(database, "database is null");
        requireNonNull(catalog, "catalog is null");
        requireNonNull(outputLocation, "outputLocation is null");
        requireNonNull(workGroup, "workGroup is null");
        executionParameters = List.copyOf(requireNonNull(executionParameters, "executionParameters is null"));
    }

    /**
     * The fields whose difference makes a retried token an IDEMPOTENT_PARAMETER_MISMATCH, compared as sent (measured on
     * Athena: a case-only difference in the catalog counts; ExecutionParameters and WorkGroup do not).
     */
    record IdempotencyKey(Optional<String> queryString, Optional<String> database, Optional<String> catalog, Optional<String> outputLocation) {}

    IdempotencyKey idempotencyKey()
    {
        return new IdempotencyKey(queryString, database, catalog, outputLocation);
    }
}
