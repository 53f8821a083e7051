package io.athena4j.jdbc;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import io.athena4j.local.FaultSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver against the local Athena's injected faults, counted by the server: throttling and 500s are retried, and a
 * retried StartQueryExecution runs the query once.
 */
@AthenaLocalTest
final class DriverFaultsTest
{
    private AthenaLocal local;

    @BeforeEach
    void setUp(AthenaLocal athenaLocal)
    {
        local = athenaLocal;
        local.admin().clearFaults();
        local.admin().resetCallCounts();
    }

    @AfterEach
    void clearFaults()
    {
        // The server is shared by every test class: leave it healthy.
        local.admin().clearFaults();
    }

    @Test
    void throttlingAndServerErrorsAreRetriedAndTheQueryRunsOnce()
            throws SQLException
    {
        local.admin().injectFaults(List.of(
                FaultSpec.throttle().operation("StartQueryExecution").times(2),
                FaultSpec.concurrentQueryLimit().operation("GetQueryExecution").times(2),
                FaultSpec.internalError().operation("GetQueryResults").times(1)), 7);

        Set<String> before = executionIds();
        String url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";User=local;Password=local;OutputLocation=s3://driver-test/faults/";
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT 'survived faults' AS message")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("survived faults");
        }

        // Two throttled attempts plus the one that went through, all with the same ClientRequestToken.
        assertThat(local.admin().callCount("StartQueryExecution")).isEqualTo(3);
        assertThat(local.admin().callCount("GetQueryExecution")).isGreaterThanOrEqualTo(3);
        assertThat(local.admin().callCount("GetQueryResults")).isEqualTo(2);
        Set<String> started = executionIds();
        started.removeAll(before);
        assertThat(started).as("query executions the retried start created").hasSize(1);
    }

    private Set<String> executionIds()
    {
        try (AthenaClient sdk = AthenaClient.builder()
                .endpointOverride(local.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build()) {
            Set<String> ids = new HashSet<>();
            sdk.listQueryExecutionsPaginator(request -> request.maxResults(50)).stream().forEach(page -> ids.addAll(page.queryExecutionIds()));
            return ids;
        }
    }
}
