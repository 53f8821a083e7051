package io.athena4j.local.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.athena4j.local.server.AthenaServiceException;
import io.athena4j.local.server.catalog.CatalogService;
import io.athena4j.local.server.hive.HiveDdlException;
import io.athena4j.local.server.query.AthenaError;
import io.athena4j.local.server.query.QueryExecution;
import io.athena4j.local.server.query.QueryExecutionService;
import io.athena4j.local.server.query.QueryResult;
import io.athena4j.local.server.query.QueryState;
import io.athena4j.local.server.query.QueryStatistics;
import io.athena4j.local.server.query.StartQueryRequest;
import io.athena4j.local.server.result.AthenaColumn;
import io.athena4j.local.server.result.ResultPage;
import io.athena4j.local.server.result.ResultRows;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The Athena operations this server answers, each reading a JSON request and writing Athena's JSON response.
 */
final class AthenaOperations
{
    /** Athena's page limit for GetQueryResults; the header row counts towards it. */
    static final int MAX_RESULTS_PER_PAGE = 1000;
    private static final int MAX_LIST_RESULTS = 50;
    private static final int MAX_BATCH_IDS = 50;
    private static final String ENGINE_VERSION = "Athena engine version 3";

    private final QueryExecutionService queries;
    private final Instant workGroupCreationTime;
    private final Map<String, Operation> operations;

    AthenaOperations(QueryExecutionService queries, CatalogService catalog, Instant workGroupCreationTime)
    {
        this.queries = requireNonNull(queries, "queries is null");
        this.workGroupCreationTime = requireNonNull(workGroupCreationTime, "workGroupCreationTime is null");
        Map<String, Operation> all = new HashMap<>(new CatalogOperations(requireNonNull(catalog, "catalog is null")).operations());
        all.putAll(Map.of(
                "StartQueryExecution", this::startQueryExecution,
                "GetQueryExecution", this::getQueryExecution,
                "GetQueryResults", this::getQueryResults,
                "StopQueryExecution", this::stopQueryExecution,
                "BatchGetQueryExecution", this::batchGetQueryExecution,
                "ListQueryExecutions", this::listQueryExecutions,
                "GetWorkGroup", this::getWorkGroup,
                "ListWorkGroups", this::listWorkGroups));
        this.operations = Map.copyOf(all);
    }

    Optional<Operation> operation(String name)
    {
        return Optional.ofNullable(operations.get(name));
    }

    @FunctionalInterface
    interface Operation
    {
        void handle(JsonRequest request, JsonGenerator response)
                throws IOException;
    }

    private void startQueryExecution(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        Optional<JsonRequest> context = request.object("QueryExecutionContext");
        Optional<JsonRequest> resultConfiguration = request.object("ResultConfiguration");
        String id = queries.start(new StartQueryRequest(
                request.string("QueryString"),
                request.string("ClientRequestToken"),
                context.flatMap(c -> c.string("Database")),
                context.flatMap(c -> c.string("Catalog")),
                resultConfiguration.flatMap(c -> c.string("OutputLocation")),
                request.string("WorkGroup"),
                request.stringList("ExecutionParameters").orElse(List.of())));
        response.writeStartObject();
        response.writeStringField("QueryExecutionId", id);
        response.writeEndObject();
    }

    private void getQueryExecution(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        QueryExecution execution = queries.get(request.requiredString("QueryExecutionId", "queryExecutionId"));
        response.writeStartObject();
        response.writeFieldName("QueryExecution");
        writeQueryExecution(execution, response);
        response.writeEndObject();
    }

    private void batchGetQueryExecution(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        List<String> ids = request.stringList("QueryExecutionIds").orElseThrow(() -> AthenaServiceException.missingField("queryExecutionIds"));
        if (ids.isEmpty() || ids.size() > MAX_BATCH_IDS) {
            throw AthenaServiceException.validation("queryExecutionIds", "Member must have length " + (ids.isEmpty() ? "greater than or equal to 1" : "less than or equal to " + MAX_BATCH_IDS));
        }
        response.writeStartObject();
        response.writeArrayFieldStart("QueryExecutions");
        for (String id : ids) {
            try {
                writeQueryExecution(queries.get(id), response);
            }
            catch (AthenaServiceException e) {
                // reported below among the unprocessed ids
            }
        }
        response.writeEndArray();
        response.writeArrayFieldStart("UnprocessedQueryExecutionIds");
        for (String id : ids) {
            try {
                queries.get(id);
            }
            catch (AthenaServiceException e) {
                response.writeStartObject();
                response.writeStringField("QueryExecutionId", id);
                response.writeStringField("ErrorCode", e.athenaErrorCode().orElse(e.type()));
                response.writeStringField("ErrorMessage", e.getMessage());
                response.writeEndObject();
            }
        }
        response.writeEndArray();
        response.writeEndObject();
    }

    private void listQueryExecutions(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        int maxResults = request.integer("MaxResults").orElse(MAX_LIST_RESULTS);
        if (maxResults < 0 || maxResults > MAX_LIST_RESULTS) {
            throw AthenaServiceException.validation("maxResults", maxResults < 0 ? "Member must have value greater than or equal to 0" : "Member must have value less than or equal to " + MAX_LIST_RESULTS);
        }
        List<QueryExecution> executions = queries.list(request.string("WorkGroup").orElse(QueryExecutionService.PRIMARY_WORK_GROUP));
        int from = request.string("NextToken").map(ListToken::decode).orElse(0);
        int to = Math.min(executions.size(), from + maxResults);
        response.writeStartObject();
        response.writeArrayFieldStart("QueryExecutionIds");
        for (int i = Math.min(from, to); i < to; i++) {
            response.writeString(executions.get(i).id());
        }
        response.writeEndArray();
        if (to < executions.size()) {
            response.writeStringField("NextToken", ListToken.encode(to));
        }
        response.writeEndObject();
    }

    private void stopQueryExecution(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        queries.stop(request.requiredString("QueryExecutionId", "queryExecutionId"));
        response.writeStartObject();
        response.writeEndObject();
    }

    private void getQueryResults(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        // Validation in Athena's order: model constraints, unknown id, page size, query state, token.
        String id = request.requiredString("QueryExecutionId", "queryExecutionId");
        Optional<String> nextToken = request.string("NextToken");
        if (nextToken.isPresent() && nextToken.get().isEmpty()) {
            throw AthenaServiceException.validation("nextToken", "Member must have length greater than or equal to 1");
        }
        int maxResults = request.integer("MaxResults").orElse(MAX_RESULTS_PER_PAGE);
        if (maxResults < 1) {
            throw AthenaServiceException.validation("maxResults", "Member must have value greater than or equal to 1");
        }
        QueryExecution execution = queries.get(id);
        if (maxResults > MAX_RESULTS_PER_PAGE) {
            throw AthenaServiceException.invalidRequest("INVALID_INPUT", "MaxResults is more than maximum allowed length " + MAX_RESULTS_PER_PAGE);
        }
        QueryExecution.Snapshot snapshot = execution.snapshot();
        if (snapshot.state() == QueryState.FAILED && snapshot.error().filter(HiveDdlException::isHiveEngineError).isPresent()) {
            // Athena answers a failed Hive-engine DDL statement with HTTP 200 and an empty result (athena-behaviour §A.3).
            response.writeStartObject();
            response.writeObjectFieldStart("ResultSet");
            response.writeArrayFieldStart("Rows");
            response.writeEndArray();
            response.writeNullField("ResultSetMetadata");
            response.writeEndObject();
            response.writeEndObject();
            return;
        }
        QueryResult result = switch (snapshot.state()) {
            case QUEUED, RUNNING -> throw AthenaServiceException.invalidRequest("INVALID_QUERY_EXECUTION_STATE", "Query has not yet finished. Current state: " + snapshot.state());
            case FAILED -> throw AthenaServiceException.invalidRequest("INVALID_QUERY_EXECUTION_STATE", "Query did not finish successfully. Final query state: FAILED");
            case CANCELLED -> throw AthenaServiceException.invalidRequest("RESULT_NOT_FOUND", "Could not find results");
            case SUCCEEDED -> snapshot.result().orElseThrow();
        };
        long position = nextToken.map(token -> ResultPageToken.decode(token, id).position()).orElse(ResultRows.FIRST_POSITION);

        ResultPage page;
        try {
            page = result.rows().read(position, maxResults);
        }
        catch (NoSuchFileException e) {
            throw AthenaServiceException.invalidRequest("RESULT_NOT_FOUND", "Could not find results");
        }
        catch (IllegalArgumentException e) {
            throw AthenaServiceException.invalidRequest("INVALID_INPUT", "Malformed nextPageToken " + nextToken.orElse(""));
        }

        response.writeStartObject();
        if (result.updateCount().isPresent()) {
            response.writeNumberField("UpdateCount", result.updateCount().getAsLong());
        }
        response.writeObjectFieldStart("ResultSet");
        response.writeArrayFieldStart("Rows");
        for (String[] row : page.rows()) {
            response.writeStartObject();
            response.writeArrayFieldStart("Data");
            for (String value : row) {
                response.writeStartObject();
                // SQL NULL is a Datum without VarCharValue.
                if (value != null) {
                    response.writeStringField("VarCharValue", value);
                }
                response.writeEndObject();
            }
            response.writeEndArray();
            response.writeEndObject();
        }
        response.writeEndArray();
        response.writeObjectFieldStart("ResultSetMetadata");
        response.writeArrayFieldStart("ColumnInfo");
        for (AthenaColumn column : result.columns()) {
            writeColumnInfo(column, response);
        }
        response.writeEndArray();
        response.writeEndObject();
        response.writeEndObject();
        // A page that is exactly full always carries a token, even when nothing follows.
        if (page.rows().size() == maxResults) {
            response.writeStringField("NextToken", new ResultPageToken(id, page.nextPosition()).encode());
        }
        response.writeEndObject();
    }

    private void getWorkGroup(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        String name = request.requiredString("WorkGroup", "workGroup");
        queries.requireWorkGroup(name);
        response.writeStartObject();
        response.writeObjectFieldStart("WorkGroup");
        response.writeObjectFieldStart("Configuration");
        response.writeBooleanField("EnableMinimumEncryptionConfiguration", false);
        response.writeBooleanField("EnforceWorkGroupConfiguration", false);
        writeEngineVersion(response, true);
        response.writeBooleanField("PublishCloudWatchMetricsEnabled", false);
        response.writeStringField("QuerySchedulingType", "DEFAULT");
        response.writeBooleanField("RequesterPaysEnabled", false);
        response.writeObjectFieldStart("ResultConfiguration");
        response.writeEndObject();
        response.writeEndObject();
        writeEpochSeconds(response, "CreationTime", workGroupCreationTime);
        response.writeStringField("Name", name);
        response.writeStringField("State", "ENABLED");
        response.writeEndObject();
        response.writeEndObject();
    }

    private void listWorkGroups(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        response.writeStartObject();
        response.writeArrayFieldStart("WorkGroups");
        response.writeStartObject();
        writeEpochSeconds(response, "CreationTime", workGroupCreationTime);
        response.writeStringField("Description", "");
        writeEngineVersion(response, false);
        response.writeStringField("Name", QueryExecutionService.PRIMARY_WORK_GROUP);
        response.writeStringField("State", "ENABLED");
        response.writeEndObject();
        response.writeEndArray();
        response.writeEndObject();
    }

    private static void writeQueryExecution(QueryExecution execution, JsonGenerator out)
            throws IOException
    {
        QueryExecution.Snapshot snapshot = execution.snapshot();
        out.writeStartObject();
        writeEngineVersion(out, false);
        if (!execution.executionParameters().isEmpty()) {
            out.writeArrayFieldStart("ExecutionParameters");
            for (String parameter : execution.executionParameters()) {
                out.writeString(parameter);
            }
            out.writeEndArray();
        }
        out.writeStringField("Query", execution.query());
        out.writeObjectFieldStart("QueryExecutionContext");
        if (execution.context().catalog().isPresent()) {
            out.writeStringField("Catalog", execution.context().catalog().get());
        }
        if (execution.context().database().isPresent()) {
            out.writeStringField("Database", execution.context().database().get());
        }
        out.writeEndObject();
        out.writeStringField("QueryExecutionId", execution.id());
        out.writeObjectFieldStart("ResultConfiguration");
        if (execution.resultLocation().isPresent()) {
            out.writeStringField("OutputLocation", execution.resultLocation().get());
        }
        out.writeEndObject();
        out.writeObjectFieldStart("ResultReuseConfiguration");
        out.writeObjectFieldStart("ResultReuseByAgeConfiguration");
        out.writeBooleanField("Enabled", false);
        out.writeEndObject();
        out.writeEndObject();
        out.writeStringField("StatementType", execution.statementClass().type().name());
        writeStatistics(snapshot.statistics(), out);
        out.writeObjectFieldStart("Status");
        if (snapshot.error().isPresent()) {
            AthenaError error = snapshot.error().get();
            out.writeObjectFieldStart("AthenaError");
            out.writeNumberField("ErrorCategory", error.category());
            out.writeStringField("ErrorMessage", error.message());
            out.writeNumberField("ErrorType", error.type());
            out.writeBooleanField("Retryable", error.retryable());
            out.writeEndObject();
        }
        if (snapshot.completionTime().isPresent()) {
            writeEpochSeconds(out, "CompletionDateTime", snapshot.completionTime().get());
        }
        out.writeStringField("State", snapshot.state().name());
        if (snapshot.stateChangeReason().isPresent()) {
            out.writeStringField("StateChangeReason", snapshot.stateChangeReason().get());
        }
        writeEpochSeconds(out, "SubmissionDateTime", execution.submissionTime());
        out.writeEndObject();
        out.writeStringField("SubstatementType", execution.statementClass().substatementType());
        out.writeStringField("WorkGroup", execution.workGroup());
        out.writeEndObject();
    }

    private static void writeStatistics(QueryStatistics statistics, JsonGenerator out)
            throws IOException
    {
        out.writeObjectFieldStart("Statistics");
        out.writeNumberField("DataScannedInBytes", statistics.dataScannedBytes());
        out.writeNumberField("EngineExecutionTimeInMillis", statistics.engineExecutionTimeMillis());
        out.writeNumberField("QueryPlanningTimeInMillis", statistics.queryPlanningTimeMillis());
        out.writeNumberField("QueryQueueTimeInMillis", statistics.queryQueueTimeMillis());
        out.writeObjectFieldStart("ResultReuseInformation");
        out.writeBooleanField("ReusedPreviousResult", false);
        out.writeEndObject();
        out.writeNumberField("ServicePreProcessingTimeInMillis", statistics.servicePreProcessingTimeMillis());
        out.writeNumberField("ServiceProcessingTimeInMillis", statistics.serviceProcessingTimeMillis());
        out.writeNumberField("TotalExecutionTimeInMillis", statistics.totalExecutionTimeMillis());
        out.writeEndObject();
    }

    private static void writeColumnInfo(AthenaColumn column, JsonGenerator out)
            throws IOException
    {
        out.writeStartObject();
        // Measured on Athena: every column says catalog hive, empty schema and table, nullability UNKNOWN.
        out.writeBooleanField("CaseSensitive", column.caseSensitive());
        out.writeStringField("CatalogName", "hive");
        out.writeStringField("Label", column.name());
        out.writeStringField("Name", column.name());
        out.writeStringField("Nullable", "UNKNOWN");
        out.writeNumberField("Precision", column.precision());
        out.writeNumberField("Scale", column.scale());
        out.writeStringField("SchemaName", "");
        out.writeStringField("TableName", "");
        out.writeStringField("Type", column.type());
        out.writeEndObject();
    }

    private static void writeEngineVersion(JsonGenerator out, boolean withCategory)
            throws IOException
    {
        out.writeObjectFieldStart("EngineVersion");
        if (withCategory) {
            out.writeStringField("Category", "Presto");
        }
        out.writeStringField("EffectiveEngineVersion", ENGINE_VERSION);
        out.writeStringField("SelectedEngineVersion", "AUTO");
        out.writeEndObject();
    }

    /** Athena's wire timestamps are epoch seconds as JSON numbers with a fraction. */
    private static void writeEpochSeconds(JsonGenerator out, String field, Instant instant)
            throws IOException
    {
        out.writeNumberField(field, instant.toEpochMilli() / 1000.0);
    }

    /** ListQueryExecutions' NextToken: the index of the next id. */
    private static final class ListToken
    {
        private static final String PREFIX = "a4j-list-";

        static String encode(int index)
        {
            return PREFIX + index;
        }

        static int decode(String token)
        {
            if (token.startsWith(PREFIX)) {
                try {
                    int index = Integer.parseInt(token.substring(PREFIX.length()));
                    if (index >= 0) {
                        return index;
                    }
                }
                catch (NumberFormatException e) {
                    // same error as any other foreign token
                }
            }
            throw AthenaServiceException.invalidRequest("INVALID_INPUT", "Malformed nextPageToken " + token);
        }
    }
}
