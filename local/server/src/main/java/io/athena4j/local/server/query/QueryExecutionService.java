package io.athena4j.local.server.query;

import io.athena4j.local.server.AthenaServiceException;
import io.athena4j.local.server.engine.TrinoEngine;
import io.athena4j.local.server.hive.HiveDdlException;
import io.athena4j.local.server.hive.HiveDdlService;
import io.athena4j.local.server.hive.HiveRejection;
import io.athena4j.local.server.hive.HiveResult;
import io.athena4j.local.server.hive.HiveStatement;
import io.athena4j.local.server.hive.TrinoHiveSession;
import io.athena4j.local.server.query.QueryExecution.EngineStatistics;
import io.athena4j.local.server.query.QueryExecution.QueryContext;
import io.athena4j.local.server.result.MemoryResultRows;
import io.athena4j.local.server.result.TextResultWriter;
import io.athena4j.local.server.sql.AthenaSqlTranslator;
import io.athena4j.local.server.sql.ExecutionParameters;
import io.athena4j.local.server.sql.InvalidParameterUsageException;
import io.athena4j.local.server.sql.MalformedQueryException;
import io.athena4j.local.server.sql.S3Locations;
import io.athena4j.local.server.sql.StatementClass;
import io.athena4j.local.server.sql.StatementClassifier;
import io.athena4j.local.server.sql.StatementType;
import io.athena4j.local.server.sql.SyntaxCheck;
import io.trino.execution.ExecutionFailureInfo;
import io.trino.execution.QueryInfo;
import io.trino.execution.QueryStats;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import static io.trino.execution.QueryState.FINISHED;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

/**
 * Athena's query executions: StartQueryExecution's validation and idempotency, asynchronous execution on the engine,
 * cancellation, and the history that GetQueryExecution and ListQueryExecutions read.
 */
public final class QueryExecutionService
        implements Closeable
{
    public static final String PRIMARY_WORK_GROUP = "primary";

    private static final Logger LOG = Logger.getLogger(QueryExecutionService.class.getName());
    private static final int MAX_QUERY_BYTES = 262_144;
    private static final long CANCEL_RETRY_MILLIS = 20;

    private final TrinoEngine engine;
    private final Path dataDirectory;
    private final S3Locations s3Locations = new S3Locations();
    private final HiveDdlService hiveDdl;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("athena-query-", 0).factory());
    private final Map<String, QueryExecution> executions = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<QueryExecution> newestFirst = new ConcurrentLinkedDeque<>();
    // Guarded by itself: a token's check and its registration must be one step.
    private final Map<String, TokenUse> tokens = new HashMap<>();
    private final QueryInterceptor interceptor;

    public QueryExecutionService(TrinoEngine engine, Path dataDirectory)
    {
        this(engine, dataDirectory, QueryInterceptor.NONE);
    }

    public QueryExecutionService(TrinoEngine engine, Path dataDirectory, QueryInterceptor interceptor)
    {
        this.engine = requireNonNull(engine, "engine is null");
        this.dataDirectory = requireNonNull(dataDirectory, "dataDirectory is null");
        this.hiveDdl = new HiveDdlService(dataDirectory, s3Locations, engine.typeManager());
        this.interceptor = requireNonNull(interceptor, "interceptor is null");
    }

    /**
     * Validates and registers a query, starts it in the background and returns its id. Checks run in Athena's order
     * (token, work group, output location, syntax, idempotency), so a request that fails validation does not consume
     * its token.
     */
    public String start(StartQueryRequest request)
    {
        String queryString = request.queryString().orElseThrow(() -> AthenaServiceException.missingField("queryString"));
        if (queryString.isEmpty()) {
            throw AthenaServiceException.validation("queryString", "Member must have length greater than or equal to 1");
        }
        if (queryString.getBytes(UTF_8).length > MAX_QUERY_BYTES) {
            throw AthenaServiceException.validation("queryString", "Member must have length less than or equal to " + MAX_QUERY_BYTES);
        }
        String token = validateToken(request.clientRequestToken());
        String workGroup = request.workGroup().orElse(PRIMARY_WORK_GROUP);
        requireWorkGroup(workGroup);
        String outputLocation = request.outputLocation().orElseThrow(() -> AthenaServiceException.invalidRequest("INVALID_INPUT",
                "No output location provided. An output location is required either through the Workgroup result configuration setting or as an API input."));
        if (!isValidS3Path(outputLocation)) {
            throw AthenaServiceException.invalidRequest("INVALID_INPUT", "outputLocation is not a valid S3 path.");
        }

        StatementClass statementClass = StatementClassifier.classify(queryString);
        // Athena's Hive DDL (and OPTIMIZE, VACUUM) has its own grammar and its own synchronous checks.
        Optional<HiveStatement> hiveStatement = HiveDdlService.handles(queryString, statementClass)
                ? Optional.of(planHiveStatement(queryString, request.database()))
                : Optional.empty();
        String trinoSql = null;
        Optional<AthenaError> parameterError = Optional.empty();
        if (hiveStatement.isEmpty()) {
            try {
                SyntaxCheck.check(queryString);
            }
            catch (MalformedQueryException e) {
                throw AthenaServiceException.invalidRequest("MALFORMED_QUERY", e.getMessage());
            }
            try {
                // Athena accepts one trailing semicolon; Trino's grammar does not.
                trinoSql = toTrinoSql(AthenaSqlTranslator.normalizeQueryText(queryString), request.executionParameters());
            }
            catch (InvalidParameterUsageException e) {
                // Like a statement that fails analysis, this fails the query rather than the request.
                parameterError = Optional.of(new AthenaError(AthenaError.USER, 1100, false, "INVALID_PARAMETER_USAGE: " + e.getMessage()));
            }
        }

        synchronized (tokens) {
            TokenUse previous = tokens.get(token);
            if (previous != null) {
                if (!previous.key().equals(request.idempotencyKey())) {
                    throw AthenaServiceException.invalidRequest("IDEMPOTENT_PARAMETER_MISMATCH", "Idempotent parameters do not match");
                }
                return previous.queryExecutionId();
            }
            QueryExecution execution = register(request, queryString, statementClass, workGroup, outputLocation);
            tokens.put(token, new TokenUse(request.idempotencyKey(), execution.id()));
            if (parameterError.isPresent()) {
                AthenaError error = parameterError.get();
                executor.execute(() -> {
                    if (execution.markRunning(System.nanoTime())) {
                        execution.markFailed(error, EngineStatistics.NONE, Instant.now(), System.nanoTime());
                    }
                });
            }
            else if (hiveStatement.isPresent()) {
                HiveStatement statement = hiveStatement.get();
                executor.execute(() -> runHiveStatement(execution, statement));
            }
            else {
                String statement = trinoSql;
                executor.execute(() -> run(execution, statement));
            }
            return execution.id();
        }
    }

    private HiveStatement planHiveStatement(String queryString, Optional<String> database)
    {
        try {
            return hiveDdl.plan(AthenaSqlTranslator.normalizeQueryText(queryString), database.orElse(TrinoEngine.DEFAULT_DATABASE),
                    new TrinoHiveSession(engine, "athena-start-" + UUID.randomUUID()));
        }
        catch (HiveRejection e) {
            throw AthenaServiceException.invalidRequest(e.athenaErrorCode(), e.getMessage());
        }
        catch (HiveDdlException e) {
            throw AthenaServiceException.internal("Cannot look up the table of the statement: " + e.getMessage());
        }
    }

    private void runHiveStatement(QueryExecution execution, HiveStatement statement)
    {
        long startNanos = System.nanoTime();
        if (!execution.markRunning(startNanos) || !applyInterceptor(execution)) {
            return;
        }
        try {
            HiveResult result = statement.execute(new TrinoHiveSession(engine, execution.id()));
            EngineStatistics statistics = new EngineStatistics((System.nanoTime() - startNanos) / 1_000_000, 0, 0, 0);
            if (execution.isCancelRequested()) {
                execution.markCancelled(statistics, Instant.now(), System.nanoTime());
                return;
            }
            List<String[]> rows = result.rows().stream().map(row -> new String[] {row}).toList();
            // The Hive engine's output, one line per row, is the <id>.txt result file, as for any DDL or SHOW.
            Optional<Path> resultFile = execution.resultLocation().map(this::toFile);
            if (resultFile.isPresent()) {
                TextResultWriter.write(resultFile.get(), rows);
            }
            execution.markSucceeded(new QueryResult(result.columns(), result.updateCount(), new MemoryResultRows(rows)), statistics, Instant.now(), System.nanoTime());
        }
        catch (HiveDdlException e) {
            EngineStatistics statistics = new EngineStatistics((System.nanoTime() - startNanos) / 1_000_000, 0, 0, 0);
            if (execution.isCancelRequested()) {
                execution.markCancelled(statistics, Instant.now(), System.nanoTime());
                return;
            }
            execution.markFailed(e.error(), statistics, Instant.now(), System.nanoTime());
        }
        catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Hive DDL query " + execution.id() + " failed inside the local Athena", e);
            execution.markFailed(AthenaError.internal(describe(e)), EngineStatistics.NONE, Instant.now(), System.nanoTime());
        }
    }

    private String toTrinoSql(String queryString, List<String> executionParameters)
    {
        String translated;
        try {
            translated = AthenaSqlTranslator.toTrino(queryString, s3Locations);
        }
        catch (IllegalArgumentException e) {
            // A location property that is not an s3:// URI.
            throw AthenaServiceException.invalidRequest("INVALID_INPUT", e.getMessage());
        }
        return ExecutionParameters.bind(translated, executionParameters);
    }

    private boolean isValidS3Path(String location)
    {
        if (!location.startsWith("s3://")) {
            return false;
        }
        try {
            s3Locations.toTrino(location);
            return true;
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    private QueryExecution register(StartQueryRequest request, String queryString, StatementClass statementClass, String workGroup, String outputLocation)
    {
        String id = UUID.randomUUID().toString();
        QueryExecution execution = new QueryExecution(
                id,
                AthenaSqlTranslator.normalizeQueryText(queryString),
                statementClass,
                new QueryContext(request.database(), request.catalog().map(catalog -> catalog.toLowerCase(Locale.ROOT))),
                workGroup,
                Optional.of(resultLocation(outputLocation, id, statementClass)),
                request.executionParameters(),
                Instant.now(),
                System.nanoTime());
        executions.put(id, execution);
        newestFirst.addFirst(execution);
        return execution;
    }

    public QueryExecution get(String queryExecutionId)
    {
        QueryExecution execution = executions.get(requireNonNull(queryExecutionId, "queryExecutionId is null"));
        if (execution == null) {
            throw AthenaServiceException.queryExecutionNotFound(queryExecutionId);
        }
        return execution;
    }

    /** The work group's executions, newest first. */
    public List<QueryExecution> list(String workGroup)
    {
        requireWorkGroup(workGroup);
        List<QueryExecution> list = new ArrayList<>();
        for (QueryExecution execution : newestFirst) {
            if (execution.workGroup().equals(workGroup)) {
                list.add(execution);
            }
        }
        return list;
    }

    /**
     * Stops a query. Stopping a finished query succeeds and changes nothing, as on Athena.
     */
    public void stop(String queryExecutionId)
    {
        QueryExecution execution = get(queryExecutionId);
        if (execution.requestCancel(Instant.now(), System.nanoTime())) {
            // The engine may not have registered the query yet; keep trying until it has stopped one way or another.
            executor.execute(() -> cancelOnEngine(execution));
        }
    }

    public void requireWorkGroup(String workGroup)
    {
        if (!PRIMARY_WORK_GROUP.equals(workGroup)) {
            throw AthenaServiceException.invalidRequest("INVALID_INPUT", "WorkGroup is not found.");
        }
    }

    private void cancelOnEngine(QueryExecution execution)
    {
        try {
            while (!execution.snapshot().state().isDone() && !engine.cancel(execution.id())) {
                Thread.sleep(CANCEL_RETRY_MILLIS);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(QueryExecution execution, String trinoSql)
    {
        if (!execution.markRunning(System.nanoTime())) {
            return;
        }
        if (!applyInterceptor(execution)) {
            return;
        }
        ResultCollector collector;
        try {
            collector = collectorFor(execution);
        }
        catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot prepare the result of query " + execution.id(), e);
            execution.markFailed(AthenaError.internal(describe(e)), EngineStatistics.NONE, Instant.now(), System.nanoTime());
            return;
        }
        QueryInfo info;
        try {
            String catalog = execution.context().catalog().orElse(TrinoEngine.ATHENA_CATALOG);
            String schema = execution.context().database().orElse(TrinoEngine.DEFAULT_DATABASE);
            info = engine.execute(trinoSql, catalog, schema, execution.id(), collector);
        }
        catch (RuntimeException e) {
            // Never leave a query running behind a failure of our own.
            engine.cancel(execution.id());
            collector.abandon();
            LOG.log(Level.WARNING, "Query " + execution.id() + " failed inside the local Athena", e);
            execution.markFailed(AthenaError.internal(describe(e)), EngineStatistics.NONE, Instant.now(), System.nanoTime());
            return;
        }

        EngineStatistics statistics = statisticsOf(info.getQueryStats());
        if (execution.isCancelRequested()) {
            collector.abandon();
            execution.markCancelled(statistics, Instant.now(), System.nanoTime());
            return;
        }
        if (info.getState() != FINISHED) {
            collector.abandon();
            execution.markFailed(errorOf(info), statistics, Instant.now(), System.nanoTime());
            return;
        }
        try {
            execution.markSucceeded(collector.finish(reportsUpdateCount(execution.statementClass())), statistics, Instant.now(), System.nanoTime());
        }
        catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot store the result of query " + execution.id(), e);
            execution.markFailed(AthenaError.internal(describe(e)), statistics, Instant.now(), System.nanoTime());
        }
    }

    /**
     * Lets the interceptor slow the query down or fail it.
     *
     * @return whether the query still runs on the engine
     */
    private boolean applyInterceptor(QueryExecution execution)
    {
        QueryInterceptor.QueryIntervention intervention = interceptor.intercept(execution);
        long deadline = System.nanoTime() + intervention.extraRunningTime().toNanos();
        try {
            // In small steps, so StopQueryExecution cancels a slowed query at once.
            while (System.nanoTime() < deadline && !execution.isCancelRequested()) {
                Thread.sleep(Math.max(1, Math.min(CANCEL_RETRY_MILLIS, (deadline - System.nanoTime()) / 1_000_000)));
            }
        }
        catch (InterruptedException e) {
            // The server is shutting down; the query ends cancelled like every other running one.
            Thread.currentThread().interrupt();
            execution.markCancelled(EngineStatistics.NONE, Instant.now(), System.nanoTime());
            return false;
        }
        if (execution.isCancelRequested()) {
            execution.markCancelled(EngineStatistics.NONE, Instant.now(), System.nanoTime());
            return false;
        }
        if (intervention.failure().isPresent()) {
            execution.markFailed(intervention.failure().get(), EngineStatistics.NONE, Instant.now(), System.nanoTime());
            return false;
        }
        return true;
    }

    private ResultCollector collectorFor(QueryExecution execution)
    {
        StatementClass statementClass = execution.statementClass();
        // Every statement leaves its result file under the output location, named as on Athena (resultLocation).
        Optional<Path> resultFile = execution.resultLocation().map(this::toFile);
        return switch (statementClass.type()) {
            case DML -> switch (statementClass.substatementType()) {
                case "SELECT" -> new ResultCollector(ResultCollector.Shape.ROWS_WITH_HEADER, resultFile);
                case "EXPLAIN" -> new ResultCollector(ResultCollector.Shape.EXPLAIN, resultFile);
                default -> new ResultCollector(ResultCollector.Shape.UPDATE_COUNT, resultFile);
            };
            case DDL -> statementClass.substatementType().equals("CREATE_TABLE_AS_SELECT")
                    ? new ResultCollector(ResultCollector.Shape.UPDATE_COUNT, resultFile)
                    : new ResultCollector(ResultCollector.Shape.NONE, resultFile);
            case UTILITY -> new ResultCollector(ResultCollector.Shape.ROWS, resultFile);
        };
    }

    /**
     * SELECT and SHOW report an UpdateCount of 0; EXPLAIN, and DESCRIBE and SHOW CREATE TABLE on Hive tables, omit it
     * (athena-behaviour §A.3).
     */
    private static boolean reportsUpdateCount(StatementClass statementClass)
    {
        return switch (statementClass.type()) {
            case DML -> statementClass.substatementType().equals("SELECT");
            case UTILITY -> !statementClass.substatementType().equals("DESCRIBE_TABLE")
                    && !statementClass.substatementType().equals("SHOW_CREATE_TABLE");
            case DDL -> false;
        };
    }

    private Path toFile(String s3Uri)
    {
        return s3Locations.toFile(dataDirectory, s3Uri);
    }

    /** Where Athena writes a statement's result file under the output location (athena-behaviour §A.2). */
    private static String resultLocation(String outputLocation, String id, StatementClass statementClass)
    {
        String directory = outputLocation.endsWith("/") ? outputLocation : outputLocation + "/";
        String substatementType = statementClass.substatementType();
        if (substatementType.equals("INSERT")) {
            return directory + id;
        }
        if (substatementType.equals("CREATE_TABLE_AS_SELECT")) {
            return directory + "tables/" + id;
        }
        boolean csv = statementClass.type() == StatementType.DML && !substatementType.equals("EXPLAIN")
                || substatementType.equals("SHOW_FUNCTIONS");
        return directory + id + (csv ? ".csv" : ".txt");
    }

    private static EngineStatistics statisticsOf(QueryStats stats)
    {
        return new EngineStatistics(
                stats.getElapsedTime().toMillis(),
                stats.getQueuedTime().toMillis(),
                stats.getPlanningTime().toMillis(),
                stats.getPhysicalInputDataSize().toBytes());
    }

    private static AthenaError errorOf(QueryInfo info)
    {
        ExecutionFailureInfo failure = info.getFailureInfo();
        if (failure == null || info.getErrorCode() == null) {
            return AthenaError.internal("Query failed without failure info");
        }
        return AthenaError.fromTrino(info.getErrorCode(), failure.message() == null ? failure.type() : failure.message());
    }

    private static String describe(Exception e)
    {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    private static String validateToken(Optional<String> clientRequestToken)
    {
        String token = clientRequestToken.orElseThrow(() -> AthenaServiceException.invalidRequest("INVALID_INPUT", "clientRequestToken is null or empty"));
        if (token.length() < 32) {
            throw AthenaServiceException.validation("clientRequestToken", "Member must have length greater than or equal to 32");
        }
        if (token.length() > 128) {
            throw AthenaServiceException.validation("clientRequestToken", "Member must have length less than or equal to 128");
        }
        // Athena counts the lower bound in characters but, in effect, the upper bound in UTF-8 bytes.
        if (token.getBytes(UTF_8).length > 128) {
            throw AthenaServiceException.invalidRequest("INVALID_INPUT", "clientRequestToken exceeds maximum allowed length 128");
        }
        return token;
    }

    /** Cancels running queries and stops accepting work. */
    @Override
    public void close()
    {
        for (QueryExecution execution : executions.values()) {
            if (execution.requestCancel(Instant.now(), System.nanoTime())) {
                engine.cancel(execution.id());
            }
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("Queries still running 10 s after shutdown was requested");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record TokenUse(StartQueryRequest.IdempotencyKey key, String queryExecutionId) {}
}
