package io.athena4j.local.server.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.athena4j.local.server.sql.StatementType.DDL;
import static io.athena4j.local.server.sql.StatementType.DML;
import static io.athena4j.local.server.sql.StatementType.UTILITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

final class TestStatementClassifier
{
    // Every row of athena-behaviour.md §A.2, in its order, with the spelling variants the rows name.
    static Stream<Arguments> measuredStatements()
    {
        return Stream.of(
                arguments("SELECT 1", DML, "SELECT"),
                arguments("select * from t", DML, "SELECT"),
                arguments("WITH x AS (SELECT 1 AS n) SELECT * FROM x", DML, "SELECT"),
                arguments("VALUES 1", DML, "SELECT"),
                arguments("TABLE t", DML, "SELECT"),
                arguments("EXPLAIN SELECT 1", DML, "EXPLAIN"),
                arguments("EXPLAIN ANALYZE SELECT 1", DML, "EXPLAIN"),
                arguments("INSERT INTO t VALUES (1)", DML, "INSERT"),
                arguments("UPDATE t SET a = 1", DML, "UPDATE"),
                arguments("DELETE FROM t WHERE a = 1", DML, "DELETE"),
                arguments("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", DML, "MERGE"),
                arguments("VACUUM t", DML, "VACUUM_TABLE"),
                arguments("CREATE TABLE t AS SELECT 1 AS n", DDL, "CREATE_TABLE_AS_SELECT"),
                arguments("CREATE TABLE t WITH (table_type = 'ICEBERG', location = 's3://b/t/') AS SELECT 1 AS n", DDL, "CREATE_TABLE_AS_SELECT"),
                arguments("CREATE TABLE t AS VALUES 1", DDL, "CREATE_TABLE_AS_SELECT"),
                arguments("CREATE TABLE t AS TABLE s", DDL, "CREATE_TABLE_AS_SELECT"),
                arguments("CREATE TABLE t AS(SELECT 1)", DDL, "CREATE_TABLE_AS_SELECT"),
                arguments("CREATE TABLE t AS WITH x AS (SELECT 1 AS n) SELECT * FROM x", DDL, "CREATE_TABLE_AS_SELECT"),
                arguments("CREATE TABLE t (n) AS SELECT 1", DDL, "CREATE_TABLE_AS_SELECT"),
                arguments("CREATE TABLE\"t\" AS SELECT 1", DDL, "CREATE_TABLE_AS_SELECT"),
                arguments("CREATE TABLE IF NOT EXISTS db.t AS SELECT 1 WITH NO DATA", DDL, "CREATE_TABLE_AS_SELECT"),
                arguments("CREATE TABLE t (id int)", DDL, "CREATE_TABLE"),
                arguments("CREATE TABLE t (id int, s string) PARTITIONED BY (bucket(16, id)) LOCATION 's3://b/t/' TBLPROPERTIES ('table_type' = 'ICEBERG')", DDL, "CREATE_TABLE"),
                arguments("CREATE EXTERNAL TABLE t (a string) STORED AS PARQUET LOCATION 's3://b/t/'", DDL, "CREATE_TABLE"),
                arguments("CREATE EXTERNAL TABLE IF NOT EXISTS `db`.`t` (`a` string, `b` struct<x:int>) "
                        + "PARTITIONED BY (p string) ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe' "
                        + "WITH SERDEPROPERTIES ('ignore.malformed.json' = 'true') "
                        + "STORED AS INPUTFORMAT 'x' OUTPUTFORMAT 'y' LOCATION 's3://b/t/' TBLPROPERTIES ('has_encrypted_data' = 'false')", DDL, "CREATE_TABLE"),
                arguments("CREATE VIEW v AS SELECT 1 AS n", DDL, "CREATE_VIEW"),
                arguments("CREATE OR REPLACE VIEW v AS SELECT 1 AS n", DDL, "CREATE_VIEW"),
                arguments("DROP TABLE t", DDL, "DROP_TABLE"),
                arguments("DROP TABLE IF EXISTS `db`.`t`", DDL, "DROP_TABLE"),
                arguments("DROP VIEW IF EXISTS v", DDL, "DROP_VIEW"),
                arguments("CREATE DATABASE db", DDL, "CREATE_DATABASE"),
                arguments("CREATE SCHEMA IF NOT EXISTS db", DDL, "CREATE_DATABASE"),
                arguments("DROP DATABASE IF EXISTS db CASCADE", DDL, "DROP_DATABASE"),
                arguments("DROP SCHEMA db", DDL, "DROP_DATABASE"),
                arguments("ALTER TABLE t ADD COLUMNS (c string)", DDL, "ALTER_TABLE_ADD_COLUMN"),
                arguments("ALTER TABLE `db`.`t` ADD COLUMNS (c string)", DDL, "ALTER_TABLE_ADD_COLUMN"),
                arguments("ALTER TABLE t ADD COLUMN c varchar", DDL, "ALTER_TABLE_ADD_COLUMN"),
                arguments("ALTER TABLE t REPLACE COLUMNS (n int, s string)", DDL, "ALTER_TABLE_REPLACE_COLUMN"),
                arguments("ALTER TABLE t ADD PARTITION (p = 'a') LOCATION 's3://b/t/p=a/'", DDL, "ALTER_TABLE_ADD_PARTITION"),
                arguments("ALTER TABLE t ADD IF NOT EXISTS PARTITION (p = 'a')", DDL, "ALTER_TABLE_ADD_PARTITION"),
                arguments("ALTER TABLE t DROP PARTITION (p = 'a')", DDL, "ALTER_TABLE_DROP_PARTITION"),
                arguments("ALTER TABLE db.t DROP IF EXISTS PARTITION (p = 'a')", DDL, "ALTER_TABLE_DROP_PARTITION"),
                arguments("ALTER TABLE t RENAME TO u", DDL, "ALTER_TABLE_RENAME"),
                arguments("ALTER TABLE t CHANGE COLUMN n n2 int", DDL, "ALTER_TABLE_CHANGE_COLUMN"),
                arguments("ALTER TABLE t CHANGE n n2 int", DDL, "ALTER_TABLE_CHANGE_COLUMN"),
                arguments("MSCK REPAIR TABLE t", DDL, "MSCK_REPAIR"),
                arguments("MSCK REPAIR TABLE `db`.`t`", DDL, "MSCK_REPAIR"),
                arguments("OPTIMIZE t REWRITE DATA USING BIN_PACK", DDL, "CREATE_TABLE_AS_SELECT"),
                arguments("SHOW TABLES", UTILITY, "SHOW_TABLES"),
                arguments("SHOW TABLES IN db", UTILITY, "SHOW_TABLES"),
                arguments("SHOW DATABASES", UTILITY, "SHOW_DATABASES"),
                arguments("SHOW SCHEMAS LIKE 'x'", UTILITY, "SHOW_DATABASES"),
                arguments("SHOW COLUMNS IN db.t", UTILITY, "SHOW_COLUMNS"),
                arguments("SHOW CREATE TABLE t", UTILITY, "SHOW_CREATE_TABLE"),
                arguments("SHOW CREATE VIEW v", UTILITY, "SHOW_CREATE_VIEW"),
                arguments("SHOW PARTITIONS t", UTILITY, "SHOW_PARTITIONS"),
                arguments("SHOW TBLPROPERTIES t", UTILITY, "SHOW_TABLE_PROPERTIES"),
                arguments("SHOW FUNCTIONS", UTILITY, "SHOW_FUNCTIONS"),
                arguments("DESCRIBE t", UTILITY, "DESCRIBE_TABLE"),
                arguments("DESC t", UTILITY, "DESCRIBE_TABLE"),
                arguments("describe `db`.`t`", UTILITY, "DESCRIBE_TABLE"),
                arguments("DESCRIBE EXTENDED t", UTILITY, "DESCRIBE_TABLE"));
    }

    @ParameterizedTest
    @MethodSource("measuredStatements")
    void testMeasuredStatements(String sql, StatementType type, String substatementType)
    {
        assertThat(StatementClassifier.classify(sql)).isEqualTo(new StatementClass(type, substatementType));
    }

    // Comments before and between keywords count as whitespace, and leading parentheses are skipped (§A.2).
    static Stream<Arguments> commentsAndParentheses()
    {
        return Stream.of(
                arguments("-- SELECT\nSHOW TABLES", UTILITY, "SHOW_TABLES"),
                arguments("/* SELECT */ SHOW TABLES", UTILITY, "SHOW_TABLES"),
                arguments("/* SHOW TABLES */ SELECT 1", DML, "SELECT"),
                arguments("-- c\n\n   SELECT 1", DML, "SELECT"),
                arguments("-- a\n-- b\nSELECT 1", DML, "SELECT"),
                arguments("-- a\n/* b */ SELECT 1", DML, "SELECT"),
                arguments("--c\nSELECT 1", DML, "SELECT"),
                arguments("/* c */SELECT 1", DML, "SELECT"),
                arguments("/* a\nb */ SELECT 1", DML, "SELECT"),
                arguments("   SELECT 1", DML, "SELECT"),
                arguments("SELECT 1 -- c", DML, "SELECT"),
                arguments("-- c\nSHOW CREATE TABLE t", UTILITY, "SHOW_CREATE_TABLE"),
                arguments("SHOW /* c */ CREATE /* d */ TABLE t", UTILITY, "SHOW_CREATE_TABLE"),
                arguments("DROP /* c */ TABLE t", DDL, "DROP_TABLE"),
                arguments("CREATE TABLE t AS -- c\nSELECT 1", DDL, "CREATE_TABLE_AS_SELECT"),
                arguments("CREATE /* AS */ TABLE t (n int) LOCATION 's3://b/t/' -- AS SELECT", DDL, "CREATE_TABLE"),
                arguments("CREATE EXTERNAL /* c */ TABLE t (n int) LOCATION 's3://b/t/'", DDL, "CREATE_TABLE"),
                arguments("MSCK REPAIR /* c */ TABLE t", DDL, "MSCK_REPAIR"),
                arguments("ALTER /* c */ TABLE t ADD COLUMNS (c int)", DDL, "ALTER_TABLE_ADD_COLUMN"),
                arguments("ALTER TABLE db.t /* c */ REPLACE COLUMNS (n int)", DDL, "ALTER_TABLE_REPLACE_COLUMN"),
                arguments("DESCRIBE -- c\nt", UTILITY, "DESCRIBE_TABLE"),
                arguments("-- c\nEXPLAIN SELECT 1", DML, "EXPLAIN"),
                arguments("-- c\nINSERT INTO t VALUES (1)", DML, "INSERT"),
                arguments("/* c */ CREATE DATABASE db", DDL, "CREATE_DATABASE"),
                arguments("(SELECT 1)", DML, "SELECT"),
                arguments("((SELECT 1) UNION ALL (SELECT 2))", DML, "SELECT"),
                arguments("( /* c */ (VALUES 1))", DML, "SELECT"),
                arguments("SELECT(1)", DML, "SELECT"),
                arguments("SELECT'a'", DML, "SELECT"),
                arguments("SELECT*FROM t", DML, "SELECT"));
    }

    @ParameterizedTest
    @MethodSource("commentsAndParentheses")
    void testCommentsAndParentheses(String sql, StatementType type, String substatementType)
    {
        assertThat(StatementClassifier.classify(sql)).isEqualTo(new StatementClass(type, substatementType));
    }

    @Test
    void testKeywordsInsideLiteralsAndQuotedIdentifiersAreNotKeywords()
    {
        assertThat(StatementClassifier.classify("CREATE TABLE t (n int) COMMENT 'AS SELECT' LOCATION 's3://b/t/'"))
                .isEqualTo(new StatementClass(DDL, "CREATE_TABLE"));
        assertThat(StatementClassifier.classify("CREATE TABLE t (\"AS\" int) LOCATION 's3://b/t/'"))
                .isEqualTo(new StatementClass(DDL, "CREATE_TABLE"));
        assertThat(StatementClassifier.classify("CREATE TABLE t (n int) STORED AS ORC LOCATION 's3://b/t/'"))
                .isEqualTo(new StatementClass(DDL, "CREATE_TABLE"));
        assertThat(StatementClassifier.classify("ALTER TABLE \"add\" RENAME TO u"))
                .isEqualTo(new StatementClass(DDL, "ALTER_TABLE_RENAME"));
    }

    @Test
    void testUnmeasuredStatements()
    {
        assertThat(StatementClassifier.classify("ALTER TABLE t SET LOCATION 's3://b/u/'")).isEqualTo(new StatementClass(DDL, "ALTER_TABLE"));
        assertThat(StatementClassifier.classify("ALTER TABLE t SET TBLPROPERTIES ('a' = 'b')")).isEqualTo(new StatementClass(DDL, "ALTER_TABLE"));
        assertThat(StatementClassifier.classify("ALTER TABLE t PARTITION (p = 'a') SET LOCATION 's3://b/u/'")).isEqualTo(new StatementClass(DDL, "ALTER_TABLE"));
        assertThat(StatementClassifier.classify("ALTER TABLE t DROP COLUMN c")).isEqualTo(new StatementClass(DDL, "ALTER_TABLE"));
        assertThat(StatementClassifier.classify("ALTER VIEW v RENAME TO w")).isEqualTo(new StatementClass(DDL, "ALTER_VIEW"));
        assertThat(StatementClassifier.classify("ALTER SCHEMA db RENAME TO x")).isEqualTo(new StatementClass(DDL, "ALTER_DATABASE"));
        assertThat(StatementClassifier.classify("CREATE FUNCTION f() RETURNS int RETURN 1")).isEqualTo(new StatementClass(DDL, "CREATE_FUNCTION"));
        assertThat(StatementClassifier.classify("DROP FUNCTION f")).isEqualTo(new StatementClass(DDL, "DROP_FUNCTION"));
        assertThat(StatementClassifier.classify("SHOW VIEWS")).isEqualTo(new StatementClass(UTILITY, "SHOW_VIEWS"));
        assertThat(StatementClassifier.classify("SHOW")).isEqualTo(new StatementClass(UTILITY, "SHOW"));
        assertThat(StatementClassifier.classify("UNLOAD (SELECT 1) TO 's3://b/u/' WITH (format = 'PARQUET')")).isEqualTo(new StatementClass(DML, "UNLOAD"));
        assertThat(StatementClassifier.classify("prepare p FROM SELECT ?")).isEqualTo(new StatementClass(DML, "PREPARE"));
        assertThat(StatementClassifier.classify("")).isEqualTo(new StatementClass(DML, "UNKNOWN"));
        assertThat(StatementClassifier.classify("-- only a comment")).isEqualTo(new StatementClass(DML, "UNKNOWN"));
        assertThat(StatementClassifier.classify("'SELECT'")).isEqualTo(new StatementClass(DML, "UNKNOWN"));
    }

    @Test
    void testUnterminatedLiteralsAndStrayCharacters()
    {
        assertThat(StatementClassifier.classify("SELECT 'unterminated")).isEqualTo(new StatementClass(DML, "SELECT"));
        assertThat(StatementClassifier.classify("/* unterminated SELECT 1")).isEqualTo(new StatementClass(DML, "UNKNOWN"));
        assertThat(StatementClassifier.classify("DROP TABLE `unterminated")).isEqualTo(new StatementClass(DDL, "DROP_TABLE"));
        assertThat(StatementClassifier.classify("SHOW TABLES # \\ @")).isEqualTo(new StatementClass(UTILITY, "SHOW_TABLES"));
    }

    @Test
    void testHiveDdl()
    {
        assertThat(StatementClassifier.classify("CREATE EXTERNAL TABLE t (a int) LOCATION 's3://b/t/'").isHiveDdl()).isTrue();
        assertThat(StatementClassifier.classify("MSCK REPAIR TABLE t").isHiveDdl()).isTrue();
        assertThat(StatementClassifier.classify("DESCRIBE t").isHiveDdl()).isTrue();
        assertThat(StatementClassifier.classify("SHOW TBLPROPERTIES t").isHiveDdl()).isTrue();
        assertThat(StatementClassifier.classify("CREATE TABLE t AS SELECT 1").isHiveDdl()).isFalse();
        assertThat(StatementClassifier.classify("CREATE VIEW v AS SELECT 1").isHiveDdl()).isFalse();
        assertThat(StatementClassifier.classify("SHOW CREATE VIEW v").isHiveDdl()).isFalse();
        assertThat(StatementClassifier.classify("SHOW FUNCTIONS").isHiveDdl()).isFalse();
        assertThat(StatementClassifier.classify("SELECT 1").isHiveDdl()).isFalse();
    }
}
