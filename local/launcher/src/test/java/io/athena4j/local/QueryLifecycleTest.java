package io.athena4j.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.model.BatchGetQueryExecutionResponse;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.StatementType;
import software.amazon.awssdk.services.athena.model.WorkGroup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A query's life through the API: asynchronous states, statement types, statistics, update counts, failures,
 * cancellation, idempotent starts, result files and the work group.
 */
@AthenaLocalTest
final class QueryLifecycleTest
{
    /** Cross joins of 10^4-element sequences: runs far longer than any test waits. */
    private static final String ENDLESS_QUERY = "SELECT count(*) FROM UNNEST(sequence(1, 10000)) a(x) CROSS JOIN UNNEST(sequence(1, 10000)) b(y) CROSS JOIN UNNEST(sequence(1, 10000)) c(z)";

    private static AthenaLocal local;
    private static AthenaApi athena;

    @BeforeAll
    static void connect(AthenaLocal athenaLocal)
    {
        local = athenaLocal;
        athena = new AthenaApi(athenaLocal.endpoint());
    }

    @AfterAll
    static void disconnect()
    {
        athena.close();
    }

    @Test
    void selectSucceedsWithStatisticsAndEcho()
    {
        String id = athena.start("  SELECT 1 AS one ;  ", request -> request
                .queryExecutionContext(context -> context.database("default").catalog("AwsDataCatalog")));
        QueryExecution execution = athena.await(id);

        assertThat(execution.status().state()).isEqualTo(QueryExecutionState.SUCCEEDED);
        assertThat(execution.query()).isEqualTo("SELECT 1 AS one");
        assertThat(execution.statementType()).isEqualTo(StatementType.DML);
        assertThat(execution.substatementType()).isEqualTo("SELECT");
        assertThat(execution.queryExecutionContext().catalog()).isEqualTo("awsdatacatalog");
        assertThat(execution.queryExecutionContext().database()).isEqualTo("default");
        assertThat(execution.workGroup()).isEqualTo("primary");
        assertThat(execution.engineVersion().effectiveEngineVersion()).isEqualTo("Athena engine version 3");
        assertThat(execution.status().submissionDateTime()).isNotNull();
        assertThat(execution.status().completionDateTime()).isAfterOrEqualTo(execution.status().submissionDateTime());
        assertThat(execution.status().athenaError()).isNull();
        assertThat(execution.statistics().totalExecutionTimeInMillis()).isGreaterThanOrEqualTo(execution.statistics().engineExecutionTimeInMillis());
        assertThat(execution.statistics().engineExecutionTimeInMillis()).isPositive();
        assertThat(execution.statistics().dataScannedInBytes()).isNotNull();
        assertThat(execution.statistics().queryQueueTimeInMillis()).isNotNull();
        assertThat(execution.resultConfiguration().outputLocation()).isEqualTo(AthenaApi.OUTPUT_LOCATION + id + ".csv");
    }

    @Test
    void resultFileIsAthenasCsv()
            throws Exception
    {
        String id = athena.run("SELECT 'a\"b' AS s, CAST(NULL AS varchar) AS n, '' AS e").queryExecutionId();
        Path file = local.dataDirectory().resolve("s3/athena4j-test-results/queries/" + id + ".csv");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\"s\",\"n\",\"e\"\n\"a\"\"b\",,\"\"\n");
    }

    @Test
    void omittedContextIsOmittedInTheEcho()
    {
        QueryExecution execution = athena.run("SELECT 1");
        assertThat(execution.queryExecutionContext().database()).isNull();
        assertThat(execution.queryExecutionContext().catalog()).isNull();
    }

    @Test
    void insertAndCtasReportRowsWrittenWithoutRows()
    {
        String table = AthenaApi.uniqueName("lifecycle");
        QueryExecution ctas = athena.run("CREATE TABLE " + table + " WITH (external_location = 's3://athena4j-test-data/" + table + "/', format = 'PARQUET') AS "
                + "SELECT x AS id, 'n' || CAST(x AS varchar) AS name FROM UNNEST(sequence(1, 3)) t(x)");
        assertThat(ctas.statementType()).isEqualTo(StatementType.DDL);
        assertThat(ctas.substatementType()).isEqualTo("CREATE_TABLE_AS_SELECT");
        assertUpdateCount(ctas.queryExecutionId(), 3);

        QueryExecution insert = athena.run("INSERT INTO " + table + " VALUES (4, 'n4'), (5, NULL)");
        assertThat(insert.statementType()).isEqualTo(StatementType.DML);
        assertThat(insert.substatementType()).isEqualTo("INSERT");
        assertThat(insert.resultConfiguration().outputLocation()).isEqualTo(AthenaApi.OUTPUT_LOCATION + insert.queryExecutionId());
        assertUpdateCount(insert.queryExecutionId(), 2);

        assertThat(athena.query("SELECT count(*), count(name) FROM " + table).get(1)).containsExactly("5", "4");
        assertThat(athena.run("SELECT * FROM " + table).statistics().dataScannedInBytes()).isPositive();
    }

    private static void assertUpdateCount(String queryExecutionId, long expected)
    {
        GetQueryResultsResponse results = athena.client().getQueryResults(request -> request.queryExecutionId(queryExecutionId));
        assertThat(results.updateCount()).isEqualTo(expected);
        assertThat(results.resultSet().rows()).isEmpty();
        assertThat(results.resultSet().resultSetMetadata().columnInfo()).singleElement().satisfies(column -> {
            assertThat(column.name()).isEqualTo("rows");
            assertThat(column.type()).isEqualTo("bigint");
            assertThat(column.precision()).isEqualTo(19);
        });
    }

    @Test
    void ddlHasNeitherRowsNorColumnsNorUpdateCount()
    {
        QueryExecution view = athena.run("CREATE VIEW " + AthenaApi.uniqueName("view") + " AS SELECT 1 AS a");
        assertThat(view.statementType()).isEqualTo(StatementType.DDL);
        assertThat(view.substatementType()).isEqualTo("CREATE_VIEW");
        assertThat(view.resultConfiguration().outputLocation()).endsWith(view.queryExecutionId() + ".txt");
        GetQueryResultsResponse results = athena.client().getQueryResults(request -> request.queryExecutionId(view.queryExecutionId()));
        assertThat(results.updateCount()).isNull();
        assertThat(results.resultSet().rows()).isEmpty();
        assertThat(results.resultSet().resultSetMetadata().columnInfo()).isEmpty();
    }

    @Test
    void explainIsDmlWithHeaderAndNoUpdateCount()
    {
        QueryExecution explain = athena.run("EXPLAIN SELECT 1");
        assertThat(explain.statementType()).isEqualTo(StatementType.DML);
        assertThat(explain.substatementType()).isEqualTo("EXPLAIN");
        GetQueryResultsResponse results = athena.client().getQueryResults(request -> request.queryExecutionId(explain.queryExecutionId()));
        assertThat(results.updateCount()).isNull();
        assertThat(results.resultSet().rows()).hasSize(2);
        assertThat(AthenaApi.values(results.resultSet().rows().get(0))).containsExactly("Query Plan");
    }

    @Test
    void showIsUtilityWithoutHeader()
    {
        String table = AthenaApi.uniqueName("shown");
        athena.run("CREATE TABLE " + table + " WITH (external_location = 's3://athena4j-test-data/" + table + "/') AS SELECT 1 AS a");
        QueryExecution show = athena.run("SHOW TABLES");
        assertThat(show.statementType()).isEqualTo(StatementType.UTILITY);
        assertThat(show.substatementType()).isEqualTo("SHOW_TABLES");
        GetQueryResultsResponse results = athena.client().getQueryResults(request -> request.queryExecutionId(show.queryExecutionId()));
        assertThat(results.updateCount()).isZero();
        assertThat(results.resultSet().rows()).extracting(row -> row.data().get(0).varCharValue()).contains(table).doesNotContainNull();
    }

    @Test
    void executionParametersFollowAthenasLiteralRules()
    {
        List<List<String>> rows = athena.rows(athena.await(athena.start("SELECT ?, ?, ?, typeof(?)", request -> request
                .executionParameters("'abc'", "1 + 1", "it's", "1.5"))).queryExecutionId());
        assertThat(rows.get(1)).containsExactly("abc", "2", "it's", "double");
    }

    @Test
    void failedQueryCarriesAthenaError()
    {
        QueryExecution failed = athena.await(athena.start("SELECT * FROM no_such_table_anywhere"));
        assertThat(failed.status().state()).isEqualTo(QueryExecutionState.FAILED);
        assertThat(failed.status().athenaError().errorCategory()).isEqualTo(2);
        assertThat(failed.status().athenaError().errorType()).isEqualTo(1301);
        assertThat(failed.status().athenaError().retryable()).isFalse();
        assertThat(failed.status().athenaError().errorMessage())
                .isEqualTo("TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.default.no_such_table_anywhere' does not exist")
                .isEqualTo(failed.status().stateChangeReason());
        assertThatThrownBy(() -> athena.client().getQueryResults(request -> request.queryExecutionId(failed.queryExecutionId())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("INVALID_QUERY_EXECUTION_STATE");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Query did not finish successfully. Final query state: FAILED");
                });

        QueryExecution divisionByZero = athena.await(athena.start("SELECT 1 / 0"));
        assertThat(divisionByZero.status().athenaError().errorType()).isEqualTo(1001);
        assertThat(divisionByZero.status().athenaError().errorMessage()).startsWith("DIVISION_BY_ZERO: ");
    }

    @Test
    void syntaxErrorsAreRejectedSynchronously()
    {
        int before = athena.client().listQueryExecutions(request -> request.maxResults(50)).queryExecutionIds().size();
        assertThatThrownBy(() -> athena.start("SELEC 1"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("MALFORMED_QUERY");
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("line 1:1: mismatched input 'SELEC'. Expecting: 'ALTER', 'ANALYZE', ");
                });
        assertThat(athena.client().listQueryExecutions(request -> request.maxResults(50)).queryExecutionIds()).hasSizeLessThanOrEqualTo(Math.max(before, 50));
    }

    @Test
    void stoppingARunningQueryCancelsItOnTheEngine()
    {
        String id = athena.start(ENDLESS_QUERY);
        awaitState(id, QueryExecutionState.RUNNING);
        assertThatThrownBy(() -> athena.client().getQueryResults(request -> request.queryExecutionId(id)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("INVALID_QUERY_EXECUTION_STATE");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Query has not yet finished. Current state: RUNNING");
                });

        athena.client().stopQueryExecution(request -> request.queryExecutionId(id));
        // CANCELLED is reported only once the engine's query has ended.
        QueryExecution cancelled = athena.await(id);
        assertThat(cancelled.status().state()).isEqualTo(QueryExecutionState.CANCELLED);
        assertThat(cancelled.status().stateChangeReason()).isEqualTo("Query cancelled by user");
        assertThat(cancelled.status().athenaError()).isNull();
        assertThatThrownBy(() -> athena.client().getQueryResults(request -> request.queryExecutionId(id)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("RESULT_NOT_FOUND");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Could not find results");
                });

        // Stopping a finished query succeeds and changes nothing.
        String finished = athena.run("SELECT 1").queryExecutionId();
        athena.client().stopQueryExecution(request -> request.queryExecutionId(finished));
        assertThat(athena.await(finished).status().state()).isEqualTo(QueryExecutionState.SUCCEEDED);
    }

    private static void awaitState(String id, QueryExecutionState expected)
    {
        for (int i = 0; i < 3000; i++) {
            QueryExecutionState state = athena.client().getQueryExecution(request -> request.queryExecutionId(id)).queryExecution().status().state();
            if (state == expected) {
                return;
            }
            assertThat(state).as("state of %s while waiting for %s", id, expected).isIn(QueryExecutionState.QUEUED, QueryExecutionState.RUNNING);
            AthenaApi.sleep(10);
        }
        throw new AssertionError("Query " + id + " never reached " + expected);
    }

    @Test
    void sameTokenSameRequestReturnsTheSameExecution()
    {
        String token = UUID.randomUUID().toString();
        String sql = "SELECT " + System.nanoTime();
        String first = athena.start(sql, request -> request.clientRequestToken(token).executionParameters((List<String>) null));
        athena.await(first);
        // ExecutionParameters and WorkGroup are not part of the comparison.
        String second = athena.start(sql, request -> request.clientRequestToken(token).workGroup("primary"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void sameTokenDifferentRequestIsAMismatch()
    {
        String token = UUID.randomUUID().toString();
        athena.start("SELECT 1", request -> request.clientRequestToken(token).queryExecutionContext(context -> context.catalog("AwsDataCatalog")));
        List<Runnable> conflicting = List.of(
                () -> athena.start("SELECT 2", request -> request.clientRequestToken(token).queryExecutionContext(context -> context.catalog("AwsDataCatalog"))),
                () -> athena.start("SELECT 1", request -> request.clientRequestToken(token).queryExecutionContext(context -> context.catalog("awsdatacatalog"))),
                () -> athena.start("SELECT 1", request -> request.clientRequestToken(token).queryExecutionContext(context -> context.catalog("AwsDataCatalog").database("default"))),
                () -> athena.start("SELECT 1", request -> request.clientRequestToken(token).queryExecutionContext(context -> context.catalog("AwsDataCatalog"))
                        .resultConfiguration(configuration -> configuration.outputLocation("s3://elsewhere/"))));
        for (Runnable start : conflicting) {
            assertThatThrownBy(start::run).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                assertThat(e.athenaErrorCode()).isEqualTo("IDEMPOTENT_PARAMETER_MISMATCH");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Idempotent parameters do not match");
            });
        }
    }

    @Test
    void aRejectedRequestDoesNotConsumeItsToken()
    {
        String token = UUID.randomUUID().toString();
        assertThatThrownBy(() -> athena.start("SELEC 1", request -> request.clientRequestToken(token))).isInstanceOf(InvalidRequestException.class);
        String id = athena.start("SELECT 1", request -> request.clientRequestToken(token));
        assertThat(athena.await(id).status().state()).isEqualTo(QueryExecutionState.SUCCEEDED);
    }

    @Test
    void tokenLengthIsValidated()
    {
        assertThatThrownBy(() -> athena.start("SELECT 1", request -> request.clientRequestToken("x".repeat(31))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("1 validation error detected: Value at 'clientRequestToken' failed to satisfy constraint: Member must have length greater than or equal to 32"));
        assertThatThrownBy(() -> athena.start("SELECT 1", request -> request.clientRequestToken("x".repeat(129))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("1 validation error detected: Value at 'clientRequestToken' failed to satisfy constraint: Member must have length less than or equal to 128"));
        assertThatThrownBy(() -> athena.start("SELECT 1", request -> request.clientRequestToken("é".repeat(100))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("clientRequestToken exceeds maximum allowed length 128"));
    }

    @Test
    void outputLocationAndWorkGroupAreRequiredAndChecked()
    {
        assertThatThrownBy(() -> athena.client().startQueryExecution(request -> request.queryString("SELECT 1")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("No output location provided. An output location is required either through the Workgroup result configuration setting or as an API input."));
        assertThatThrownBy(() -> athena.start("SELECT 1", request -> request.resultConfiguration(configuration -> configuration.outputLocation("bucket/prefix"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("outputLocation is not a valid S3 path."));
        assertThatThrownBy(() -> athena.start("SELECT 1", request -> request.workGroup("nope")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("WorkGroup is not found."));
    }

    @Test
    void unknownExecutionIsNotFound()
    {
        assertThatThrownBy(() -> athena.client().getQueryExecution(request -> request.queryExecutionId("00000000-0000-0000-0000-000000000000")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("QUERY_EXECUTION_NOT_FOUND");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("QueryExecution 00000000-0000-0000-0000-000000000000 was not found");
                });
    }

    @Test
    void batchGetAndListQueryExecutions()
    {
        String first = athena.run("SELECT 1").queryExecutionId();
        String second = athena.run("SELECT 2").queryExecutionId();
        BatchGetQueryExecutionResponse batch = athena.client().batchGetQueryExecution(request -> request.queryExecutionIds(first, "unknown-id", second));
        assertThat(batch.queryExecutions()).extracting(QueryExecution::queryExecutionId).containsExactly(first, second);
        assertThat(batch.unprocessedQueryExecutionIds()).singleElement().satisfies(unprocessed -> {
            assertThat(unprocessed.queryExecutionId()).isEqualTo("unknown-id");
            assertThat(unprocessed.errorCode()).isEqualTo("QUERY_EXECUTION_NOT_FOUND");
        });

        List<String> newestFirst = athena.client().listQueryExecutions(request -> request.maxResults(2)).queryExecutionIds();
        assertThat(newestFirst).hasSize(2);
        List<String> all = athena.client().listQueryExecutionsPaginator(request -> request.maxResults(3)).stream().flatMap(page -> page.queryExecutionIds().stream()).toList();
        assertThat(all).contains(first, second).doesNotHaveDuplicates();
        assertThat(all.indexOf(second)).isLessThan(all.indexOf(first));
    }

    @Test
    void primaryWorkGroup()
    {
        WorkGroup workGroup = athena.client().getWorkGroup(request -> request.workGroup("primary")).workGroup();
        assertThat(workGroup.name()).isEqualTo("primary");
        assertThat(workGroup.stateAsString()).isEqualTo("ENABLED");
        assertThat(workGroup.configuration().enforceWorkGroupConfiguration()).isFalse();
        assertThat(workGroup.configuration().engineVersion().effectiveEngineVersion()).isEqualTo("Athena engine version 3");
        assertThat(athena.client().listWorkGroups(request -> {}).workGroups()).singleElement().satisfies(summary -> assertThat(summary.name()).isEqualTo("primary"));
        assertThatThrownBy(() -> athena.client().getWorkGroup(request -> request.workGroup("nope")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("WorkGroup is not found."));
    }
}
