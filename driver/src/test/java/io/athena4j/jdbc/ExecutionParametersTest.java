package io.athena4j.jdbc;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecution;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UseExecutionParameters=true: PreparedStatement values travel as StartQueryExecution's ExecutionParameters, which the
 * local Athena binds as Athena does; what the server received is read back with GetQueryExecution.
 */
@AthenaLocalTest
final class ExecutionParametersTest
{
    private static String clientSideUrl;
    private static String serverSideUrl;
    private static AthenaClient sdk;

    @BeforeAll
    static void setUp(AthenaLocal local)
    {
        clientSideUrl = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";User=local;Password=local;OutputLocation=s3://driver-test/parameters/;";
        serverSideUrl = clientSideUrl + "UseExecutionParameters=true;";
        sdk = AthenaClient.builder()
                .endpointOverride(local.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @AfterAll
    static void tearDown()
    {
        sdk.close();
    }

    @Test
    void adversarialStringsTravelAsExecutionParameters()
            throws SQLException
    {
        List<String> values = List.of("it's", "''", "back\\slash\\", "?", "a ? b", "-- not a comment", "/* nor this */", "line\nbreak\r\n",
                "tab\t", "unicode ü 日本 😀", "\"double\"", "`backtick`", "' OR '1'='1", "'); DROP TABLE x; --", "x".repeat(1000));
        try (Connection connection = DriverManager.getConnection(serverSideUrl);
                PreparedStatement statement = connection.prepareStatement("SELECT ? AS v, length(?) AS n")) {
            for (String value : values) {
                statement.setString(1, value);
                statement.setString(2, value);
                try (ResultSet rs = statement.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString("v")).isEqualTo(value);
                    assertThat(rs.getLong("n")).isEqualTo(value.codePointCount(0, value.length()));
                }
                QueryExecution execution = lastExecution(statement);
                assertThat(execution.query()).as("the SQL text keeps its placeholders").isEqualTo("SELECT ? AS v, length(?) AS n");
                String literal = "'" + value.replace("'", "''") + "'";
                assertThat(execution.executionParameters()).containsExactly(literal, literal);
            }
        }
    }

    @Test
    void typedValuesKeepTheirTypes()
            throws SQLException
    {
        try (Connection connection = DriverManager.getConnection(serverSideUrl);
                PreparedStatement statement = connection.prepareStatement(DriverIntegrationTest.TYPED_PARAMETERS_SQL)) {
            DriverIntegrationTest.assertTypedParametersKeepTheirTypes(statement);
            assertThat(lastExecution(statement).executionParameters()).hasSize(8);
        }
    }

    @Test
    void insertUsesExecutionParametersAndCtasAndLongValuesStayClientSide()
            throws SQLException
    {
        String table = "params_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = DriverManager.getConnection(serverSideUrl);
                PreparedStatement create = connection.prepareStatement("CREATE TABLE " + table
                        + " WITH (external_location = 's3://driver-test/" + table + "/') AS SELECT ? AS id, CAST(? AS varchar) AS name");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)");
                Statement query = connection.createStatement()) {
            create.setInt(1, 1);
            create.setString(2, "one");
            assertThat(create.executeUpdate()).isEqualTo(1);
            assertThat(lastExecution(create).executionParameters()).as("CTAS: client-side").isEmpty();

            insert.setInt(1, 2);
            insert.setString(2, "it's two");
            assertThat(insert.executeUpdate()).isEqualTo(1);
            assertThat(lastExecution(insert).executionParameters()).containsExactly("2", "'it''s two'");

            // Athena takes at most 1024 characters per value: a longer one goes into the SQL text instead.
            insert.setInt(1, 3);
            insert.setString(2, "y".repeat(2000));
            assertThat(insert.executeUpdate()).isEqualTo(1);
            assertThat(lastExecution(insert).executionParameters()).isEmpty();
            assertThat(lastExecution(insert).query()).contains("y".repeat(2000));

            try (ResultSet rs = query.executeQuery("SELECT id, name FROM " + table + " ORDER BY id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("name")).isEqualTo("one");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("name")).isEqualTo("it's two");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("name")).hasSize(2000);
                assertThat(rs.next()).isFalse();
            }
            query.execute("DROP TABLE " + table);
        }
    }

    @Test
    void clientSideLiteralsByDefault()
            throws SQLException
    {
        try (Connection connection = DriverManager.getConnection(clientSideUrl);
                PreparedStatement statement = connection.prepareStatement("SELECT ? AS v")) {
            statement.setString(1, "it's");
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("v")).isEqualTo("it's");
            }
            QueryExecution execution = lastExecution(statement);
            assertThat(execution.query()).isEqualTo("SELECT 'it''s' AS v");
            assertThat(execution.executionParameters()).isEmpty();
        }
    }

    private static QueryExecution lastExecution(Statement statement)
            throws SQLException
    {
        String id = statement.unwrap(AthenaStatement.class).getQueryExecutionId().orElseThrow();
        return sdk.getQueryExecution(request -> request.queryExecutionId(id)).queryExecution();
    }
}
