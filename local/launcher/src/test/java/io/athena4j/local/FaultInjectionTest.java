package io.athena4j.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.AthenaError;
import software.amazon.awssdk.services.athena.model.InternalServerException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.ThrottleReason;
import software.amazon.awssdk.services.athena.model.TooManyRequestsException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin API: call counts, and every kind of injected fault, seen through an SDK client without retries (so each
 * fault is one exception) and through the default client (which retries throttling and 500s by itself).
 */
@AthenaLocalTest
final class FaultInjectionTest
{
    private static AthenaLocal local;
    private static AthenaLocalAdmin admin;
    private static AthenaApi athena;
    private static AthenaClient noRetries;

    @BeforeAll
    static void connect(AthenaLocal athenaLocal)
    {
        local = athenaLocal;
        admin = athenaLocal.admin();
        athena = new AthenaApi(athenaLocal.endpoint());
        noRetries = clientWithoutRetries(athenaLocal.endpoint(), "AKIDLOCAL", "local-secret");
    }

    static AthenaClient clientWithoutRetries(URI endpoint, String accessKeyId, String secretAccessKey)
    {
        return AthenaClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(configuration -> configuration.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @AfterEach
    void clearFaults()
    {
        admin.clearFaults();
    }

    @AfterAll
    static void disconnect()
    {
        athena.close();
        noRetries.close();
    }

    @Test
    void oneAdminClientPerServer()
    {
        // Each admin holds a JDK HttpClient, whose threads outlive it on Java 17: a new one per call would pile them up.
        assertThat(local.admin()).isSameAs(admin);
    }

    @Test
    void callCountsOfOneQuery()
    {
        admin.resetCallCounts();
        assertThat(admin.callCounts()).isEmpty();
        String id = athena.start("SELECT 1");
        int polls = 0;
        QueryExecutionState state;
        do {
            polls++;
            state = athena.client().getQueryExecution(request -> request.queryExecutionId(id)).queryExecution().status().state();
        }
        while (state != QueryExecutionState.SUCCEEDED && state != QueryExecutionState.FAILED);
        athena.client().getQueryResults(request -> request.queryExecutionId(id));
        assertThat(admin.callCounts()).isEqualTo(Map.of("StartQueryExecution", 1L, "GetQueryExecution", (long) polls, "GetQueryResults", 1L));
        assertThat(admin.callCount("GetQueryResults")).isEqualTo(1);
        admin.resetCallCounts();
        assertThat(admin.callCounts()).isEmpty();
    }

    @Test
    void throttlingIsRetriedByTheSdk()
            throws Exception
    {
        admin.injectFaults(FaultSpec.throttle().operation("GetWorkGroup").times(2));
        admin.resetCallCounts();
        // The default SDK client retries ThrottlingException: two throttled attempts, then the answer.
        assertThat(athena.client().getWorkGroup(request -> request.workGroup("primary")).workGroup().name()).isEqualTo("primary");
        assertThat(admin.callCounts()).isEqualTo(Map.of("GetWorkGroup", 3L));
        assertThat(admin.faultsJson()).isEqualTo("{\"seed\":null,\"faults\":[{\"kind\":\"throttle\",\"operation\":\"GetWorkGroup\",\"percent\":100,\"times\":2,\"fired\":2}]}");

        admin.injectFaults(FaultSpec.throttle().operation("GetWorkGroup"));
        assertThatThrownBy(() -> noRetries.getWorkGroup(request -> request.workGroup("primary")))
                .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
                    assertThat(e.isThrottlingException()).isTrue();
                });
        assertThat(rawPost("GetWorkGroup", "{\"WorkGroup\":\"primary\"}").body()).isEqualTo("{\"__type\":\"ThrottlingException\",\"Message\":\"Rate exceeded\"}");
    }

    @Test
    void concurrentQueryLimit()
            throws Exception
    {
        admin.injectFaults(FaultSpec.concurrentQueryLimit().operation("StartQueryExecution"));
        assertThatThrownBy(() -> new AthenaApi(noRetries).start("SELECT 1"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.reason()).isEqualTo(ThrottleReason.CONCURRENT_QUERY_LIMIT_EXCEEDED);
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("You have exceeded the limit for the number of queries you can run concurrently.");
                });
        assertThat(rawPost("StartQueryExecution", "{}").body()).startsWith("{\"__type\":\"TooManyRequestsException\",\"Message\":\"You have exceeded")
                .endsWith("\",\"Reason\":\"CONCURRENT_QUERY_LIMIT_EXCEEDED\"}");
    }

    @Test
    void internalErrorAndDelay()
    {
        admin.injectFaults(FaultSpec.internalError().operation("ListWorkGroups"), FaultSpec.delay(Duration.ofMillis(400)).operation("GetWorkGroup"));
        assertThatThrownBy(() -> noRetries.listWorkGroups(request -> {}))
                .isInstanceOfSatisfying(InternalServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Internal error, injected by athena4j-local");
                });
        long start = System.nanoTime();
        noRetries.getWorkGroup(request -> request.workGroup("primary"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void slowAndFailingQueries()
    {
        String marker = AthenaApi.uniqueName("slow");
        admin.injectFaults(
                FaultSpec.slowQuery(Duration.ofMillis(1500)).queryContains(marker),
                FaultSpec.failQuery(2, 1301, "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.default.gone' does not exist").queryContains("gone"));
        String slow = athena.start("SELECT '" + marker + "'");
        AthenaApi.sleep(700);
        assertThat(athena.client().getQueryExecution(request -> request.queryExecutionId(slow)).queryExecution().status().state()).isEqualTo(QueryExecutionState.RUNNING);
        QueryExecution finished = athena.await(slow);
        assertThat(finished.status().state()).isEqualTo(QueryExecutionState.SUCCEEDED);
        assertThat(finished.statistics().totalExecutionTimeInMillis()).isGreaterThanOrEqualTo(1500);

        QueryExecution failed = athena.await(athena.start("SELECT * FROM gone"));
        assertThat(failed.status().state()).isEqualTo(QueryExecutionState.FAILED);
        assertThat(failed.status().stateChangeReason()).isEqualTo("TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.default.gone' does not exist");
        AthenaError error = failed.status().athenaError();
        assertThat(error.errorCategory()).isEqualTo(2);
        assertThat(error.errorType()).isEqualTo(1301);
        assertThat(error.retryable()).isFalse();

        // A slowed query still stops at once.
        String stopped = athena.start("SELECT '" + marker + "' AS again");
        athena.client().stopQueryExecution(request -> request.queryExecutionId(stopped));
        assertThat(athena.await(stopped).status().state()).isEqualTo(QueryExecutionState.CANCELLED);
    }

    @Test
    void seedMakesPercentagesRepeatable()
    {
        List<FaultSpec> faults = List.of(FaultSpec.throttle().operation("ListWorkGroups").percent(50));
        admin.injectFaults(faults, 7);
        List<Boolean> first = throttledCalls(20);
        admin.injectFaults(faults, 7);
        assertThat(throttledCalls(20)).isEqualTo(first).contains(true, false);
    }

    private static List<Boolean> throttledCalls(int calls)
    {
        List<Boolean> throttled = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            try {
                noRetries.listWorkGroups(request -> {});
                throttled.add(false);
            }
            catch (AwsServiceException e) {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                throttled.add(true);
            }
        }
        return throttled;
    }

    @Test
    void adminRejectsBadRequestsWithTheReason()
    {
        assertThatThrownBy(() -> admin.injectFaults(FaultSpec.throttle().percent(30), FaultSpec.slowQuery(Duration.ofMillis(5)).operation("StartQueryExecution")))
                .isInstanceOf(AthenaLocalException.class)
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("slow-query applies to queries, not to operations; use queryContains to choose queries");
    }

    private static HttpResponse<String> rawPost(String operation, String body)
            throws Exception
    {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(local.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AmazonAthena." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
