package io.athena4j.it;

import io.athena4j.hibernate.AthenaSettings;
import io.athena4j.jdbc.AthenaDataSource;
import io.athena4j.jdbc.AthenaDriver;
import io.athena4j.jdbc.AthenaStatement;
import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input, one test each: every mistake a user can make gets an SQLException (or a boot failure) whose message names
 * the fix, with the SQLState docs/driver.md promises — never a null, a hang or a silently wrong value.
 */
@AthenaLocalTest
@ExtendWith({ReliabilityRun.class, RequireAuthServer.class})
final class BadInputCatalogueTest
{
    private static String endpoint;
    private static String url;

    @BeforeAll
    static void setUp(AthenaLocal local)
    {
        endpoint = local.endpoint().toString();
        url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + endpoint + ";User=local;Password=local;OutputLocation=s3://reliability/bad-input/";
    }

    @Test
    void malformedUrlParameterShowsTheExpectedForm()
    {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:athena://Region=us-east-1;Catalog"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Malformed URL parameter 'Catalog'")
                .hasMessageContaining("jdbc:athena://Region=us-east-1;WorkGroup=primary;OutputLocation=s3://bucket/path/")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("HY024");
    }

    @Test
    void foreignUrlIsNotTakenAndTheDataSourceNamesThePrefix()
            throws SQLException
    {
        // The official driver's and other databases' URLs: the driver declines them (JDBC: connect returns null).
        AthenaDriver driver = new AthenaDriver();
        for (String foreign : new String[] {"jdbc:awsathena://AwsRegion=us-east-1", "jdbc:postgresql://localhost/db", "athena://Region=us-east-1"}) {
            assertThat(driver.acceptsURL(foreign)).as(foreign).isFalse();
            assertThat(driver.connect(foreign, new java.util.Properties())).as(foreign).isNull();
        }
        AthenaDataSource dataSource = new AthenaDataSource();
        dataSource.setUrl("jdbc:awsathena://AwsRegion=us-east-1;S3OutputLocation=s3://b/");
        assertThatThrownBy(dataSource::getConnection)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("it must start with jdbc:athena://");
    }

    @Test
    void badParameterValueNamesTheKeyAndWhatItAccepts()
    {
        assertThatThrownBy(() -> DriverManager.getConnection(url + ";FetchSize=5000"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("FetchSize").hasMessageContaining("1 to 1000")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("HY024");
        assertThatThrownBy(() -> DriverManager.getConnection(url + ";AthenaEndpoint=ftp://example.com"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("AthenaEndpoint").hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> DriverManager.getConnection(url + ";OutputLocation=/tmp/results"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("OutputLocation").hasMessageContaining("s3://");
    }

    @Test
    void missingOutputLocationNamesTheParameter()
            throws SQLException
    {
        try (Connection connection = DriverManager.getConnection("jdbc:athena://Region=us-east-1;AthenaEndpoint=" + endpoint + ";User=local;Password=local");
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT 1"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("No output location provided")
                    .hasMessageContaining("OutputLocation=s3://");
        }
    }

    @Test
    void unknownWorkGroupNamesTheParameter()
            throws SQLException
    {
        try (Connection connection = DriverManager.getConnection(url + ";WorkGroup=no_such_group");
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT 1"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("WorkGroup is not found")
                    .hasMessageContaining("WorkGroup=no_such_group");
        }
    }

    @Test
    void wrongCredentialsAreRefusedWithTheFix(RequireAuthServer server)
            throws SQLException
    {
        for (String[] credentials : new String[][] {
                {RequireAuthServer.ACCESS_KEY_ID, "not-the-secret"}, // wrong secret: InvalidSignatureException
                {"AKIDUNKNOWN", RequireAuthServer.SECRET_ACCESS_KEY}}) { // unknown key: UnrecognizedClientException
            try (Connection connection = DriverManager.getConnection(server.url(credentials[0], credentials[1]));
                    Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeQuery("SELECT 1"))
                        .isInstanceOf(SQLInvalidAuthorizationSpecException.class)
                        .hasMessageContaining("Check the credentials (User/Password, CredentialsProvider)")
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08004");
            }
        }
        // The right ones work: the refusals above were about the credentials.
        try (Connection connection = DriverManager.getConnection(server.url(RequireAuthServer.ACCESS_KEY_ID, RequireAuthServer.SECRET_ACCESS_KEY));
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT 42")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void syntaxErrorCarriesTrinosMessage()
            throws SQLException
    {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELEC 1"))
                    .isInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageContaining("mismatched input 'SELEC'")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42000");
        }
    }

    @Test
    void missingTableNamesTheTableAndTheQuery()
            throws SQLException
    {
        String table = "no_such_table_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            SQLException e = (SQLException) org.assertj.core.api.Assertions.catchThrowable(() -> statement.executeQuery("SELECT * FROM " + table));
            assertThat((Throwable) e).isInstanceOf(SQLSyntaxErrorException.class);
            assertThat(e.getSQLState()).isEqualTo("42S02");
            String queryId = statement.unwrap(AthenaStatement.class).getQueryExecutionId().orElseThrow();
            assertThat(e.getMessage()).contains("TABLE_NOT_FOUND").contains(table).contains("[query " + queryId);
        }
    }

    @Test
    void unsupportedMappingIsRefusedAtBoot()
    {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.connection.driver_class", AthenaDriver.class.getName())
                .applySetting(AthenaSettings.LOCATION_PREFIX, "s3://reliability/tables")
                .build();
        try {
            assertThatThrownBy(() -> new MetadataSources(registry).addAnnotatedClass(MutableHiveEvent.class).buildMetadata().buildSessionFactory())
                    .hasStackTraceContaining("MutableHiveEvent")
                    .hasStackTraceContaining("@org.hibernate.annotations.Immutable");
        }
        finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    @Test
    void valueThatDoesNotFitItsColumn()
            throws SQLException
    {
        String table = "tiny_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTERNAL TABLE " + table + " (ti tinyint) STORED AS PARQUET LOCATION 's3://reliability/" + table + "/'");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (?)")) {
                // Refused on the client, before any query: 300 has no tinyint literal.
                assertThatThrownBy(() -> insert.setObject(1, 300, Types.TINYINT))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("300").hasMessageContaining("tinyint")
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22003");
            }
            // Athena refuses it too when the SQL casts it: a data exception, not a truncated value.
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO " + table + " VALUES (CAST(300 AS tinyint))"))
                    .isInstanceOf(SQLDataException.class)
                    .hasMessageContaining("300")
                    .extracting(e -> ((SQLException) e).getSQLState()).isIn("22003", "22000");
            // Reading a value with a getter it does not fit names the column and the value.
            try (ResultSet rs = statement.executeQuery("SELECT 300 AS big")) {
                assertThat(rs.next()).isTrue();
                assertThatThrownBy(() -> rs.getByte(1))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("300")
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22003");
            }
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).as("rows written by the refused inserts").isZero();
            }
        }
    }

    @Test
    void parametersThatCannotBeBoundSayWhatToDo()
            throws SQLException
    {
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement statement = connection.prepareStatement("SELECT ?, ?")) {
            statement.setInt(1, 1);
            assertThatThrownBy(statement::executeQuery)
                    .isInstanceOf(SQLException.class).hasMessageContaining("Parameter 2 is not set: bind every ?")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("07001");
            assertThatThrownBy(() -> statement.setInt(3, 1))
                    .isInstanceOf(SQLException.class).hasMessageContaining("out of range: the statement has 2 parameters");
            assertThatThrownBy(() -> statement.setBigDecimal(2, new BigDecimal("1" + "0".repeat(38) + ".5")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("at most 38 digits").hasMessageContaining("setScale")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22003");
            assertThatThrownBy(() -> statement.setObject(2, LocalDate.of(10_000, 1, 1)))
                    .isInstanceOf(SQLException.class).hasMessageContaining("0001 to 9999");
        }
    }

    /** A Hive-table entity without {@code @Immutable}: Hive tables take INSERTs only. */
    @Entity(name = "MutableHiveEvent")
    static class MutableHiveEvent
    {
        @Id
        String id;
    }
}
