package io.athena4j.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.ColumnNullable;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values and column metadata exactly as Athena renders them in GetQueryResults (athena-behaviour §A.3, §A.4).
 */
@AthenaLocalTest
final class ValueRenderingTest
{
    private static AthenaApi athena;

    @BeforeAll
    static void connect(AthenaLocal local)
    {
        athena = new AthenaApi(local.endpoint());
    }

    @AfterAll
    static void disconnect()
    {
        athena.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            0.1 + 0.2 => 0.30000000000000004
            1.0E20 => 1.0E20
            1e-7 => 1.0E-7
            100.0 => 100.0
            1.5 => 1.5
            nan() => NaN
            infinity() => Infinity
            -infinity() => -Infinity
            REAL '0.5' => 0.5
            DECIMAL '1.50' => 1.50
            CAST(0.1 AS decimal(10, 1)) => 0.1
            9223372036854775807 => 9223372036854775807
            CAST(-1 AS tinyint) => -1
            true => true
            X'0102CAFE' => 01 02 ca fe
            DATE '2017-01-02' => 2017-01-02
            TIME '12:34:56.789' => 12:34:56.789
            TIMESTAMP '2026-09-17 12:34:56.789' => 2026-09-17 12:34:56.789
            TIMESTAMP '2020-01-01 12:34:56.789123' => 2020-01-01 12:34:56.789123
            TIMESTAMP '2020-01-01 12:34:56' => 2020-01-01 12:34:56
            TIMESTAMP '2026-09-17 12:34:56.789 UTC' => 2026-09-17 12:34:56.789 UTC
            TIMESTAMP '2001-08-22 03:04:05.321 America/Los_Angeles' => 2001-08-22 03:04:05.321 America/Los_Angeles
            INTERVAL '1' DAY => 1 00:00:00.000
            INTERVAL '1' YEAR => 1-0
            INTERVAL '3' MONTH => 0-3
            ARRAY['a', NULL] => [a, null]
            ARRAY[] => []
            ARRAY[ARRAY[1], ARRAY[2, 3]] => [[1], [2, 3]]
            ARRAY[1.0E20, 0.5] => [1.0E20, 0.5]
            ARRAY[true, false] => [true, false]
            ARRAY[DATE '2020-01-01'] => [2020-01-01]
            ARRAY['a, b'] => [a, b]
            MAP(ARRAY['k', 'j'], ARRAY[1, 2]) => {j=2, k=1}
            MAP(ARRAY[10, 9], ARRAY['b', 'a']) => {9=a, 10=b}
            MAP(ARRAY[1, 3], ARRAY[2, 4]) => {1=2, 3=4}
            MAP() => {}
            CAST(ROW(1, 'x') AS ROW(id integer, name varchar)) => {id=1, name=x}
            ROW(1, 'x') => {1, x}
            ARRAY[CAST(ROW(1) AS ROW(n integer))] => [{n=1}]
            MAP(ARRAY['k'], ARRAY[ARRAY[1, 2]]) => {k=[1, 2]}
            JSON '{"a":1}' => `{"a":1}`
            CAST(ARRAY[1, 2] AS JSON) => [1,2]
            UUID '12151fd2-7586-11e9-8f9e-2a86e4085a59' => 12151fd2-7586-11e9-8f9e-2a86e4085a59
            IPADDRESS '10.0.0.1' => 10.0.0.1
            """)
    void rendersLikeAthena(String expression, String expected)
    {
        List<List<String>> rows = athena.query("SELECT " + expression);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly(expected);
    }

    @Test
    void nullIsADatumWithoutValueAndEmptyStringIsEmpty()
    {
        String id = athena.run("SELECT CAST(NULL AS varchar) AS n, '' AS e, NULL AS untyped").queryExecutionId();
        GetQueryResultsResponse page = athena.client().getQueryResults(request -> request.queryExecutionId(id));
        assertThat(page.resultSet().rows()).hasSize(2);
        assertThat(page.resultSet().rows().get(0).data()).extracting(datum -> datum.varCharValue()).containsExactly("n", "e", "untyped");
        assertThat(page.resultSet().rows().get(1).data()).extracting(datum -> datum.varCharValue()).containsExactly(null, "", null);
        assertThat(page.updateCount()).isZero();
    }

    @Test
    void headerRowHoldsColumnNamesOnlyOnTheFirstPage()
    {
        List<GetQueryResultsResponse> pages = athena.pages(athena.run("SELECT x AS value, 'v' || CAST(x AS varchar) FROM UNNEST(sequence(1, 3)) t(x) ORDER BY x").queryExecutionId(), 2);
        // Four rows in pages of two: the second page is full, so a token leads to an empty third page.
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).resultSet().rows()).extracting(AthenaApi::values)
                .containsExactly(List.of("value", "_col1"), List.of("1", "v1"));
        assertThat(pages.get(1).resultSet().rows()).extracting(AthenaApi::values)
                .containsExactly(List.of("2", "v2"), List.of("3", "v3"));
        assertThat(pages.get(2).resultSet().rows()).isEmpty();
        assertThat(pages.get(2).nextToken()).isNull();
    }

    @Test
    void columnInfoAsMeasuredOnAthena()
    {
        String id = athena.run("""
                SELECT true AS b, CAST(1 AS tinyint) AS ti, CAST(1 AS smallint) AS si, 1 AS i, CAST(1 AS bigint) AS bi,
                       REAL '1' AS r, 1.5 AS d, DECIMAL '1.50' AS dec, 'abc' AS v, CAST('abc' AS varchar(5)) AS v5,
                       CAST('a' AS char(3)) AS c, X'01' AS vb, DATE '2020-01-01' AS dt, TIMESTAMP '2020-01-01 00:00:00.123456' AS ts,
                       TIMESTAMP '2020-01-01 00:00:00 UTC' AS tstz, ARRAY[1] AS a, MAP(ARRAY[1], ARRAY[1]) AS m,
                       CAST(ROW(1) AS ROW(x integer)) AS rw, JSON '1' AS j
                """).queryExecutionId();
        List<ColumnInfo> columns = athena.client().getQueryResults(request -> request.queryExecutionId(id)).resultSet().resultSetMetadata().columnInfo();
        assertThat(columns).extracting(column -> column.name() + " " + column.type() + " " + column.precision() + " " + column.scale() + " " + column.caseSensitive())
                .containsExactly(
                        "b boolean 0 0 false",
                        "ti tinyint 3 0 false",
                        "si smallint 5 0 false",
                        "i integer 10 0 false",
                        "bi bigint 19 0 false",
                        "r float 17 0 false",
                        "d double 17 0 false",
                        "dec decimal 3 2 false",
                        "v varchar 3 0 true",
                        "v5 varchar 5 0 true",
                        "c char 3 0 true",
                        "vb varbinary 1073741824 0 false",
                        "dt date 0 0 false",
                        "ts timestamp 3 0 false",
                        "tstz timestamp with time zone 3 0 false",
                        "a array 0 0 false",
                        "m map 0 0 false",
                        "rw row 0 0 false",
                        "j json 0 0 false");
        assertThat(columns).allSatisfy(column -> {
            assertThat(column.catalogName()).isEqualTo("hive");
            assertThat(column.schemaName()).isEmpty();
            assertThat(column.tableName()).isEmpty();
            assertThat(column.label()).isEqualTo(column.name());
            assertThat(column.nullable()).isEqualTo(ColumnNullable.UNKNOWN);
        });
    }

    @Test
    void stringsComeBackExactly()
    {
        String[] values = {"it's", "quote \" inside", "back\\slash", "comma, and = sign", "{braces} [brackets]", "unicode ü 日本 😀", " padded ", "line\nbreak", "tab\there", "carriage\r\nreturn"};
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < values.length; i++) {
            sql.append(i == 0 ? "" : ", ").append('\'').append(values[i].replace("'", "''")).append('\'');
        }
        assertThat(athena.query(sql.toString()).get(1)).containsExactlyElementsOf(Arrays.asList(values));
    }
}
