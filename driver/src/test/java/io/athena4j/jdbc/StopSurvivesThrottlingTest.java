package io.athena4j.jdbc;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import io.athena4j.local.FaultSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Regression: a StopQueryExecution throttled on every one of its NumRetries attempts was given up, and the timed-out
 * query kept running on Athena (io.athena4j.it.FaultMatrixTest: "Could not stop query … SDK Attempt Count: 6"). The
 * stop now gets further rounds of retries.
 */
@AthenaLocalTest
final class StopSurvivesThrottlingTest
{
    private AthenaLocal local;

    @AfterEach
    void clearFaults()
    {
        if (local != null) {
            local.admin().clearFaults();
        }
    }

    @Test
    void aTimedOutQueryIsStoppedThoughTheFirstRoundOfStopsIsThrottled(AthenaLocal athenaLocal)
            throws Exception
    {
        local = athenaLocal;
        // NumRetries=1: a round is two attempts; three throttled stops spend one round and a half.
        local.admin().injectFaults(List.of(
                FaultSpec.slowQuery(Duration.ofMinutes(10)).queryContains("stop_survives_throttling"),
                FaultSpec.throttle().operation("StopQueryExecution").times(3)), 7);
        local.admin().resetCallCounts();
        String id;
        try (Connection connection = DriverManager.getConnection("jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint()
                + ";User=local;Password=local;OutputLocation=s3://driver-test/stop/;NumRetries=1");
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            assertThatThrownBy(() -> statement.executeQuery("SELECT 'stop_survives_throttling'")).isInstanceOf(SQLTimeoutException.class);
            id = statement.unwrap(AthenaStatement.class).getQueryExecutionId().orElseThrow();
        }
        assertThat(local.admin().callCount("StopQueryExecution")).as("stop attempts: three throttled, then one accepted").isEqualTo(4L);
        try (AthenaClient client = AthenaClient.builder().endpointOverride(local.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))).build()) {
            // StopQueryExecution returns before the query has stopped (the local Athena reports CANCELLED once Trino
            // has); wait a bounded time for the query to leave RUNNING, then require CANCELLED.
            QueryExecutionState state = client.getQueryExecution(request -> request.queryExecutionId(id)).queryExecution().status().state();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while ((state == QueryExecutionState.RUNNING || state == QueryExecutionState.QUEUED) && System.nanoTime() < deadline) {
                Thread.sleep(20);
                state = client.getQueryExecution(request -> request.queryExecutionId(id)).queryExecution().status().state();
            }
            assertThat(state).isEqualTo(QueryExecutionState.CANCELLED);
        }
    }
}
