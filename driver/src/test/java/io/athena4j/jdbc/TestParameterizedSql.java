package io.athena4j.jdbc;

import static io.athena4j.jdbc.TestAthenaLiteral.assertSqlState;
import static io.athena4j.jdbc.TrinoParsing.statement;
import static io.athena4j.jdbc.TrinoParsing.stringValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trino.sql.tree.CreateTableAsSelect;
import io.trino.sql.tree.Delete;
import io.trino.sql.tree.Statement;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestParameterizedSql
{
    static Stream<Arguments> placeholders()
    {
        return Stream.of(
                Arguments.of("SELECT 1", 0),
                Arguments.of("SELECT ?", 1),
                Arguments.of("SELECT ?, ?, ?", 3),
                Arguments.of("SELECT '?'", 0),
                Arguments.of("SELECT 'it''s ?', ?", 1),
                Arguments.of("SELECT '''?'''", 0),
                Arguments.of("SELECT 'a\\' , ?", 1),
                Arguments.of("SELECT \"a?\" FROM t WHERE x = ?", 1),
                Arguments.of("SELECT \"a\"\"?\" FROM t", 0),
                Arguments.of("SELECT `a?` FROM t WHERE x = ?", 1),
                Arguments.of("SELECT 1 -- ?\n, ?", 1),
                Arguments.of("SELECT 1 -- ?", 0),
                Arguments.of("SELECT 1 -- ?\r?", 1),
                Arguments.of("SELECT /* ? */ ? /* ?", 1),
                Arguments.of("SELECT /* ' */ ?", 1),
                Arguments.of("SELECT U&'\\003F?', X'3F', ?", 1),
                Arguments.of("SELECT ?||?", 2),
                Arguments.of("SELECT 1 - -?", 1),
                Arguments.of("SELECT 'unterminated ?", 0),
                Arguments.of("", 0),
                Arguments.of("?", 1));
    }

    @ParameterizedTest
    @MethodSource("placeholders")
    void countsOnlyPlaceholdersOutsideStringsIdentifiersAndComments(String sql, int count)
            throws SQLException
    {
        ParameterizedSql parsed = ParameterizedSql.parse(sql);
        assertThat(parsed.parameterCount()).isEqualTo(count);
        assertThat(parsed.isHiveEngineStatement()).isFalse();
        // binding "7" everywhere changes exactly the counted placeholders
        String bound = parsed.bind(Collections.nCopies(count, "7"));
        assertThat(bound.length()).isEqualTo(sql.length());
        assertThat(bound.chars().filter(c -> c == '?').count()).isEqualTo(sql.chars().filter(c -> c == '?').count() - count);
    }

    @Test
    void bindsInOrder()
            throws SQLException
    {
        ParameterizedSql parsed = ParameterizedSql.parse("SELECT * FROM t WHERE a = ? AND b = '?' AND c IN (?, ?)");
        assertThat(parsed.bind(List.of("'x'", "1", "NULL")))
                .isEqualTo("SELECT * FROM t WHERE a = 'x' AND b = '?' AND c IN (1, NULL)");
        assertThat(parsed.sql()).isEqualTo(parsed.toString());
    }

    @Test
    void wrongNumberOfLiteralsNamesBothCounts()
    {
        ParameterizedSql parsed = ParameterizedSql.parse("SELECT ?, ?");
        assertSqlState(() -> parsed.bind(List.of("1")), "07001", "2 parameter placeholder(s) but 1 value(s)");
        assertSqlState(() -> parsed.bind(List.of("1", "2", "3")), "07001", "2 parameter placeholder(s) but 3 value(s)");
        assertThatThrownBy(() -> parsed.bind(java.util.Arrays.asList("1", null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNegativeLiteralAfterAMinusDoesNotBecomeAComment()
            throws SQLException
    {
        ParameterizedSql parsed = ParameterizedSql.parse("SELECT 1-?, 2 - ?\nFROM t");
        String bound = parsed.bind(List.of(AthenaLiteral.of(-5), AthenaLiteral.of(Double.NEGATIVE_INFINITY)));
        assertThat(bound).isEqualTo("SELECT 1- -5, 2 - -infinity()\nFROM t");
        assertThat(statement(bound)).isNotNull();
    }

    static Stream<String> trinoStatements()
    {
        return Stream.of(
                "SELECT * FROM t WHERE c = ?",
                "  select 1",
                "(SELECT ?)",
                "((SELECT ?))",
                "WITH x AS (SELECT ?) SELECT * FROM x",
                "VALUES (?)",
                "EXPLAIN DELETE FROM t WHERE c = ?",
                "INSERT INTO t VALUES (?)",
                "INSERT INTO t SELECT ?",
                "DELETE FROM t WHERE c = ?",
                "/* leading comment */ DELETE FROM t WHERE c = ?",
                "-- leading comment\nDELETE FROM t WHERE c = ?",
                "UPDATE t SET c = ? WHERE id = 1",
                "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET c = ?",
                "CREATE TABLE t AS SELECT * FROM s WHERE c = ?",
                "create table if not exists db.t with (format = 'PARQUET', external_location = ?) as select 1",
                "CREATE TABLE \"db\".\"t\" (a, b) AS SELECT 1, ?",
                "CREATE TABLE t COMMENT 'x' WITH (format = 'ORC') AS SELECT ?",
                "CREATE TABLE t WITH (table_type = 'ICEBERG', location = ?) AS SELECT 1",
                "CREATE VIEW v AS SELECT * FROM t WHERE c = ?",
                "CREATE OR REPLACE VIEW v AS SELECT ?",
                "DROP VIEW v",
                "ALTER VIEW v RENAME TO w",
                "SHOW FUNCTIONS LIKE ?",
                "SHOW CREATE VIEW v",
                "DESCRIBE INPUT stmt",
                "DESCRIBE OUTPUT stmt",
                "UNLOAD (SELECT ?) TO 's3://b/p/' WITH (format = 'PARQUET')",
                "VACUUM t",
                "OPTIMIZE t REWRITE DATA USING BIN_PACK WHERE c = ?",
                "PREPARE p FROM SELECT ?",
                "EXECUTE p USING 1",
                "");
    }

    @ParameterizedTest
    @MethodSource("trinoStatements")
    void trinoEngineStatements(String sql)
    {
        assertThat(ParameterizedSql.parse(sql).isHiveEngineStatement()).as(sql).isFalse();
    }

    static Stream<String> hiveStatements()
    {
        return Stream.of(
                "CREATE EXTERNAL TABLE t (a int) LOCATION ?",
                "CREATE EXTERNAL TABLE IF NOT EXISTS as_of (a int) STORED AS PARQUET LOCATION ?",
                "CREATE EXTERNAL TABLE t (a int) STORED AS PARQUET LOCATION 's3://b/' TBLPROPERTIES ('k' = ?)",
                "create table t (a int) location ?",
                "CREATE TABLE iceberg_t (id int, ts timestamp) PARTITIONED BY (day(ts)) LOCATION ? "
                        + "TBLPROPERTIES ('table_type' = 'ICEBERG')",
                "CREATE TABLE t (a int) STORED AS PARQUET LOCATION ?",
                "CREATE TABLE `db`.`t` (`a` int) LOCATION ?",
                "CREATE TABLE t LIKE s",
                "CREATE DATABASE db LOCATION ?",
                "CREATE SCHEMA IF NOT EXISTS db",
                "DROP TABLE t",
                "DROP TABLE IF EXISTS `t`",
                "DROP DATABASE db CASCADE",
                "DROP SCHEMA db",
                "ALTER TABLE t SET LOCATION ?",
                "ALTER TABLE t ADD IF NOT EXISTS PARTITION (dt = ?) LOCATION ?",
                "ALTER TABLE t SET TBLPROPERTIES ('k' = ?)",
                "ALTER DATABASE db SET DBPROPERTIES ('k' = ?)",
                "MSCK REPAIR TABLE t",
                "/* comment */ MSCK REPAIR TABLE t",
                "-- comment\n  msck repair table t",
                "SHOW PARTITIONS t",
                "SHOW TABLES IN db ?",
                "SHOW DATABASES",
                "SHOW COLUMNS IN t",
                "SHOW TBLPROPERTIES t",
                "SHOW CREATE TABLE t",
                "DESCRIBE t",
                "DESC t",
                "DESCRIBE FORMATTED t PARTITION (dt = ?)");
    }

    @ParameterizedTest
    @MethodSource("hiveStatements")
    void hiveEngineStatements(String sql)
    {
        assertThat(ParameterizedSql.parse(sql).isHiveEngineStatement()).as(sql).isTrue();
    }

    @Test
    void hiveStatementsLexStringsWithBackslashEscapes()
            throws SQLException
    {
        // In Hive 'a\'?' is one string: its '?' is not a placeholder, and "…" is a string too.
        ParameterizedSql parsed = ParameterizedSql.parse(
                "ALTER TABLE t ADD PARTITION (dt = ?) LOCATION 'a\\'?' TBLPROPERTIES (\"k?\" = \"v\\\"?\", 'x' = ?)");
        assertThat(parsed.isHiveEngineStatement()).isTrue();
        assertThat(parsed.parameterCount()).isEqualTo(2);
        assertThat(parsed.bind(List.of(AthenaLiteral.ofHive("2024-01-01"), AthenaLiteral.ofHive("C:\\dir"))))
                .isEqualTo("ALTER TABLE t ADD PARTITION (dt = '2024-01-01') LOCATION 'a\\'?' "
                        + "TBLPROPERTIES (\"k?\" = \"v\\\"?\", 'x' = 'C:\\\\dir')");
    }

    static Stream<String> injectionValues()
    {
        return Stream.of("a' OR 1=1 --", "a\\' OR 1=1 --", "\\", "'", "x\\", "it's \\'quoted\\'", "\0' OR '1'='1");
    }

    /**
     * The PyAthena CVE-2026-65321 shape: DELETE and CTAS picked the Hive escaper, so {@code \'} ended the Trino literal.
     * Here the statement picks the escaper, and the bound statement, parsed by Trino, has the value as one literal.
     */
    @ParameterizedTest
    @MethodSource("injectionValues")
    void deleteAndCtasKeepAQuoteAndBackslashValueAsOneLiteral(String value)
            throws SQLException
    {
        for (String sql : List.of("DELETE FROM t WHERE c = ?", "/* Hibernate */ DELETE FROM t WHERE c = ?",
                "CREATE TABLE t AS SELECT * FROM s WHERE c = ?",
                "CREATE TABLE t WITH (format = 'PARQUET') AS SELECT * FROM s WHERE c = ? AND d = 'x'")) {
            ParameterizedSql parsed = ParameterizedSql.parse(sql);
            String literal = parsed.isHiveEngineStatement() ? AthenaLiteral.ofHive(value) : AthenaLiteral.of(value);
            Statement statement = statement(parsed.bind(List.of(literal)));
            assertThat(statement).isInstanceOfAny(Delete.class, CreateTableAsSelect.class);
            List<String> strings = new ArrayList<>(stringValues(statement));
            strings.removeAll(List.of("PARQUET", "x"));
            assertThat(strings).as(sql).containsExactly(value);
        }
    }

    static Stream<Arguments> insertValues()
    {
        return Stream.of(
                Arguments.of("INSERT INTO t VALUES (?)", "INSERT INTO t VALUES", "(?)", 1),
                Arguments.of("insert into db.t (a, \"b\") values (?, ?), (1, 'x)')", "insert into db.t (a, \"b\") values",
                        "(?, ?), (1, 'x)')", 2),
                Arguments.of("  /* c */ INSERT INTO \"t\" VALUES (ARRAY[?], ROW(1, (2))) ; -- end",
                        "INSERT INTO \"t\" VALUES", "(ARRAY[?], ROW(1, (2)))", 1),
                Arguments.of("INSERT INTO t(a)VALUES(?)", "INSERT INTO t(a)VALUES", "(?)", 1));
    }

    @ParameterizedTest
    @MethodSource("insertValues")
    void recognisesInsertValues(String sql, String prefix, String rows, int rowCount)
            throws SQLException
    {
        ParameterizedSql parsed = ParameterizedSql.parse(sql);
        assertThat(parsed.isInsertValues()).isTrue();
        assertThat(parsed.insertValuesPrefix()).isEqualTo(prefix);
        assertThat(parsed.insertRowCount()).isEqualTo(rowCount);
        List<String> questionMarks = Collections.nCopies(parsed.parameterCount(), "?");
        assertThat(parsed.bindInsertRows(questionMarks)).isEqualTo(rows);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT INTO t SELECT ?",
            "INSERT INTO t (a) SELECT * FROM (VALUES (?))",
            "INSERT INTO t VALUES (?) LIMIT 1",
            "INSERT INTO t VALUES (1); SELECT 1",
            "INSERT INTO t VALUES 1, 2",
            "INSERT INTO t VALUES (1",
            "INSERT INTO t VALUES",
            "INSERT INTO t (a + 1) VALUES (1)",
            "WITH x AS (SELECT 1) INSERT INTO t VALUES (1)",
            "(INSERT INTO t VALUES (1))",
            "SELECT 1",
            "INSERT t VALUES (1)"})
    void otherStatementsAreNotInsertValues(String sql)
    {
        ParameterizedSql parsed = ParameterizedSql.parse(sql);
        assertThat(parsed.isInsertValues()).as(sql).isFalse();
        assertThatThrownBy(parsed::insertValuesPrefix).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void statementsThatTakeExecutionParameters()
    {
        assertThat(ParameterizedSql.parse("SELECT ?").acceptsExecutionParameters()).isTrue();
        assertThat(ParameterizedSql.parse("/* why */ -- how\n(SELECT ?)").acceptsExecutionParameters()).isTrue();
        assertThat(ParameterizedSql.parse("with t AS (SELECT ? x) SELECT x FROM t").acceptsExecutionParameters()).isTrue();
        assertThat(ParameterizedSql.parse("INSERT INTO t VALUES (?)").acceptsExecutionParameters()).isTrue();
        assertThat(ParameterizedSql.parse("UNLOAD (SELECT ?) TO 's3://b/p/' WITH (format = 'PARQUET')").acceptsExecutionParameters()).isTrue();
        assertThat(ParameterizedSql.parse("SELECT 1").acceptsExecutionParameters()).as("no parameters").isFalse();
        assertThat(ParameterizedSql.parse("CREATE TABLE t AS SELECT ?").acceptsExecutionParameters()).as("CTAS").isFalse();
        assertThat(ParameterizedSql.parse("ALTER TABLE t ADD PARTITION (dt = ?)").acceptsExecutionParameters()).as("Hive DDL").isFalse();
        assertThat(ParameterizedSql.parse("DELETE FROM t WHERE id = ?").acceptsExecutionParameters()).isFalse();
    }
}
