package io.athena4j.local.server.sql;

import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.ExecuteImmediate;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.StringLiteral;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestExecutionParameters
{
    private static final SqlParser SQL_PARSER = new SqlParser();

    // The rows of athena-behaviour.md §B.11.
    @Test
    void testValuesThatParseWithoutColumnReferencesAreExpressions()
    {
        assertBinding("'abc'", "'abc'");
        assertBinding("1 + 1", "1 + 1");
        assertBinding("DATE '2020-01-01'", "DATE '2020-01-01'");
        assertBinding("NULL", "NULL");
        assertBinding("now()", "now()");
        assertBinding("'it''s'", "'it''s'");
        assertBinding("TIMESTAMP '2020-01-01 00:00:00.000'", "TIMESTAMP '2020-01-01 00:00:00.000'");
        assertBinding("CAST('1' AS varchar(3))", "CAST('1' AS varchar(3))");
        assertBinding("X'00ff'", "X'00ff'");
        assertBinding("ARRAY['a', 'b']", "ARRAY['a', 'b']");
        assertBinding("transform(ARRAY[1], x -> x + 1)", "transform(ARRAY[1], x -> x + 1)");
        assertBinding("  42  ", "42");
    }

    @Test
    void testValuesThatParseButFailAnalysisStayExpressions()
    {
        // The query then fails when it runs, as on Athena.
        assertBinding("nosuchfunc(1)", "nosuchfunc(1)");
        assertBinding("1 OR 1=1", "1 OR 1=1");
    }

    @Test
    void testValuesThatDoNotParseAreStrings()
    {
        assertBinding("abc def", "'abc def'");
        assertBinding("it's", "'it''s'");
        assertBinding("123e4567-e89b-12d3-a456-426614174000", "'123e4567-e89b-12d3-a456-426614174000'");
        assertBinding("1) , (2", "'1) , (2'");
        assertBinding("", "''");
    }

    @Test
    void testValuesWithIdentifiersAreStrings()
    {
        assertBinding("abc", "'abc'");
        assertBinding("x + 1", "'x + 1'");
        assertBinding("t.x", "'t.x'");
        assertBinding("\"abc\"", "'\"abc\"'");
        assertBinding("(SELECT a FROM t)", "'(SELECT a FROM t)'");
        assertBinding("transform(ARRAY[1], x -> y)", "'transform(ARRAY[1], x -> y)'");
        assertBinding("?", "'?'");
    }

    @Test
    void testDecimalValuesAreDoubles()
    {
        assertBinding("1.5", "1.5E0");
        assertBinding("-0.1 + .2", "-0.1E0 + .2E0");
        assertBinding("DECIMAL '1.5'", "DECIMAL '1.5'");
        assertBinding("'1.5'", "'1.5'");
        assertBinding("1e5", "1e5");
        assertThat(ExecutionParameters.bind("SELECT ? + 0.5 WHERE '0.5' = ?", List.of("1.5", "'0.5'")))
                .isEqualTo("EXECUTE IMMEDIATE 'SELECT ? + 0.5E0 WHERE ''0.5'' = ?' USING 1.5E0, '0.5'");
    }

    @Test
    void testStatementIsOneQuotedString()
    {
        assertThat(ExecutionParameters.bind("SELECT * FROM t WHERE a = ? AND b = ? AND c = ? AND d = ?", List.of("abc", "abc def", "1 + 1", "'it''s'")))
                .isEqualTo("EXECUTE IMMEDIATE 'SELECT * FROM t WHERE a = ? AND b = ? AND c = ? AND d = ?' USING 'abc', 'abc def', 1 + 1, 'it''s'");
        assertThat(ExecutionParameters.bind("INSERT INTO t VALUES (?)", List.of("5")))
                .isEqualTo("EXECUTE IMMEDIATE 'INSERT INTO t VALUES (?)' USING 5");
        // ? inside literals and comments is not a parameter, and stays in the statement untouched.
        assertThat(ExecutionParameters.bind("SELECT *\nFROM t -- ?\nWHERE c = 'it''s ?' AND d = ?", List.of("1")))
                .isEqualTo("EXECUTE IMMEDIATE 'SELECT *\nFROM t -- ?\nWHERE c = ''it''''s ?'' AND d = ?' USING 1");
        assertParsesAs(ExecutionParameters.bind("SELECT *\nFROM t -- ?\nWHERE c = 'it''s ?' AND d = ?", List.of("1")),
                "SELECT *\nFROM t -- ?\nWHERE c = 'it''s ?' AND d = ?", "1");
    }

    @Test
    void testWithoutValuesTheStatementIsUnchanged()
    {
        assertThat(ExecutionParameters.bind("SELECT ? AS v, 1.5", List.of())).isEqualTo("SELECT ? AS v, 1.5");
        assertThat(ExecutionParameters.bind("SELECT ? AS v, 1.5", null)).isEqualTo("SELECT ? AS v, 1.5");
    }

    @Test
    void testExtraValuesAreIgnoredWithoutParameters()
    {
        assertThat(ExecutionParameters.bind("SELECT 1", List.of("1"))).isEqualTo("SELECT 1");
        assertThat(ExecutionParameters.bind("SELECT '?' -- ?", List.of("1", "2"))).isEqualTo("SELECT '?' -- ?");
    }

    @Test
    void testCountMismatch()
    {
        assertThatThrownBy(() -> ExecutionParameters.bind("SELECT ? AS a", List.of("1", "2")))
                .isInstanceOfSatisfying(InvalidParameterUsageException.class, e -> {
                    assertThat(e.getExpectedCount()).isEqualTo(1);
                    assertThat(e.getActualCount()).isEqualTo(2);
                })
                .hasMessage("Incorrect number of parameters: expected 1 but found 2");
        assertThatThrownBy(() -> ExecutionParameters.bind("SELECT ?, ?, ? FROM t", List.of("1")))
                .isInstanceOf(InvalidParameterUsageException.class)
                .hasMessage("Incorrect number of parameters: expected 3 but found 1");
    }

    @Test
    void testParametersAreCountedInTheParsedStatement()
    {
        // The ? of a row pattern quantifier is not a parameter.
        String sql = "SELECT ? AS v FROM t MATCH_RECOGNIZE (ORDER BY x PATTERN (A B?) DEFINE B AS B.x > 0)";
        assertThat(ExecutionParameters.bind(sql, List.of("1")))
                .isEqualTo("EXECUTE IMMEDIATE '" + sql + "' USING 1");
    }

    @Test
    void testInjectionStaysInsideOneStringLiteral()
    {
        String sql = "SELECT * FROM t WHERE a = ? AND b = ?";
        List<String> values = List.of("'); DROP TABLE x; --", "' OR '1'='1");
        String bound = ExecutionParameters.bind(sql, values);
        assertThat(bound).isEqualTo("EXECUTE IMMEDIATE 'SELECT * FROM t WHERE a = ? AND b = ?' USING '''); DROP TABLE x; --', ''' OR ''1''=''1'");
        assertParsesAs(bound, sql, "'''); DROP TABLE x; --'", "''' OR ''1''=''1'");
    }

    @Test
    void testCommentsInExpressionValuesCannotSwallowTheRest()
    {
        String bound = ExecutionParameters.bind("SELECT ?, ?", List.of("1 -- comment", "2 /* c */ + 3"));
        assertThat(bound).isEqualTo("EXECUTE IMMEDIATE 'SELECT ?, ?' USING 1, 2   + 3");
        assertParsesAs(bound, "SELECT ?, ?", "1", "2 + 3");
    }

    @Test
    void testValuesBecomeExactlyOneUsingExpressionEach()
    {
        List<String> values = Arrays.asList("1, 2", "'a'), ('b'", "x'00' || 1", "(1", "1)", "'a' 'b'", "--", "/*", "*/", "'", "\"", "`a`", "\\'", "a' OR 'b");
        String sql = "SELECT " + String.join(", ", values.stream().map(_ -> "?").toList());
        ExecuteImmediate statement = (ExecuteImmediate) SQL_PARSER.createStatement(ExecutionParameters.bind(sql, values));
        assertThat(statement.getStatement().getValue()).isEqualTo(sql);
        assertThat(statement.getParameters()).hasSize(values.size());
    }

    @Test
    void testNullValue()
    {
        assertThatThrownBy(() -> ExecutionParameters.bind("SELECT ?", Arrays.asList((String) null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("values contains null");
    }

    private static void assertBinding(String value, String expression)
    {
        assertThat(ExecutionParameters.bind("SELECT ? AS v", List.of(value)))
                .isEqualTo("EXECUTE IMMEDIATE 'SELECT ? AS v' USING " + expression);
    }

    private static void assertParsesAs(String bound, String statement, String... parameters)
    {
        Statement parsed = SQL_PARSER.createStatement(bound);
        assertThat(parsed).isInstanceOf(ExecuteImmediate.class);
        ExecuteImmediate executeImmediate = (ExecuteImmediate) parsed;
        StringLiteral inner = executeImmediate.getStatement();
        assertThat(inner.getValue()).isEqualTo(statement);
        List<Expression> expected = Arrays.stream(parameters).map(SQL_PARSER::createExpression).toList();
        assertThat(executeImmediate.getParameters()).isEqualTo(expected);
    }
}
