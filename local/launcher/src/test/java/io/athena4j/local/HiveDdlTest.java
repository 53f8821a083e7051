package io.athena4j.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.StatementType;
import software.amazon.awssdk.services.athena.model.TableMetadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Athena's Hive DDL through the AWS SDK: external tables over files already in "S3", partitions, SHOW and DESCRIBE in
 * Hive's shapes, ALTER TABLE, databases, Iceberg tables, and the statements Athena rejects (athena-behaviour §A.3, §B).
 */
@AthenaLocalTest
final class HiveDdlTest
{
    private static final String BUCKET = "athena4j-hive-data";

    private static AthenaLocal local;
    private static AthenaApi athena;

    @BeforeAll
    static void connect(AthenaLocal athenaLocal)
    {
        local = athenaLocal;
        athena = new AthenaApi(athenaLocal.endpoint());
    }

    @AfterAll
    static void disconnect()
    {
        athena.close();
    }

    @Test
    void partitionedCsvTableOverExistingFiles()
            throws IOException
    {
        String table = AthenaApi.uniqueName("csv_events");
        writeObject(table + "/dt=2024-01-01/part-0.csv", "id,name\n1,alice\n2,\"smith, bob\"\n");
        writeObject(table + "/dt=2024-01-02/part-0.csv", "id,name\n3,carol\n");

        QueryExecution create = athena.run("""
                CREATE EXTERNAL TABLE `%s` (
                  `id` string COMMENT 'row id',
                  name string)
                PARTITIONED BY (dt string)
                ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.OpenCSVSerde'
                WITH SERDEPROPERTIES ('separatorChar' = ',', 'quoteChar' = '"')
                LOCATION 's3://%s/%s/'
                TBLPROPERTIES ('skip.header.line.count' = '1')""".formatted(table, BUCKET, table));
        assertThat(create.statementType()).isEqualTo(StatementType.DDL);
        assertThat(create.substatementType()).isEqualTo("CREATE_TABLE");
        assertNoResult(create.queryExecutionId());

        assertThat(athena.query("SELECT * FROM " + table)).containsExactly(List.of("id", "name", "dt"));

        QueryExecution repair = athena.run("MSCK REPAIR TABLE " + table);
        assertThat(repair.statementType()).isEqualTo(StatementType.DDL);
        assertThat(repair.substatementType()).isEqualTo("MSCK_REPAIR");
        assertNoResult(repair.queryExecutionId());

        assertThat(athena.query("SELECT id, name, dt FROM " + table + " ORDER BY id")).containsExactly(
                List.of("id", "name", "dt"),
                List.of("1", "alice", "2024-01-01"),
                List.of("2", "smith, bob", "2024-01-01"),
                List.of("3", "carol", "2024-01-02"));

        QueryExecution partitions = athena.run("SHOW PARTITIONS " + table);
        assertThat(partitions.statementType()).isEqualTo(StatementType.UTILITY);
        assertThat(partitions.substatementType()).isEqualTo("SHOW_PARTITIONS");
        assertThat(athena.rows(partitions.queryExecutionId())).containsExactly(List.of("dt=2024-01-01"), List.of("dt=2024-01-02"));
        assertColumns(partitions.queryExecutionId(), "partition");
    }

    @Test
    void partitionedJsonTableOverExistingFiles()
            throws IOException
    {
        String table = AthenaApi.uniqueName("json_events");
        writeObject(table + "/region=eu/data.json", """
                {"id": 1, "tags": ["a", "b"], "info": {"a": 1, "b": "x"}, "price": 1.5}
                {"id": 2, "tags": [], "info": null}
                """);
        writeObject(table + "/region=us/data.json", "{\"id\": 3, \"tags\": [\"c\"], \"info\": {\"a\": 2, \"b\": \"y\"}, \"price\": 10}\n");

        athena.run("""
                CREATE EXTERNAL TABLE %s (id int, tags array<string>, info struct<a:int,b:string>, price decimal(10,2))
                PARTITIONED BY (region string)
                ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe'
                LOCATION 's3://%s/%s/'""".formatted(table, BUCKET, table));
        athena.run("MSCK REPAIR TABLE " + table);

        assertThat(athena.query("SELECT id, tags, info, price, region FROM " + table + " ORDER BY id")).containsExactly(
                List.of("id", "tags", "info", "price", "region"),
                List.of("1", "[a, b]", "{a=1, b=x}", "1.50", "eu"),
                java.util.Arrays.asList("2", "[]", null, null, "eu"),
                List.of("3", "[c]", "{a=2, b=y}", "10.00", "us"));
    }

    @Test
    void parquetTableWrittenByInsert()
    {
        String table = AthenaApi.uniqueName("parquet_orders");
        athena.run("""
                CREATE EXTERNAL TABLE %s (id int, name string, price decimal(10,2), tags array<string>)
                PARTITIONED BY (dt string)
                STORED AS PARQUET
                LOCATION 's3://%s/%s/'
                TBLPROPERTIES ('parquet.compression' = 'SNAPPY')""".formatted(table, BUCKET, table));

        String insert = athena.run("INSERT INTO " + table + " VALUES (1, 'a', DECIMAL '1.50', ARRAY['x'], '2024-01-01'), (2, NULL, NULL, ARRAY[], '2024-01-02')")
                .queryExecutionId();
        assertThat(athena.client().getQueryResults(request -> request.queryExecutionId(insert)).updateCount()).isEqualTo(2);

        assertThat(athena.query("SELECT * FROM " + table + " ORDER BY id")).containsExactly(
                List.of("id", "name", "price", "tags", "dt"),
                List.of("1", "a", "1.50", "[x]", "2024-01-01"),
                java.util.Arrays.asList("2", null, null, "[]", "2024-01-02"));
        assertThat(athena.query("SHOW PARTITIONS " + table)).containsExactly(List.of("dt=2024-01-01"), List.of("dt=2024-01-02"));
        assertThat(Files.isDirectory(local.dataDirectory().resolve("s3/" + BUCKET + "/" + table + "/dt=2024-01-01"))).isTrue();
    }

    @Test
    void showAndDescribeInHiveShapes()
    {
        String database = AthenaApi.uniqueName("shapes");
        athena.run("CREATE DATABASE " + database);
        String table = "described";
        athena.run("""
                CREATE EXTERNAL TABLE %s.%s (
                  n int COMMENT 'abc',
                  c21_abcdefghijklmnopq string,
                  st struct<aa:int,bb:array<string>>)
                COMMENT 'a table'
                PARTITIONED BY (p string COMMENT 'pc')
                ROW FORMAT DELIMITED FIELDS TERMINATED BY '|'
                LOCATION 's3://%s/%s/'
                TBLPROPERTIES ('classification' = 'csv')""".formatted(database, table, BUCKET, database));

        QueryExecution describe = athena.run("DESCRIBE " + database + "." + table);
        assertThat(describe.statementType()).isEqualTo(StatementType.UTILITY);
        assertThat(describe.substatementType()).isEqualTo("DESCRIBE_TABLE");
        GetQueryResultsResponse describeResults = athena.client().getQueryResults(request -> request.queryExecutionId(describe.queryExecutionId()));
        assertThat(describeResults.updateCount()).isNull();
        assertColumns(describe.queryExecutionId(), "col_name", "data_type", "comment");
        assertThat(athena.rows(describe.queryExecutionId())).containsExactly(
                List.of("n                   \tint                 \tabc                 "),
                List.of("c21_abcdefghijklmnopq\tstring              \t                    "),
                List.of("st                  \tstruct<aa:int,bb:array<string>>\t                    "),
                List.of("p                   \tstring              \tpc                  "),
                List.of("\t \t "),
                List.of("# Partition Information\t \t "),
                List.of("# col_name            \tdata_type           \tcomment             "),
                List.of("\t \t "),
                List.of("p                   \tstring              \tpc                  "));

        QueryExecution columns = athena.run("SHOW COLUMNS IN " + table + " IN " + database);
        assertThat(columns.substatementType()).isEqualTo("SHOW_COLUMNS");
        assertThat(athena.rows(columns.queryExecutionId())).containsExactly(
                List.of("n                   "), List.of("c21_abcdefghijklmnopq"), List.of("st                  "), List.of("p                   "));
        assertColumns(columns.queryExecutionId(), "field");

        QueryExecution tables = athena.run("SHOW TABLES IN " + database);
        assertThat(tables.substatementType()).isEqualTo("SHOW_TABLES");
        assertThat(athena.rows(tables.queryExecutionId())).containsExactly(List.of(table));
        assertColumns(tables.queryExecutionId(), "tab_name");
        assertThat(athena.client().getQueryResults(request -> request.queryExecutionId(tables.queryExecutionId())).updateCount()).isZero();
        assertThat(athena.query("SHOW TABLES IN " + database + " 'desc*'")).containsExactly(List.of(table));
        assertThat(athena.query("SHOW TABLES IN " + database + " 'nothing*'")).isEmpty();

        QueryExecution databases = athena.run("SHOW DATABASES");
        assertThat(databases.substatementType()).isEqualTo("SHOW_DATABASES");
        assertThat(athena.rows(databases.queryExecutionId())).contains(List.of("default"), List.of(database)).doesNotContain(List.of("information_schema"));
        assertColumns(databases.queryExecutionId(), "database_name");
        assertThat(athena.query("SHOW SCHEMAS LIKE '" + database + "'")).containsExactly(List.of(database));

        QueryExecution properties = athena.run("SHOW TBLPROPERTIES " + database + "." + table);
        assertThat(properties.substatementType()).isEqualTo("SHOW_TABLE_PROPERTIES");
        assertColumns(properties.queryExecutionId(), "prpt_name", "prpt_value");
        List<List<String>> propertyRows = athena.rows(properties.queryExecutionId());
        assertThat(propertyRows).hasSize(4);
        assertThat(propertyRows.subList(0, 3)).containsExactly(List.of("EXTERNAL\tTRUE"), List.of("classification\tcsv"), List.of("comment\ta table"));
        assertThat(propertyRows.get(3).get(0)).matches("transient_lastDdlTime\t\\d+");
        assertThat(athena.query("SHOW TBLPROPERTIES " + database + "." + table + "('classification')")).containsExactly(List.of("csv"));

        QueryExecution showCreate = athena.run("SHOW CREATE TABLE " + database + "." + table);
        assertThat(showCreate.substatementType()).isEqualTo("SHOW_CREATE_TABLE");
        assertColumns(showCreate.queryExecutionId(), "createtab_stmt");
        List<String> lines = athena.rows(showCreate.queryExecutionId()).stream().map(row -> row.get(0)).toList();
        assertThat(lines.subList(0, lines.size() - 1)).containsExactly(
                "CREATE EXTERNAL TABLE `described`(",
                "  `n` int COMMENT 'abc', ",
                "  `c21_abcdefghijklmnopq` string, ",
                "  `st` struct<aa:int,bb:array<string>>)",
                "COMMENT 'a table'",
                "PARTITIONED BY ( ",
                "  `p` string COMMENT 'pc')",
                "ROW FORMAT SERDE ",
                "  'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe' ",
                "WITH SERDEPROPERTIES ( ",
                "  'field.delim'='|', ",
                "  'serialization.format'='|') ",
                "STORED AS INPUTFORMAT ",
                "  'org.apache.hadoop.mapred.TextInputFormat' ",
                "OUTPUTFORMAT ",
                "  'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'",
                "LOCATION",
                "  's3://%s/%s/'".formatted(BUCKET, database),
                "TBLPROPERTIES (",
                "  'classification'='csv', ");
        assertThat(lines.get(lines.size() - 1)).matches("  'transient_lastDdlTime'='\\d+'\\)");

        // The catalog API reports what the DDL declared.
        TableMetadata metadata = athena.client().getTableMetadata(request -> request.catalogName("AwsDataCatalog").databaseName(database).tableName(table))
                .tableMetadata();
        assertThat(metadata.parameters()).containsEntry("classification", "csv")
                .containsEntry("EXTERNAL", "TRUE")
                .containsEntry("serde.serialization.lib", "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe")
                .containsEntry("serde.param.field.delim", "|")
                .containsEntry("location", "s3://%s/%s/".formatted(BUCKET, database));

        athena.run("DROP DATABASE " + database + " CASCADE");
    }

    @Test
    void describeView()
    {
        String view = AthenaApi.uniqueName("view");
        athena.run("CREATE VIEW " + view + " AS SELECT 1 AS n, 'a' AS s");
        for (String statement : List.of("DESCRIBE " + view, "SHOW COLUMNS FROM " + view)) {
            String id = athena.run(statement).queryExecutionId();
            assertThat(athena.rows(id)).as(statement).containsExactly(List.of("n\tinteger"), List.of("s\tvarchar(1)"));
            GetQueryResultsResponse results = athena.client().getQueryResults(request -> request.queryExecutionId(id));
            assertThat(results.updateCount()).isZero();
            assertThat(results.resultSet().resultSetMetadata().columnInfo()).extracting(ColumnInfo::name, ColumnInfo::type)
                    .containsExactly(tuple("column", "varchar"), tuple("type", "varchar"));
        }
    }

    @Test
    void alterTable()
            throws IOException
    {
        String table = AthenaApi.uniqueName("altered");
        athena.run("""
                CREATE EXTERNAL TABLE %s (a string)
                PARTITIONED BY (dt string)
                ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
                LOCATION 's3://%s/%s/'""".formatted(table, BUCKET, table));

        QueryExecution addColumns = athena.run("ALTER TABLE " + table + " ADD COLUMNS (b int COMMENT 'added', c string)");
        assertThat(addColumns.substatementType()).isEqualTo("ALTER_TABLE_ADD_COLUMN");
        assertNoResult(addColumns.queryExecutionId());

        writeObject("elsewhere/" + table + "/data.csv", "x,1,y\n");
        QueryExecution addPartition = athena.run("ALTER TABLE " + table + " ADD PARTITION (dt = '2024-01-01') LOCATION 's3://%s/elsewhere/%s/' PARTITION (dt = '2024-01-02')"
                .formatted(BUCKET, table));
        assertThat(addPartition.substatementType()).isEqualTo("ALTER_TABLE_ADD_PARTITION");
        athena.run("ALTER TABLE " + table + " ADD IF NOT EXISTS PARTITION (dt = '2024-01-01')");
        writeObject(table + "/dt=2024-01-02/data.csv", "z,2,w\n");
        assertThat(athena.query("SELECT a, b, c, dt FROM " + table + " ORDER BY dt")).containsExactly(
                List.of("a", "b", "c", "dt"),
                List.of("x", "1", "y", "2024-01-01"),
                List.of("z", "2", "w", "2024-01-02"));

        QueryExecution dropPartition = athena.run("ALTER TABLE " + table + " DROP PARTITION (dt = '2024-01-01')");
        assertThat(dropPartition.substatementType()).isEqualTo("ALTER_TABLE_DROP_PARTITION");
        assertThat(athena.query("SHOW PARTITIONS " + table)).containsExactly(List.of("dt=2024-01-02"));
        QueryExecution failedDrop = athena.await(athena.start("ALTER TABLE " + table + " DROP PARTITION (dt = '2024-01-01')"));
        assertFailed(failedDrop, "FAILED: SemanticException [Error 10006]: Partition not found (dt = '2024-01-01')");
        athena.run("ALTER TABLE " + table + " DROP IF EXISTS PARTITION (dt = '2024-01-01')");

        athena.run("ALTER TABLE " + table + " SET TBLPROPERTIES ('classification' = 'csv')");
        assertThat(athena.query("SHOW TBLPROPERTIES " + table + "('classification')")).containsExactly(List.of("csv"));

        QueryExecution replace = athena.run("ALTER TABLE " + table + " REPLACE COLUMNS (a string, b int)");
        assertThat(replace.substatementType()).isEqualTo("ALTER_TABLE_REPLACE_COLUMN");
        assertThat(athena.query("DESCRIBE " + table)).containsExactly(
                List.of("a                   \tstring              \t                    "),
                List.of("b                   \tint                 \t                    "),
                List.of("dt                  \tstring              \t                    "),
                List.of("\t \t "),
                List.of("# Partition Information\t \t "),
                List.of("# col_name            \tdata_type           \tcomment             "),
                List.of("\t \t "),
                List.of("dt                  \tstring              \t                    "));
        assertThat(athena.query("SELECT * FROM " + table)).containsExactly(List.of("a", "b", "dt"), List.of("z", "2", "2024-01-02"));

        QueryExecution drop = athena.run("DROP TABLE " + table);
        assertThat(drop.substatementType()).isEqualTo("DROP_TABLE");
        assertNoResult(drop.queryExecutionId());
        // Dropping an external table keeps its files, as on Athena.
        assertThat(Files.exists(local.dataDirectory().resolve("s3/" + BUCKET + "/" + table + "/dt=2024-01-02/data.csv"))).isTrue();
        assertFailed(athena.await(athena.start("DROP TABLE " + table)), "FAILED: SemanticException [Error 10001]: Table not found " + table);
        athena.run("DROP TABLE IF EXISTS " + table);
    }

    @Test
    void createAndDropDatabaseCascade()
    {
        String database = AthenaApi.uniqueName("cascade");
        QueryExecution create = athena.run("CREATE DATABASE IF NOT EXISTS " + database + " COMMENT 'for the test' WITH DBPROPERTIES ('owner' = 'tests')");
        assertThat(create.substatementType()).isEqualTo("CREATE_DATABASE");
        assertNoResult(create.queryExecutionId());
        athena.run("CREATE SCHEMA IF NOT EXISTS " + database);
        assertFailed(athena.await(athena.start("CREATE DATABASE " + database)),
                "FAILED: Execution Error, return code 1 from org.apache.hadoop.hive.ql.exec.DDLTask. Database " + database + " already exists");

        athena.run("CREATE EXTERNAL TABLE %s.t1 (a int) STORED AS PARQUET LOCATION 's3://%s/%s/t1/'".formatted(database, BUCKET, database));
        athena.run("CREATE EXTERNAL TABLE %s.t2 (a int) STORED AS ORC LOCATION 's3://%s/%s/t2/'".formatted(database, BUCKET, database));
        athena.run("INSERT INTO %s.t1 VALUES (1)".formatted(database));
        assertThat(athena.query("SHOW TABLES IN " + database)).containsExactly(List.of("t1"), List.of("t2"));

        assertFailed(athena.await(athena.start("DROP DATABASE " + database)),
                "FAILED: Execution Error, return code 1 from org.apache.hadoop.hive.ql.exec.DDLTask. InvalidOperationException(message:Database %s is not empty. One or more tables exist.)"
                        .formatted(database));
        QueryExecution drop = athena.run("DROP DATABASE " + database + " CASCADE");
        assertThat(drop.substatementType()).isEqualTo("DROP_DATABASE");
        assertThat(athena.query("SHOW DATABASES")).doesNotContain(List.of(database));
        assertFailed(athena.await(athena.start("DROP SCHEMA " + database)), "FAILED: SemanticException [Error 10072]: Database does not exist: " + database);
        athena.run("DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void icebergTableLifecycle()
    {
        String table = AthenaApi.uniqueName("ice");
        QueryExecution create = athena.run("""
                CREATE TABLE %s (id bigint, name string COMMENT 'who', category string, amount decimal(10,2))
                PARTITIONED BY (category, bucket(4, id))
                LOCATION 's3://%s/%s/'
                TBLPROPERTIES ('table_type' = 'ICEBERG', 'format' = 'parquet', 'write_compression' = 'snappy')""".formatted(table, BUCKET, table));
        assertThat(create.substatementType()).isEqualTo("CREATE_TABLE");
        assertNoResult(create.queryExecutionId());

        assertUpdateCount(athena.run("INSERT INTO " + table + " VALUES (1, 'a', 'x', DECIMAL '1.10'), (2, 'b', 'x', DECIMAL '2.20'), (3, 'c', 'y', DECIMAL '3.30')"), 3);
        QueryExecution update = athena.run("UPDATE " + table + " SET name = 'a-updated', amount = amount * 10 WHERE id = 1");
        assertThat(update.substatementType()).isEqualTo("UPDATE");
        assertUpdateCount(update, 1);
        assertUpdateCount(athena.run("DELETE FROM " + table + " WHERE id = 2"), 1);
        assertUpdateCount(athena.run("MERGE INTO " + table + " t USING (VALUES (3, 'c-merged'), (4, 'd-new')) AS s(id, name) ON t.id = s.id "
                + "WHEN MATCHED THEN UPDATE SET name = s.name "
                + "WHEN NOT MATCHED THEN INSERT (id, name, category, amount) VALUES (s.id, s.name, 'z', DECIMAL '4.40')"), 2);

        QueryExecution optimize = athena.run("OPTIMIZE " + table + " REWRITE DATA USING BIN_PACK WHERE category = 'x'");
        assertThat(optimize.statementType()).isEqualTo(StatementType.DDL);
        QueryExecution vacuum = athena.run("VACUUM " + table);
        assertThat(vacuum.substatementType()).isEqualTo("VACUUM_TABLE");

        assertThat(athena.query("SELECT * FROM " + table + " ORDER BY id")).containsExactly(
                List.of("id", "name", "category", "amount"),
                List.of("1", "a-updated", "x", "11.00"),
                List.of("3", "c-merged", "y", "3.30"),
                List.of("4", "d-new", "z", "4.40"));

        QueryExecution describe = athena.run("DESCRIBE " + table);
        assertThat(athena.client().getQueryResults(request -> request.queryExecutionId(describe.queryExecutionId())).updateCount()).isZero();
        assertThat(athena.rows(describe.queryExecutionId())).containsExactly(
                List.of("# Table schema:\t\t"),
                List.of("# col_name\tdata_type\tcomment"),
                List.of("id\tbigint\t"),
                List.of("name\tstring\twho"),
                List.of("category\tstring\t"),
                List.of("amount\tdecimal(10, 2)\t"),
                List.of("\t\t"),
                List.of("# Partition spec:\t\t"),
                List.of("# field_name\tfield_transform\tcolumn_name"),
                List.of("category\tidentity\tcategory"),
                List.of("id_bucket\tbucket[4]\tid"));
        assertThat(athena.query("SHOW COLUMNS IN " + table)).containsExactly(List.of("id"), List.of("name"), List.of("category"), List.of("amount"));
        assertThat(athena.query("SHOW TABLES '" + table + "'")).containsExactly(List.of(table));

        athena.run("DROP TABLE " + table);
        assertThat(athena.query("SHOW TABLES '" + table + "'")).isEmpty();
    }

    @Test
    void rejectedSynchronously()
    {
        assertRejected("CREATE TABLE " + AthenaApi.uniqueName("nowhere") + " (n int)", "MALFORMED_QUERY",
                "No location was specified for table. An S3 location must be specified");
        assertRejected("CREATE EXTERNAL TABLE x (n int) LOCATION 's3://%s/x/' TBLPROPERTIES ('table_type' = 'ICEBERG')".formatted(BUCKET), "MALFORMED_QUERY",
                "External keyword not supported for table type ICEBERG");
        assertRejected("DROP TABLE \"quoted\"", "MALFORMED_QUERY", "line 1:11: no viable alternative at input 'DROP TABLE \"quoted\"'");
        assertRejected("CREATE EXTERNAL TABLE x (n int NOT NULL) LOCATION 's3://%s/x/'".formatted(BUCKET), "MALFORMED_QUERY",
                "line 1:32: mismatched input 'NOT' expecting {')', ',', 'COMMENT'}");
        assertThatThrownBy(() -> athena.start("DESCRIBE no_such_table_here"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("INVALID_INPUT");
                    assertThat(e.awsErrorDetails().errorMessage()).matches(
                            "Entity Not Found \\(Service: AmazonDataCatalog; Status Code: 400; Error Code: EntityNotFoundException; Request ID: [0-9a-f-]{36}; Proxy: null\\)");
                });
        assertThatThrownBy(() -> athena.start("SHOW COLUMNS IN no_such_table_here"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.athenaErrorCode()).isEqualTo("INVALID_INPUT"));
    }

    @Test
    void failedAtRunTime()
    {
        QueryExecution parseError = athena.await(athena.start("MSCK REPAIR missing_table_keyword"));
        assertFailed(parseError, "FAILED: ParseException line 1:12 cannot recognize input near 'missing_table_keyword'");
        assertThat(parseError.statementType()).isEqualTo(StatementType.DDL);

        String table = AthenaApi.uniqueName("hive_rows");
        athena.run("CREATE EXTERNAL TABLE %s (a int) STORED AS PARQUET LOCATION 's3://%s/%s/'".formatted(table, BUCKET, table));
        athena.run("INSERT INTO " + table + " VALUES (1)");
        for (String modification : List.of("UPDATE " + table + " SET a = 2", "DELETE FROM " + table + " WHERE a = 1",
                "MERGE INTO " + table + " t USING (VALUES 1) s(a) ON t.a = s.a WHEN MATCHED THEN DELETE")) {
            QueryExecution failed = athena.await(athena.start(modification));
            assertThat(failed.status().state()).as(modification).isEqualTo(QueryExecutionState.FAILED);
            assertThat(failed.status().athenaError().errorMessage()).as(modification)
                    .isEqualTo("NOT_SUPPORTED: Modifying Hive table rows is only supported for transactional tables");
            assertThat(failed.status().athenaError().errorType()).isEqualTo(1200);
        }
    }

    private static void assertRejected(String sql, String errorCode, String message)
    {
        assertThatThrownBy(() -> athena.start(sql))
                .as(sql)
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo(errorCode);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
                });
    }

    private static void assertFailed(QueryExecution execution, String message)
    {
        assertThat(execution.status().state()).isEqualTo(QueryExecutionState.FAILED);
        assertThat(execution.status().athenaError().errorMessage()).isEqualTo(message).isEqualTo(execution.status().stateChangeReason());
        assertThat(execution.status().athenaError().errorCategory()).isEqualTo(1);
        assertThat(execution.status().athenaError().errorType()).isEqualTo(1003);
        assertThat(execution.status().athenaError().retryable()).isFalse();
        // A failed Hive-engine statement still answers GetQueryResults, with an empty result.
        GetQueryResultsResponse results = athena.client().getQueryResults(request -> request.queryExecutionId(execution.queryExecutionId()));
        assertThat(results.resultSet().rows()).isEmpty();
        assertThat(results.resultSet().resultSetMetadata()).isNull();
        assertThat(results.updateCount()).isNull();
    }

    private static void assertNoResult(String queryExecutionId)
    {
        GetQueryResultsResponse results = athena.client().getQueryResults(request -> request.queryExecutionId(queryExecutionId));
        assertThat(results.updateCount()).isNull();
        assertThat(results.resultSet().rows()).isEmpty();
        assertThat(results.resultSet().resultSetMetadata().columnInfo()).isEmpty();
    }

    private static void assertUpdateCount(QueryExecution execution, long expected)
    {
        assertThat(athena.client().getQueryResults(request -> request.queryExecutionId(execution.queryExecutionId())).updateCount()).isEqualTo(expected);
    }

    private static void assertColumns(String queryExecutionId, String... names)
    {
        List<ColumnInfo> columns = athena.client().getQueryResults(request -> request.queryExecutionId(queryExecutionId)).resultSet().resultSetMetadata().columnInfo();
        assertThat(columns).extracting(ColumnInfo::name).containsExactly(names);
        assertThat(columns).allSatisfy(column -> {
            assertThat(column.type()).isEqualTo("string");
            assertThat(column.precision()).isZero();
            assertThat(column.caseSensitive()).isFalse();
        });
    }

    private static void writeObject(String key, String content)
            throws IOException
    {
        Path file = local.dataDirectory().resolve("s3/" + BUCKET + "/" + key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
