package io.athena4j.jdbc;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The driver end to end: JDBC → AWS SDK over HTTP → local Athena → Trino.
 */
@AthenaLocalTest
final class DriverIntegrationTest
{
    private static final String ENDLESS_QUERY = "SELECT count(*) FROM UNNEST(sequence(1, 10000)) a(x) CROSS JOIN UNNEST(sequence(1, 10000)) b(y) CROSS JOIN UNNEST(sequence(1, 10000)) c(z)";

    private static String url;
    private static AthenaClient sdk;

    @BeforeAll
    static void setUp(AthenaLocal local)
    {
        url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";User=local;Password=local;OutputLocation=s3://driver-test/results/";
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

    static Connection connect()
            throws SQLException
    {
        return DriverManager.getConnection(url);
    }

    @Test
    void typedGetters()
            throws SQLException
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        SELECT true AS b, CAST(7 AS tinyint) AS ti, CAST(300 AS smallint) AS si, 42 AS i, 9223372036854775807 AS bi,
                               REAL '1.5' AS r, 0.1 + 0.2 AS d, DECIMAL '12.30' AS dec, 'text' AS s, X'CAFE' AS vb,
                               DATE '2024-02-29' AS dt, TIMESTAMP '2024-01-02 03:04:05.123456' AS ts, CAST(NULL AS varchar) AS n, '' AS e
                        """)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean("b")).isTrue();
            assertThat(rs.getByte("ti")).isEqualTo((byte) 7);
            assertThat(rs.getShort("si")).isEqualTo((short) 300);
            assertThatThrownBy(() -> rs.getByte("si")).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22003"));
            assertThat(rs.getInt("i")).isEqualTo(42);
            assertThat(rs.getLong("bi")).isEqualTo(Long.MAX_VALUE);
            assertThat(rs.getFloat("r")).isEqualTo(1.5f);
            assertThat(rs.getDouble("d")).isEqualTo(0.1 + 0.2);
            assertThat(rs.getBigDecimal("dec")).isEqualTo(new BigDecimal("12.30"));
            assertThat(rs.getString("s")).isEqualTo("text");
            assertThat(rs.getBytes("vb")).containsExactly((byte) 0xCA, (byte) 0xFE);
            assertThat(rs.getObject("dt", LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(rs.getObject("ts", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000));
            assertThat(rs.getString("n")).isNull();
            assertThat(rs.wasNull()).isTrue();
            assertThat(rs.getInt("n")).isZero();
            assertThat(rs.wasNull()).isTrue();
            assertThat(rs.getString("e")).isEmpty();
            assertThat(rs.wasNull()).isFalse();
            assertThat(rs.next()).isFalse();

            ResultSetMetaData metadata = rs.getMetaData();
            assertThat(metadata.getColumnCount()).isEqualTo(14);
            assertThat(metadata.getColumnLabel(1)).isEqualTo("b");
            assertThat(metadata.getColumnType(2)).isEqualTo(Types.TINYINT);
            assertThat(metadata.getColumnType(6)).isEqualTo(Types.REAL);
            assertThat(metadata.getColumnType(8)).isEqualTo(Types.DECIMAL);
            assertThat(metadata.getPrecision(8)).isEqualTo(4);
            assertThat(metadata.getScale(8)).isEqualTo(2);
            assertThat(metadata.getColumnType(9)).isEqualTo(Types.VARCHAR);
            assertThat(metadata.getColumnType(12)).isEqualTo(Types.TIMESTAMP);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 999, 1000, 1001, 2500})
    void streamsEveryRow(int rows)
            throws SQLException
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.setFetchSize(rows % 7 == 0 ? 300 : 1000);
            try (ResultSet rs = statement.executeQuery("SELECT x FROM UNNEST(sequence(1, 2500)) t(x) WHERE x <= " + rows + " ORDER BY x")) {
                int expected = 1;
                while (rs.next()) {
                    assertThat(rs.getInt(1)).isEqualTo(expected);
                    assertThat(rs.getRow()).isEqualTo(expected);
                    expected++;
                }
                assertThat(expected - 1).isEqualTo(rows);
            }
        }
    }

    @Test
    void maxRowsCapsTheResult()
            throws SQLException
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.setMaxRows(3);
            try (ResultSet rs = statement.executeQuery("SELECT x FROM UNNEST(sequence(1, 10)) t(x) ORDER BY x")) {
                int count = 0;
                while (rs.next()) {
                    count++;
                }
                assertThat(count).isEqualTo(3);
            }
        }
    }

    @Test
    void adversarialStringsRoundTripThroughPreparedStatements()
            throws SQLException
    {
        List<String> values = List.of("it's", "''", "back\\slash\\", "?", "a ? b", "-- not a comment", "/* nor this */", "line\nbreak\r\n",
                "tab\t", "nul\0byte", "unicode ü 日本 😀", "\"double\"", "`backtick`", "' OR '1'='1", "'); DROP TABLE x; --", "x".repeat(10_000));
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("SELECT ? AS v, length(?) AS n, ? = ? AS same -- a ? in a comment")) {
            for (String value : values) {
                statement.setString(1, value);
                statement.setString(2, value);
                statement.setString(3, value);
                statement.setString(4, value);
                try (ResultSet rs = statement.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString("v")).isEqualTo(value);
                    assertThat(rs.getLong("n")).isEqualTo(value.codePointCount(0, value.length()));
                    assertThat(rs.getBoolean("same")).isTrue();
                }
            }
        }
    }

    @Test
    void typedParametersKeepTheirTypes()
            throws SQLException
    {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(TYPED_PARAMETERS_SQL)) {
            assertTypedParametersKeepTheirTypes(statement);
        }
    }

    /** Eight parameters whose Trino types {@link #assertTypedParametersKeepTheirTypes} checks. */
    static final String TYPED_PARAMETERS_SQL = "SELECT typeof(?), typeof(?), typeof(?), typeof(?), typeof(?), typeof(?), ?, ?";

    /**
     * Binds typed values to {@link #TYPED_PARAMETERS_SQL} and checks the types Trino gave them: the same whether the
     * driver renders them as literals or sends them as execution parameters ({@code ExecutionParametersTest}).
     */
    static void assertTypedParametersKeepTheirTypes(PreparedStatement statement)
            throws SQLException
    {
        // Small longs render as plain digits (integer), which insert into int and bigint columns alike.
        statement.setLong(1, 5_000_000_000L);
        statement.setDouble(2, 1.5);
        statement.setBigDecimal(3, new BigDecimal("1.50"));
        statement.setObject(4, LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000));
        statement.setDate(5, java.sql.Date.valueOf("2024-01-02"));
        statement.setNull(6, Types.VARCHAR);
        statement.setObject(7, LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000));
        statement.setBigDecimal(8, new BigDecimal("-0.05"));
        try (ResultSet rs = statement.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("bigint");
            assertThat(rs.getString(2)).isEqualTo("double");
            assertThat(rs.getString(3)).isEqualTo("decimal(3,2)");
            assertThat(rs.getString(4)).isEqualTo("timestamp(6)");
            assertThat(rs.getString(5)).isEqualTo("date");
            // A character NULL is sent bare so it fits any column; Trino types a bare NULL as unknown.
            assertThat(rs.getString(6)).isEqualTo("unknown");
            assertThat(rs.getString(7)).isEqualTo("2024-01-02 03:04:05.123456");
            assertThat(rs.getBigDecimal(8)).isEqualTo(new BigDecimal("-0.05"));
        }
    }

    @Test
    void unboundParameterIsAClearError()
            throws SQLException
    {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("SELECT ?, ?")) {
            statement.setInt(1, 1);
            assertThatThrownBy(statement::executeQuery).isInstanceOf(SQLException.class)
                    .hasMessage("Parameter 2 is not set: bind every ? before executing")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("07001"));
        }
    }

    @Test
    void updateCountsAndDdl()
            throws SQLException
    {
        String table = "driver_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("CREATE TABLE " + table + " WITH (external_location = 's3://driver-test/" + table + "/') AS "
                    + "SELECT x AS id, 'v' || CAST(x AS varchar) AS name FROM UNNEST(sequence(1, 5)) t(x)")).isEqualTo(5);
            assertThat(statement.executeUpdate("INSERT INTO " + table + " VALUES (6, 'six'), (7, NULL)")).isEqualTo(2);
            assertThat(statement.execute("SELECT count(*) FROM " + table)).isTrue();
            try (ResultSet rs = statement.getResultSet()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(7);
            }
            assertThat(statement.execute("CREATE VIEW " + table + "_view AS SELECT id FROM " + table)).isFalse();
            assertThat(statement.getUpdateCount()).isZero();
            assertThat(statement.unwrap(AthenaStatement.class).getQueryExecutionId()).isPresent();
            assertThat(statement.unwrap(AthenaStatement.class).getQueryStatistics()).isPresent();
        }
    }

    @Test
    void tenThousandRowBatchFoldsIntoAtMostTenQueries()
            throws SQLException
    {
        String table = "batch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            // Athena's own DDL: a plain CREATE TABLE runs on its Hive engine.
            statement.executeUpdate("CREATE EXTERNAL TABLE " + table + " (id bigint, name string, amount decimal(10,2), day date) STORED AS PARQUET LOCATION 's3://driver-test/" + table + "/'");
        }
        Set<String> before = executionIds();
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (id, name, amount, day) VALUES (?, ?, ?, ?)")) {
            for (int i = 1; i <= 10_000; i++) {
                insert.setLong(1, i);
                insert.setString(2, "name '" + i + "'");
                insert.setBigDecimal(3, BigDecimal.valueOf(i, 2));
                insert.setObject(4, LocalDate.of(2024, 1, 1).plusDays(i % 366));
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            assertThat(counts).hasSize(10_000).containsOnly(Statement.SUCCESS_NO_INFO);
        }
        Set<String> started = executionIds();
        started.removeAll(before);
        assertThat(started).hasSizeBetween(1, 10);
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*), count(DISTINCT id), sum(amount), max(name) FROM " + table)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(10_000);
            assertThat(rs.getLong(2)).isEqualTo(10_000);
            assertThat(rs.getBigDecimal(3)).isEqualTo(new BigDecimal("500050.00"));
            assertThat(rs.getString(4)).isEqualTo("name '9999'");
        }
    }

    @Test
    void failedBatchSaysWhatWasWritten()
            throws SQLException
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.addBatch("SELECT 1");
            statement.addBatch("SELECT * FROM no_such_table_for_batch");
            assertThatThrownBy(statement::executeBatch).isInstanceOfSatisfying(BatchUpdateException.class, e -> {
                assertThat(e.getMessage()).startsWith("Batch entries 0 to 0 were written; entries 1 to 1 were not");
                assertThat(e.getUpdateCounts()).containsExactly(Statement.SUCCESS_NO_INFO, Statement.EXECUTE_FAILED);
                assertThat(e.getSQLState()).isEqualTo("42S02");
            });
        }
    }

    @Test
    void athenaErrorsBecomeSqlExceptionsWithStateMessageAndQueryId()
            throws SQLException
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            AthenaStatement athenaStatement = statement.unwrap(AthenaStatement.class);
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM no_such_table_here"))
                    .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("42S02");
                        assertThat(e.getErrorCode()).isEqualTo(1301);
                        assertThat(e.getMessage()).startsWith("TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.default.no_such_table_here' does not exist [query ")
                                .contains(athenaStatement.getQueryExecutionId().orElseThrow());
                    });
            assertThatThrownBy(() -> statement.executeQuery("SELEC 1"))
                    .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("42000");
                        assertThat(e.getMessage()).startsWith("line 1:1: mismatched input 'SELEC'");
                    });
            assertThatThrownBy(() -> statement.executeQuery("SELECT 1 / 0"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22012"));
            // The statement stays usable after errors.
            try (ResultSet rs = statement.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void queryTimeoutStopsTheQueryOnAthena()
            throws Exception
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            assertThatThrownBy(() -> statement.executeQuery(ENDLESS_QUERY)).isInstanceOf(SQLTimeoutException.class)
                    .hasMessageContaining("did not finish within the query timeout of 1 s and was stopped");
            assertStoppedOnAthena(statement.unwrap(AthenaStatement.class).getQueryExecutionId().orElseThrow());
        }
    }

    @Test
    void cancelFromAnotherThreadStopsTheQuery()
            throws Exception
    {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            AthenaStatement athenaStatement = statement.unwrap(AthenaStatement.class);
            CompletableFuture<ResultSet> running = athenaStatement.executeAsync(ENDLESS_QUERY);
            awaitRunning(athenaStatement);
            statement.cancel();
            assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
            assertStoppedOnAthena(athenaStatement.getQueryExecutionId().orElseThrow());
        }
    }

    @Test
    void closingTheConnectionStopsARunningQuery()
            throws Exception
    {
        Connection connection = connect();
        AthenaStatement statement = connection.createStatement().unwrap(AthenaStatement.class);
        CompletableFuture<ResultSet> running = statement.executeAsync(ENDLESS_QUERY);
        awaitRunning(statement);
        connection.close();
        assertThatThrownBy(() -> running.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertStoppedOnAthena(statement.getQueryExecutionId().orElseThrow());
    }

    private static void awaitRunning(AthenaStatement statement)
            throws InterruptedException
    {
        for (int i = 0; i < 1000 && statement.getQueryExecutionId().isEmpty(); i++) {
            Thread.sleep(10);
        }
        String id = statement.getQueryExecutionId().orElseThrow(() -> new AssertionError("the query never started"));
        for (int i = 0; i < 1000; i++) {
            if (sdk.getQueryExecution(request -> request.queryExecutionId(id)).queryExecution().status().state() == QueryExecutionState.RUNNING) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("query " + id + " never ran");
    }

    private static void assertStoppedOnAthena(String id)
            throws InterruptedException
    {
        // The endless query keeps both cores busy, so under load Trino can take a while to wind it down.
        QueryExecution execution = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            execution = sdk.getQueryExecution(request -> request.queryExecutionId(id)).queryExecution();
            if (execution.status().state() == QueryExecutionState.CANCELLED) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("query " + id + " is still " + execution.status().state());
    }

    private static Set<String> executionIds()
    {
        Set<String> ids = new HashSet<>();
        sdk.listQueryExecutionsPaginator(request -> request.maxResults(50)).stream().forEach(page -> ids.addAll(page.queryExecutionIds()));
        return ids;
    }

    @Test
    void databaseMetaData()
            throws SQLException
    {
        try (Connection connection = connect()) {
            DatabaseMetaData metadata = connection.getMetaData();
            assertThat(metadata.getDatabaseProductName()).isEqualTo("Amazon Athena");
            assertThat(metadata.getDriverName()).isEqualTo("athena4j");
            assertThat(metadata.getJDBCMajorVersion()).isEqualTo(4);
            assertThat(metadata.getIdentifierQuoteString()).isEqualTo("\"");
            assertThat(metadata.storesLowerCaseIdentifiers()).isTrue();
            assertThat(metadata.supportsBatchUpdates()).isTrue();
            try (ResultSet keys = metadata.getPrimaryKeys(null, "default", "anything")) {
                assertThat(keys.getMetaData().getColumnLabel(4)).isEqualTo("COLUMN_NAME");
                assertThat(keys.next()).isFalse();
            }
            try (ResultSet types = metadata.getTypeInfo()) {
                List<String> names = new ArrayList<>();
                while (types.next()) {
                    names.add(types.getString("TYPE_NAME"));
                    assertThat(types.getInt("DATA_TYPE")).isNotZero();
                }
                assertThat(names).contains("varchar", "integer", "bigint", "decimal", "timestamp", "array", "map", "row", "varbinary");
            }
        }
    }

    @Test
    void catalogQueriesReadAthenasCatalogApis()
            throws SQLException
    {
        String table = "meta_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("CREATE TABLE " + table + " WITH (external_location = 's3://driver-test/" + table + "/') AS "
                        + "SELECT 1 AS id, 'x' AS name, DECIMAL '1.50' AS price, ARRAY['a'] AS tags, CAST(ROW(1) AS ROW(n integer)) AS info");
            }
            DatabaseMetaData metadata = connection.getMetaData();
            try (ResultSet schemas = metadata.getSchemas()) {
                List<String> names = new ArrayList<>();
                while (schemas.next()) {
                    names.add(schemas.getString("TABLE_SCHEM"));
                    assertThat(schemas.getString("TABLE_CATALOG")).isEqualTo("AwsDataCatalog");
                }
                assertThat(names).contains("default");
            }
            try (ResultSet tables = metadata.getTables(null, "default", table.substring(0, 8) + "%", new String[] {"TABLE"})) {
                assertThat(tables.next()).isTrue();
                assertThat(tables.getString("TABLE_NAME")).isEqualTo(table);
                assertThat(tables.getString("TABLE_TYPE")).isEqualTo("TABLE");
                assertThat(tables.next()).isFalse();
            }
            try (ResultSet columns = metadata.getColumns(null, "default", table, null)) {
                List<String> described = new ArrayList<>();
                while (columns.next()) {
                    described.add(columns.getString("COLUMN_NAME") + " " + columns.getString("TYPE_NAME") + " " + columns.getInt("DATA_TYPE")
                            + " " + columns.getInt("COLUMN_SIZE") + " " + columns.getInt("DECIMAL_DIGITS") + " " + columns.getInt("ORDINAL_POSITION"));
                }
                assertThat(described).containsExactly(
                        "id int " + Types.INTEGER + " 10 0 1",
                        "name varchar(1) " + Types.VARCHAR + " 1 0 2",
                        "price decimal(3,2) " + Types.DECIMAL + " 3 2 3",
                        "tags array<varchar(1)> " + Types.ARRAY + " 0 0 4",
                        "info struct<n:int> " + Types.STRUCT + " 0 0 5");
            }
        }
    }
}
