package io.athena4j.local.server.sql;

import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.DecimalLiteral;
import io.trino.sql.tree.DoubleLiteral;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.SingleColumn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestAthenaSqlTranslator
{
    private static final S3Locations LOCATIONS = new S3Locations();
    private static final SqlParser SQL_PARSER = new SqlParser();

    @Test
    void testDecimalLiteralsBecomeDoubles()
    {
        assertTranslation("SELECT 0.1 + 0.2", "SELECT 0.1E0 + 0.2E0");
        assertTranslation("SELECT .5, 1., -1.5, ARRAY[1.5, 2]", "SELECT .5E0, 1.E0, -1.5E0, ARRAY[1.5E0, 2]");
        assertTranslation("SELECT 1_000.5", "SELECT 1000.5E0");
        assertTranslation("SELECT x FROM t WHERE y > 2.5 AND z IN (1.0,2.0)", "SELECT x FROM t WHERE y > 2.5E0 AND z IN (1.0E0,2.0E0)");
        // A decimal literal directly followed by a word keeps lexing as two tokens after the rewrite.
        assertTranslation("SELECT 1.5x", "SELECT 1.5E0x");
        assertTranslation("SELECT 1.5e", "SELECT 1.5E0e");
    }

    @Test
    void testRewrittenDecimalsParseAsDoubleLiterals()
    {
        Query query = (Query) SQL_PARSER.createStatement(AthenaSqlTranslator.toTrino("SELECT 1.5, .5, 1., 1_000.5, 0.1 x, DECIMAL '1.5'", LOCATIONS));
        List<Expression> values = ((QuerySpecification) query.getQueryBody()).getSelect().getSelectItems().stream()
                .map(item -> ((SingleColumn) item).getExpression())
                .toList();
        assertThat(values).containsExactly(
                new DoubleLiteral("1.5"),
                new DoubleLiteral("0.5"),
                new DoubleLiteral("1.0"),
                new DoubleLiteral("1000.5"),
                new DoubleLiteral("0.1"),
                new DecimalLiteral("1.5"));
    }

    @Test
    void testEverythingElseIsUntouched()
    {
        assertUnchanged("SELECT 1, 100, 1e5, 1.5e3, 1.5E-3, .5e1");
        assertUnchanged("SELECT DECIMAL '1.5', '1.5', 'a 0.5 b', U&'1.5', X'15'");
        assertUnchanged("SELECT \"1.5\", \"a.5\" FROM \"t.1.5\"");
        assertUnchanged("SELECT 1 -- 1.5\n/* 2.5 */");
        assertUnchanged("SELECT CAST(x AS decimal(10, 2)) FROM t");
        assertUnchanged("SELECT 's3://b/k', 'it''s' FROM t WHERE location = 's3://b/k'");
        assertUnchanged("");
        assertUnchanged("  \n ");
    }

    @Test
    void testTextOutsideTheBasicMultilingualPlaneSurvives()
    {
        assertTranslation("SELECT '😀', 1.5 -- 🎉 2.5\n, '𝄞' || 'x', 0.5", "SELECT '😀', 1.5E0 -- 🎉 2.5\n, '𝄞' || 'x', 0.5E0");
    }

    @Test
    void testTranslationIsIdempotent()
    {
        String once = AthenaSqlTranslator.toTrino("CREATE TABLE t WITH (external_location = 's3://bucket/t/') AS SELECT 1.5 AS d", LOCATIONS);
        assertThat(AthenaSqlTranslator.toTrino(once, LOCATIONS)).isEqualTo(once);
    }

    @Test
    void testLocationPropertiesOfCreateTableAsSelect()
    {
        assertTranslation(
                "CREATE TABLE t WITH (format = 'PARQUET', external_location = 's3://my-bucket/data/t/') AS SELECT 1 AS n",
                "CREATE TABLE t WITH (format = 'PARQUET', external_location = 'local:///s3/my-bucket/data/t/') AS SELECT 1 AS n");
        assertTranslation(
                "CREATE TABLE t WITH (table_type = 'ICEBERG', location = 's3a://my-bucket/iceberg/t', is_external = false) AS SELECT 1.5 AS d",
                "CREATE TABLE t WITH (table_type = 'ICEBERG', location = 'local:///s3/my-bucket/iceberg/t', is_external = false) AS SELECT 1.5E0 AS d");
        assertTranslation(
                "create table t with (LOCATION='s3n://my-bucket/x/', \"external_location\" = 's3://my-bucket/y/') as select 1",
                "create table t with (LOCATION='local:///s3/my-bucket/x/', \"external_location\" = 'local:///s3/my-bucket/y/') as select 1");
        assertTranslation(
                "CREATE TABLE t WITH (/* where */ external_location -- to\n = 's3://my-bucket/it''s/') AS SELECT 1",
                "CREATE TABLE t WITH (/* where */ external_location -- to\n = 'local:///s3/my-bucket/it''s/') AS SELECT 1");
    }

    @Test
    void testLocationPropertiesOfCreateTableAndCreateSchema()
    {
        assertTranslation(
                "CREATE TABLE t (n int WITH (comment = 'x')) WITH (location = 's3://my-bucket/t/')",
                "CREATE TABLE t (n int WITH (comment = 'x')) WITH (location = 'local:///s3/my-bucket/t/')");
        assertTranslation(
                "CREATE SCHEMA s WITH (location = 's3://my-bucket/s/')",
                "CREATE SCHEMA s WITH (location = 'local:///s3/my-bucket/s/')");
    }

    @Test
    void testLocationsElsewhereAreUntouched()
    {
        assertUnchanged("SELECT 's3://my-bucket/x'");
        assertUnchanged("SELECT * FROM t WHERE location = 's3://my-bucket/x'");
        assertUnchanged("INSERT INTO t SELECT 's3://my-bucket/x' AS location");
        // The query of a CTAS is data, also when it starts with WITH and compares a location column.
        assertUnchanged("CREATE TABLE t AS WITH x AS (SELECT * FROM s WHERE location = 's3://my-bucket/x') SELECT * FROM x");
        assertUnchanged("CREATE TABLE t AS SELECT * FROM s WHERE external_location = 's3://my-bucket/x' WITH NO DATA");
        assertUnchanged("CREATE TABLE t WITH (comment = 's3://my-bucket/x', location_hint = 's3://my-bucket/y') AS SELECT 1");
        // Properties with another scheme are passed through for Trino to judge.
        assertUnchanged("CREATE TABLE t WITH (external_location = 'local:///elsewhere/t/') AS SELECT 1");
        // Hive DDL clauses are rewritten by the Hive DDL translation, not here.
        assertUnchanged("CREATE EXTERNAL TABLE t (a int) LOCATION 's3://my-bucket/t/'");
    }

    @Test
    void testMalformedLocation()
    {
        assertThatThrownBy(() -> AthenaSqlTranslator.toTrino("CREATE TABLE t WITH (external_location = 's3://Bad_Bucket/t/') AS SELECT 1", LOCATIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid S3 location 's3://Bad_Bucket/t/': bucket name 'Bad_Bucket' must be 3 to 63 lowercase letters, digits, '.' or '-'; "
                        + "expected the form s3://bucket/prefix/");
    }

    @Test
    void testNormalizeQueryText()
    {
        assertThat(AthenaSqlTranslator.normalizeQueryText("SELECT 1")).isEqualTo("SELECT 1");
        assertThat(AthenaSqlTranslator.normalizeQueryText("  \n\tSELECT 1;\n ")).isEqualTo("SELECT 1");
        assertThat(AthenaSqlTranslator.normalizeQueryText("SELECT 1 ;")).isEqualTo("SELECT 1");
        assertThat(AthenaSqlTranslator.normalizeQueryText("SELECT 1;;")).isEqualTo("SELECT 1;");
        assertThat(AthenaSqlTranslator.normalizeQueryText("SELECT ';'")).isEqualTo("SELECT ';'");
        assertThat(AthenaSqlTranslator.normalizeQueryText("-- c\nSELECT 1")).isEqualTo("-- c\nSELECT 1");
        assertThat(AthenaSqlTranslator.normalizeQueryText(" ; ")).isEmpty();
    }

    private static void assertTranslation(String athenaSql, String trinoSql)
    {
        assertThat(AthenaSqlTranslator.toTrino(athenaSql, LOCATIONS)).isEqualTo(trinoSql);
    }

    private static void assertUnchanged(String sql)
    {
        assertTranslation(sql, sql);
    }
}
