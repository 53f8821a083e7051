package io.athena4j.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.model.QueryExecution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result file each kind of statement leaves under the output location, named and shaped as on Athena
 * (athena-behaviour §A.2): {@code <id>.csv}, {@code <id>.txt}, {@code <id>} and {@code tables/<id>}.
 */
@AthenaLocalTest
final class ResultFilesTest
{
    private static final String OUTPUT = "s3://athena4j-test-results/files/";
    private static final String DATABASE = AthenaApi.uniqueName("files");
    private static AthenaLocal local;
    private static AthenaApi athena;

    @BeforeAll
    static void connect(AthenaLocal athenaLocal)
    {
        local = athenaLocal;
        athena = new AthenaApi(athenaLocal.endpoint());
        run("CREATE SCHEMA " + DATABASE);
    }

    @AfterAll
    static void disconnect()
    {
        athena.close();
    }

    private static QueryExecution run(String sql)
    {
        QueryExecution execution = athena.await(athena.start(sql, request -> request.resultConfiguration(configuration -> configuration.outputLocation(OUTPUT))));
        assertThat(execution.status().stateChangeReason()).as(sql).isNull();
        return execution;
    }

    private static String file(QueryExecution execution, String expectedName)
            throws IOException
    {
        assertThat(execution.resultConfiguration().outputLocation()).isEqualTo(OUTPUT + expectedName);
        Path file = local.dataDirectory().resolve("s3/athena4j-test-results/files/" + expectedName);
        assertThat(file).isRegularFile();
        return Files.readString(file, UTF_8);
    }

    @Test
    void selectWritesCsvWithHeader()
            throws IOException
    {
        QueryExecution select = run("SELECT 1 AS a, 'x' AS b UNION ALL SELECT 2, NULL ORDER BY a");
        assertThat(file(select, select.queryExecutionId() + ".csv")).isEqualTo("\"a\",\"b\"\n\"1\",\"x\"\n\"2\",\n");
    }

    @Test
    void writesAndDdl()
            throws IOException
    {
        String hive = DATABASE + ".hive_rows";
        QueryExecution ctas = run("CREATE TABLE " + hive + " WITH (external_location = 's3://athena4j-test-data/" + DATABASE + "/hive_rows/') AS SELECT 1 AS id");
        assertThat(file(ctas, "tables/" + ctas.queryExecutionId())).isEmpty();

        QueryExecution insert = run("INSERT INTO " + hive + " VALUES 2, 3");
        assertThat(file(insert, insert.queryExecutionId())).isEmpty();

        QueryExecution view = run("CREATE VIEW " + DATABASE + ".v AS SELECT id FROM " + hive);
        assertThat(file(view, view.queryExecutionId() + ".txt")).isEmpty();

        String iceberg = "iceberg." + DATABASE + ".ice_rows";
        run("CREATE TABLE " + iceberg + " WITH (location = 's3://athena4j-test-data/" + DATABASE + "/ice_rows') AS SELECT x AS id FROM UNNEST(sequence(1, 5)) t(x)");
        for (String dml : List.of("UPDATE " + iceberg + " SET id = id + 10 WHERE id > 3", "DELETE FROM " + iceberg + " WHERE id = 1",
                "MERGE INTO " + iceberg + " t USING (VALUES 2) s(id) ON t.id = s.id WHEN MATCHED THEN DELETE")) {
            QueryExecution execution = run(dml);
            assertThat(file(execution, execution.queryExecutionId() + ".csv")).as(dml).isEmpty();
        }
    }

    @Test
    void utilityStatementsWriteHiveText()
            throws IOException
    {
        run("CREATE TABLE " + DATABASE + ".b_table WITH (external_location = 's3://athena4j-test-data/" + DATABASE + "/b_table/') AS SELECT 1 AS id, 'x' AS name");
        run("CREATE TABLE " + DATABASE + ".c_table WITH (external_location = 's3://athena4j-test-data/" + DATABASE + "/c_table/') AS SELECT 1 AS id");
        QueryExecution show = run("SHOW TABLES FROM " + DATABASE + " LIKE '*_table'");
        assertThat(file(show, show.queryExecutionId() + ".txt")).isEqualTo("b_table\nc_table\n");

        QueryExecution explain = run("EXPLAIN SELECT 1");
        String plan = athena.rows(explain.queryExecutionId()).get(1).get(0);
        assertThat(file(explain, explain.queryExecutionId() + ".txt")).isEqualTo(plan + "\n");
    }
}
