package io.athena4j.jdbc;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Struct;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Values as the local Athena renders them, read back by {@link AthenaValueParser}. The local Athena and the parsers
 * were written separately against the same measured behaviour (reference §A.3, §A.4); this test shows they agree.
 */
@AthenaLocalTest
final class TestAthenaValuesFromLocalAthena
{
    private record Case(String expression, String typeName, Class<?> target, Object expected) {}

    private static final List<Case> CASES = List.of(
            new Case("true", "boolean", Boolean.class, true),
            new Case("TINYINT '-128'", "tinyint", Byte.class, (byte) -128),
            new Case("SMALLINT '32767'", "smallint", Short.class, (short) 32767),
            new Case("2147483647", "integer", Integer.class, Integer.MAX_VALUE),
            new Case("BIGINT '-9223372036854775808'", "bigint", Long.class, Long.MIN_VALUE),
            new Case("REAL '0.5'", "float", Float.class, 0.5f),
            new Case("REAL '3.4028235E38'", "float", Float.class, Float.MAX_VALUE),
            new Case("CAST(1e-5 AS REAL)", "float", Float.class, 1e-5f),
            new Case("0.1 + 0.2", "double", Double.class, 0.1 + 0.2),
            new Case("1e20", "double", Double.class, 1e20),
            new Case("1e-7", "double", Double.class, 1e-7),
            new Case("nan()", "double", Double.class, Double.NaN),
            new Case("-infinity()", "double", Double.class, Double.NEGATIVE_INFINITY),
            new Case("DECIMAL '1.50'", "decimal", BigDecimal.class, new BigDecimal("1.50")),
            new Case("CAST(0.1 AS DECIMAL(10, 1))", "decimal", BigDecimal.class, new BigDecimal("0.1")),
            new Case("DECIMAL '-12345678901234567890.123456789012345678'", "decimal", BigDecimal.class, new BigDecimal("-12345678901234567890.123456789012345678")),
            new Case("'a, b\tc\nd'", "varchar", String.class, "a, b\tc\nd"),
            new Case("''", "varchar", String.class, ""),
            new Case("X'0102cafe'", "varbinary", byte[].class, new byte[] {1, 2, (byte) 0xca, (byte) 0xfe}),
            new Case("X''", "varbinary", byte[].class, new byte[0]),
            new Case("DATE '2017-01-02'", "date", LocalDate.class, LocalDate.of(2017, 1, 2)),
            new Case("DATE '-0001-01-01'", "date", LocalDate.class, LocalDate.of(-1, 1, 1)),
            new Case("TIME '12:34:56.789'", "time", LocalTime.class, LocalTime.of(12, 34, 56, 789_000_000)),
            new Case("TIME '12:34:56'", "time", LocalTime.class, LocalTime.of(12, 34, 56)),
            new Case("CAST(TIME '12:34:56.123456' AS TIME(6))", "time", LocalTime.class, LocalTime.of(12, 34, 56, 123_456_000)),
            new Case("TIME '12:34:56.789 +05:30'", "time with time zone", OffsetTime.class, OffsetTime.of(12, 34, 56, 789_000_000, ZoneOffset.ofHoursMinutes(5, 30))),
            new Case("TIMESTAMP '2026-09-17 12:34:56'", "timestamp", LocalDateTime.class, LocalDateTime.of(2026, 9, 17, 12, 34, 56)),
            new Case("TIMESTAMP '2026-09-17 12:34:56.789'", "timestamp", LocalDateTime.class, LocalDateTime.of(2026, 9, 17, 12, 34, 56, 789_000_000)),
            new Case("TIMESTAMP '2020-01-01 12:34:56.789123'", "timestamp", LocalDateTime.class, LocalDateTime.of(2020, 1, 1, 12, 34, 56, 789_123_000)),
            new Case("TIMESTAMP '2020-01-01 12:34:56.123456789'", "timestamp", LocalDateTime.class, LocalDateTime.of(2020, 1, 1, 12, 34, 56, 123_456_789)),
            new Case("TIMESTAMP '2026-09-17 12:34:56.789 UTC'", "timestamp with time zone", ZonedDateTime.class, ZonedDateTime.of(2026, 9, 17, 12, 34, 56, 789_000_000, ZoneId.of("UTC"))),
            new Case("TIMESTAMP '2001-08-22 03:04:05.321 America/Los_Angeles'", "timestamp with time zone", ZonedDateTime.class,
                    ZonedDateTime.of(2001, 8, 22, 3, 4, 5, 321_000_000, ZoneId.of("America/Los_Angeles"))),
            new Case("TIMESTAMP '2026-09-17 12:34:56.789 +05:30'", "timestamp with time zone", ZonedDateTime.class,
                    ZonedDateTime.of(2026, 9, 17, 12, 34, 56, 789_000_000, ZoneOffset.ofHoursMinutes(5, 30))),
            new Case("INTERVAL '1' DAY", "interval day to second", Duration.class, Duration.ofDays(1)),
            new Case("INTERVAL '-1' DAY - INTERVAL '2' HOUR", "interval day to second", Duration.class, Duration.ofHours(-26)),
            new Case("INTERVAL '1' YEAR", "interval year to month", Period.class, Period.ofYears(1)),
            new Case("INTERVAL '-14' MONTH", "interval year to month", Period.class, Period.of(-1, -2, 0)),
            new Case("ARRAY[1, 2, 3]", "array", List.class, List.of("1", "2", "3")),
            new Case("ARRAY['a', NULL]", "array", List.class, Arrays.asList("a", null)),
            new Case("ARRAY[]", "array", List.class, List.of()),
            new Case("ARRAY[ARRAY[1], ARRAY[2, 3]]", "array", List.class, List.of(List.of("1"), List.of("2", "3"))),
            new Case("ARRAY[1e20, 0.5]", "array", List.class, List.of("1.0E20", "0.5")),
            new Case("ARRAY[CAST(ROW(1) AS ROW(n INTEGER))]", "array", List.class, List.of(Map.of("n", "1"))),
            new Case("MAP(ARRAY['k', 'j'], ARRAY[1, 2])", "map", Map.class, Map.of("j", "2", "k", "1")),
            new Case("MAP(ARRAY['k'], ARRAY[ARRAY[1, 2]])", "map", Map.class, Map.of("k", List.of("1", "2"))),
            new Case("CAST(ROW(1, 'x') AS ROW(id INTEGER, name VARCHAR))", "row", Map.class, Map.of("id", "1", "name", "x")),
            new Case("ROW(1, 'x')", "row", Struct.class, List.of("1", "x")),
            new Case("ROW('')", "row", Struct.class, List.of("")),
            new Case("JSON '\"Hello Athena\"'", "json", String.class, "\"Hello Athena\""),
            new Case("UUID '12151fd2-7586-11e9-8f9e-2a86e4085a59'", "uuid", UUID.class, UUID.fromString("12151fd2-7586-11e9-8f9e-2a86e4085a59")),
            new Case("IPADDRESS '10.0.0.1'", "ipaddress", String.class, "10.0.0.1"),
            new Case("NULL", "unknown", String.class, null));

    @Test
    void testEveryTypeAsRendered(AthenaLocal athena)
            throws Exception
    {
        String query = CASES.stream().map(Case::expression).collect(Collectors.joining(", ", "SELECT ", ", ARRAY[X'01']"));
        GetQueryResultsResponse results = run(athena, query);
        List<ColumnInfo> columns = results.resultSet().resultSetMetadata().columnInfo();
        // The first row is the header.
        List<Datum> values = results.resultSet().rows().get(1).data();
        for (int i = 0; i < CASES.size(); i++) {
            Case expectation = CASES.get(i);
            AthenaType type = AthenaType.of(columns.get(i));
            String text = values.get(i).varCharValue();
            assertThat(type.typeName()).as(expectation.expression()).isEqualTo(expectation.typeName());
            Object value = text == null ? null : AthenaValueParser.convert(text, type, expectation.target(), columns.get(i).label());
            if (value instanceof Struct struct) {
                value = Arrays.asList(struct.getAttributes());
            }
            assertThat(value).as("%s rendered as '%s'", expectation.expression(), text).isEqualTo(expectation.expected());
            if (text != null) {
                assertThat(AthenaValueParser.toObject(text, type, columns.get(i).label())).isInstanceOf(Class.forName(type.javaClassName()));
            }
        }
        // Varbinary inside an array prints as a Java object reference.
        AthenaType arrayType = AthenaType.of(columns.get(CASES.size()));
        String arrayText = values.get(CASES.size()).varCharValue();
        assertThatThrownBy(() -> AthenaValueParser.toObject(arrayText, arrayType, "bytes"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22000"))
                .hasMessageContaining("the bytes cannot be recovered");
    }

    private static GetQueryResultsResponse run(AthenaLocal athena, String query)
            throws InterruptedException
    {
        try (AthenaClient client = AthenaClient.builder()
                .endpointOverride(athena.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build()) {
            String id = client.startQueryExecution(request -> request
                            .queryString(query)
                            .resultConfiguration(result -> result.outputLocation("s3://athena4j-test-results/values/")))
                    .queryExecutionId();
            QueryExecutionStatus status;
            do {
                Thread.sleep(20);
                status = client.getQueryExecution(request -> request.queryExecutionId(id)).queryExecution().status();
            }
            while (status.state() == QueryExecutionState.QUEUED || status.state() == QueryExecutionState.RUNNING);
            assertThat(status.state()).as(status.stateChangeReason()).isEqualTo(QueryExecutionState.SUCCEEDED);
            return client.getQueryResults(request -> request.queryExecutionId(id));
        }
    }
}
