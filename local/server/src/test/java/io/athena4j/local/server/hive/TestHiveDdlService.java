package io.athena4j.local.server.hive;

import io.athena4j.local.server.sql.S3Locations;
import io.athena4j.local.server.sql.StatementClassifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static io.trino.type.InternalTypeManager.TESTING_TYPE_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestHiveDdlService
{
    @TempDir
    Path dataDirectory;

    private HiveDdlService service;

    @BeforeEach
    void setUp()
    {
        service = new HiveDdlService(dataDirectory, new S3Locations(), TESTING_TYPE_MANAGER);
    }

    @Test
    void handlesHiveDdlAndIcebergMaintenance()
    {
        assertThat(handles("CREATE EXTERNAL TABLE t (a int) LOCATION 's3://b/t/'")).isTrue();
        assertThat(handles("MSCK REPAIR TABLE t")).isTrue();
        assertThat(handles("SHOW PARTITIONS t")).isTrue();
        assertThat(handles("OPTIMIZE t REWRITE DATA USING BIN_PACK")).isTrue();
        assertThat(handles("vacuum t")).isTrue();
        assertThat(handles("-- maintenance\n/* weekly */ OPTIMIZE t REWRITE DATA USING BIN_PACK")).isTrue();
        assertThat(handles("SELECT 1")).isFalse();
        assertThat(handles("CREATE TABLE t AS SELECT 1 AS a")).isFalse();
        assertThat(handles("INSERT INTO t VALUES 1")).isFalse();
    }

    private static boolean handles(String sql)
    {
        return HiveDdlService.handles(sql, StatementClassifier.classify(sql));
    }

    @Test
    void createExternalCsvTable()
            throws Exception
    {
        RecordingHiveSession session = new RecordingHiveSession().withDatabase("default");
        run("""
                CREATE EXTERNAL TABLE `logs` (id int COMMENT 'row id', msg string)
                PARTITIONED BY (dt string)
                ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.OpenCSVSerde'
                WITH SERDEPROPERTIES ('separatorChar' = ';', 'quoteChar' = '"', 'escapeChar' = '\\\\')
                LOCATION 's3://data-bucket/logs/'
                TBLPROPERTIES ('skip.header.line.count' = '1', 'classification' = 'csv')""", session);
        assertThat(session.changes()).containsExactly("""
                CREATE TABLE awsdatacatalog."default"."logs" (
                  "id" varchar COMMENT 'row id',
                  "msg" varchar,
                  "dt" varchar)
                WITH (
                  external_location = 'local:///s3/data-bucket/logs/',
                  format = 'CSV',
                  partitioned_by = ARRAY['dt'],
                  csv_separator = ';',
                  csv_quote = '"',
                  csv_escape = '\\',
                  skip_header_line_count = 1)""");
        assertThat(Files.isDirectory(dataDirectory.resolve("s3/data-bucket/logs"))).isTrue();

        HiveTableDescription table = new TableMetadataStore(dataDirectory).load("default", "logs").orElseThrow();
        assertThat(table.columns()).extracting(column -> column.type().hiveSpelling()).containsExactly("int", "string");
        assertThat(table.parameters()).containsAllEntriesOf(Map.of(
                "EXTERNAL", "TRUE",
                "location", "s3://data-bucket/logs/",
                "inputformat", "org.apache.hadoop.mapred.TextInputFormat",
                "outputformat", "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
                "serde.serialization.lib", "org.apache.hadoop.hive.serde2.OpenCSVSerde",
                "serde.param.separatorChar", ";",
                "skip.header.line.count", "1",
                "classification", "csv"));
    }

    @Test
    void createParquetTableWithNestedTypesAndBuckets()
            throws Exception
    {
        RecordingHiveSession session = new RecordingHiveSession().withDatabase("sales");
        run("""
                CREATE EXTERNAL TABLE sales.orders (id bigint, items array<struct<sku:string,qty:int>>, price decimal(10,2), at timestamp, f float, raw binary)
                COMMENT 'orders'
                CLUSTERED BY (id) INTO 8 BUCKETS
                STORED AS PARQUET
                LOCATION 's3://data-bucket/orders'""", session);
        assertThat(session.changes()).containsExactly("""
                CREATE TABLE awsdatacatalog."sales"."orders" (
                  "id" bigint,
                  "items" array(row("sku" varchar, "qty" integer)),
                  "price" decimal(10,2),
                  "at" timestamp(3),
                  "f" real,
                  "raw" varbinary)
                COMMENT 'orders'
                WITH (
                  external_location = 'local:///s3/data-bucket/orders',
                  format = 'PARQUET',
                  bucketed_by = ARRAY['id'],
                  bucket_count = 8)""");
    }

    @Test
    void createDelimitedAndJsonTables()
            throws Exception
    {
        RecordingHiveSession session = new RecordingHiveSession().withDatabase("default");
        run("CREATE EXTERNAL TABLE t (a string) ROW FORMAT DELIMITED FIELDS TERMINATED BY '|' LOCATION 's3://data-bucket/t/'", session);
        run("CREATE EXTERNAL TABLE j (a string) ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe' LOCATION 's3://data-bucket/j/'", session);
        run("CREATE EXTERNAL TABLE h (a string) ROW FORMAT SERDE 'org.apache.hive.hcatalog.data.JsonSerDe' LOCATION 's3://data-bucket/h/'", session);
        assertThat(session.changes()).satisfiesExactly(
                text -> assertThat(text).contains("format = 'TEXTFILE'", "textfile_field_separator = '|'"),
                json -> assertThat(json).contains("format = 'OPENX_JSON'"),
                json -> assertThat(json).contains("format = 'JSON'"));
    }

    @Test
    void createIcebergTable()
            throws Exception
    {
        RecordingHiveSession session = new RecordingHiveSession().withDatabase("default");
        run("""
                CREATE TABLE ice (id bigint, category string, ts timestamp, s varchar(10), m map<string,int>)
                PARTITIONED BY (category, bucket(16, id), day(ts), truncate(3, s))
                LOCATION 's3://data-bucket/ice/'
                TBLPROPERTIES ('table_type' = 'ICEBERG', 'format' = 'orc', 'write_compression' = 'zstd')""", session);
        assertThat(session.changes()).containsExactly("""
                CREATE TABLE iceberg."default"."ice" (
                  "id" bigint,
                  "category" varchar,
                  "ts" timestamp(6),
                  "s" varchar,
                  "m" map(varchar, integer))
                WITH (
                  location = 'local:///s3/data-bucket/ice/',
                  format = 'ORC',
                  compression_codec = 'ZSTD',
                  partitioning = ARRAY['category', 'bucket(id, 16)', 'day(ts)', 'truncate(s, 3)'])""");
    }

    @Test
    void partitionsAndRepair()
            throws Exception
    {
        RecordingHiveSession session = new RecordingHiveSession().withDatabase("default");
        run("CREATE EXTERNAL TABLE p (a string) PARTITIONED BY (dt string, region string) STORED AS PARQUET LOCATION 's3://data-bucket/p'", session);
        session.withTable("default", "p")
                .answer("\"p$partitions\"", List.of(List.of("2024-01-01", "eu")));
        RecordingHiveSession alter = copy(session);
        run("ALTER TABLE p ADD IF NOT EXISTS PARTITION (dt = '2024-01-01', region = 'eu') PARTITION (region = 'us', dt = '2024-01-02')", alter);
        assertThat(alter.changes()).containsExactly(
                "CALL awsdatacatalog.system.register_partition(schema_name => 'default', table_name => 'p', partition_columns => ARRAY['dt', 'region'], "
                        + "partition_values => ARRAY['2024-01-02', 'us'], location => 'local:///s3/data-bucket/p/dt=2024-01-02/region=us')");
        assertThat(Files.isDirectory(dataDirectory.resolve("s3/data-bucket/p/dt=2024-01-02/region=us"))).isTrue();

        RecordingHiveSession drop = copy(session);
        run("ALTER TABLE p DROP PARTITION (dt = '2024-01-01', region = 'eu')", drop);
        assertThat(drop.changes()).containsExactly(
                "CALL awsdatacatalog.system.unregister_partition(schema_name => 'default', table_name => 'p', partition_columns => ARRAY['dt', 'region'], partition_values => ARRAY['2024-01-01', 'eu'])");

        assertThatThrownBy(() -> run("ALTER TABLE p DROP PARTITION (dt = '2000-01-01', region = 'eu')", copy(session)))
                .isInstanceOfSatisfying(HiveDdlException.class, e -> {
                    assertThat(e.error().category()).isEqualTo(1);
                    assertThat(e.error().type()).isEqualTo(1003);
                })
                .hasMessage("FAILED: SemanticException [Error 10006]: Partition not found (dt = '2000-01-01', region = 'eu')");

        RecordingHiveSession repair = copy(session);
        run("MSCK REPAIR TABLE p", repair);
        assertThat(repair.changes()).containsExactly("CALL awsdatacatalog.system.sync_partition_metadata(schema_name => 'default', table_name => 'p', mode => 'ADD')");

        HiveResult partitions = run("SHOW PARTITIONS p", copy(session));
        assertThat(partitions.rows()).containsExactly("dt=2024-01-01/region=eu");
        assertThat(partitions.columns()).extracting(column -> column.name() + ":" + column.type()).containsExactly("partition:string");
        assertThat(partitions.updateCount()).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void describeHiveTable()
            throws Exception
    {
        RecordingHiveSession session = new RecordingHiveSession().withDatabase("default");
        run("CREATE EXTERNAL TABLE d (n int COMMENT 'abc', s struct<a:int,b:string>) PARTITIONED BY (p string COMMENT 'pc') STORED AS ORC LOCATION 's3://data-bucket/d/'", session);
        session.withTable("default", "d");
        HiveResult describe = run("DESCRIBE d", session);
        assertThat(describe.rows()).containsExactly(
                "n                   \tint                 \tabc                 ",
                "s                   \tstruct<a:int,b:string>\t                    ",
                "p                   \tstring              \tpc                  ",
                "\t \t ",
                "# Partition Information\t \t ",
                "# col_name            \tdata_type           \tcomment             ",
                "\t \t ",
                "p                   \tstring              \tpc                  ");
        assertThat(describe.columns()).extracting(column -> column.name()).containsExactly("col_name", "data_type", "comment");
        assertThat(describe.updateCount()).isEmpty();

        assertThat(run("SHOW COLUMNS IN d", session).rows()).containsExactly("n                   ", "s                   ", "p                   ");
        assertThat(run("SHOW CREATE TABLE d", session).rows()).containsExactly(
                "CREATE EXTERNAL TABLE `d`(",
                "  `n` int COMMENT 'abc', ",
                "  `s` struct<a:int,b:string>)",
                "PARTITIONED BY ( ",
                "  `p` string COMMENT 'pc')",
                "ROW FORMAT SERDE ",
                "  'org.apache.hadoop.hive.ql.io.orc.OrcSerde' ",
                "STORED AS INPUTFORMAT ",
                "  'org.apache.hadoop.hive.ql.io.orc.OrcInputFormat' ",
                "OUTPUTFORMAT ",
                "  'org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat'",
                "LOCATION",
                "  's3://data-bucket/d/'",
                "TBLPROPERTIES (",
                "  'transient_lastDdlTime'='%s')".formatted(new TableMetadataStore(dataDirectory).load("default", "d").orElseThrow().createTime()));
    }

    @Test
    void describeIcebergTable()
            throws Exception
    {
        RecordingHiveSession session = new RecordingHiveSession().withDatabase("default");
        run("CREATE TABLE i (n int COMMENT 'abc', s string, d decimal(10,2), st struct<a:int,b:string>) PARTITIONED BY (s, bucket(4, n)) LOCATION 's3://data-bucket/i/' "
                + "TBLPROPERTIES ('table_type'='ICEBERG')", session);
        session.withTable("default", "i");
        HiveResult describe = run("DESCRIBE i", session);
        assertThat(describe.rows()).containsExactly(
                "# Table schema:\t\t",
                "# col_name\tdata_type\tcomment",
                "n\tint\tabc",
                "s\tstring\t",
                "d\tdecimal(10, 2)\t",
                "st\tstruct<a: int, b: string>\t",
                "\t\t",
                "# Partition spec:\t\t",
                "# field_name\tfield_transform\tcolumn_name",
                "s\tidentity\ts",
                "n_bucket\tbucket[4]\tn");
        assertThat(describe.updateCount()).hasValue(0);
        assertThat(run("SHOW COLUMNS FROM i", session).rows()).containsExactly("n", "s", "d", "st");
    }

    @Test
    void describeOfMissingTableIsRejectedSynchronously()
    {
        RecordingHiveSession session = new RecordingHiveSession().withDatabase("default");
        assertThatThrownBy(() -> service.plan("DESCRIBE nope", "default", session))
                .isInstanceOfSatisfying(HiveRejection.class, e -> assertThat(e.athenaErrorCode()).isEqualTo("INVALID_INPUT"))
                .hasMessageMatching("Entity Not Found \\(Service: AmazonDataCatalog; Status Code: 400; Error Code: EntityNotFoundException; Request ID: [0-9a-f-]{36}; Proxy: null\\)");
        assertThatThrownBy(() -> service.plan("SHOW COLUMNS IN nope", "default", session)).isInstanceOf(HiveRejection.class);
    }

    @Test
    void tablePropertiesAndColumns()
            throws Exception
    {
        RecordingHiveSession session = new RecordingHiveSession().withDatabase("default");
        run("CREATE EXTERNAL TABLE t (a int) STORED AS PARQUET LOCATION 's3://data-bucket/t/' TBLPROPERTIES ('parquet.compression'='SNAPPY')", session);
        session.withTable("default", "t");
        run("ALTER TABLE t SET TBLPROPERTIES ('classification'='parquet')", session);
        RecordingHiveSession add = copy(session);
        run("ALTER TABLE t ADD COLUMNS (b string COMMENT 'new', c array<int>)", add);
        assertThat(add.changes()).containsExactly(
                "ALTER TABLE awsdatacatalog.\"default\".\"t\" ADD COLUMN \"b\" varchar COMMENT 'new'",
                "ALTER TABLE awsdatacatalog.\"default\".\"t\" ADD COLUMN \"c\" array(integer)");
        RecordingHiveSession replace = copy(session);
        run("ALTER TABLE t REPLACE COLUMNS (a int, d string)", replace);
        assertThat(replace.changes()).containsExactly(
                "ALTER TABLE awsdatacatalog.\"default\".\"t\" ADD COLUMN \"d\" varchar",
                "ALTER TABLE awsdatacatalog.\"default\".\"t\" DROP COLUMN \"b\"",
                "ALTER TABLE awsdatacatalog.\"default\".\"t\" DROP COLUMN \"c\"");
        HiveResult properties = run("SHOW TBLPROPERTIES t", session);
        long time = new TableMetadataStore(dataDirectory).load("default", "t").orElseThrow().createTime();
        assertThat(properties.rows()).containsExactly("EXTERNAL\tTRUE", "classification\tparquet", "parquet.compression\tSNAPPY", "transient_lastDdlTime\t" + time);
        assertThat(run("SHOW TBLPROPERTIES t('classification')", session).rows()).containsExactly("parquet");
        assertThat(run("SHOW TBLPROPERTIES t('nope')", session).rows()).containsExactly("Table default.t does not have property: nope");
    }

    @Test
    void databasesAndDrops()
            throws Exception
    {
        RecordingHiveSession session = new RecordingHiveSession();
        run("CREATE DATABASE IF NOT EXISTS sales COMMENT 'numbers' LOCATION 's3://data-bucket/sales/' WITH DBPROPERTIES ('owner'='me')", session);
        assertThat(session.changes()).containsExactly("CREATE SCHEMA awsdatacatalog.\"sales\" WITH (location = 'local:///s3/data-bucket/sales/')");
        assertThat(new TableMetadataStore(dataDirectory).loadDatabase("sales").orElseThrow().properties()).containsExactly(Map.entry("owner", "me"));

        RecordingHiveSession cascade = new RecordingHiveSession().withDatabase("sales")
                .answer("SELECT table_name, table_type FROM", List.of(List.of("a", "BASE TABLE"), List.of("v", "VIEW")))
                .withTable("sales", "a")
                .answer("SHOW CREATE TABLE", List.of(List.of("CREATE TABLE awsdatacatalog.sales.a (\n   x integer\n)\nWITH (\n   format = 'ORC'\n)")));
        run("DROP DATABASE sales CASCADE", cascade);
        assertThat(cascade.changes()).containsExactly("DROP TABLE awsdatacatalog.\"sales\".\"a\"", "DROP VIEW awsdatacatalog.\"sales\".\"v\"", "DROP SCHEMA awsdatacatalog.\"sales\"");

        RecordingHiveSession restrict = new RecordingHiveSession().withDatabase("sales")
                .answer("SELECT table_name, table_type FROM", List.of(List.of("a", "BASE TABLE")));
        assertThatThrownBy(() -> run("DROP DATABASE sales", restrict))
                .hasMessage("FAILED: Execution Error, return code 1 from org.apache.hadoop.hive.ql.exec.DDLTask. InvalidOperationException(message:Database sales is not empty. One or more tables exist.)");
        assertThatThrownBy(() -> run("DROP DATABASE nope", new RecordingHiveSession()))
                .hasMessage("FAILED: SemanticException [Error 10072]: Database does not exist: nope");
        assertThatThrownBy(() -> run("DROP TABLE nope", new RecordingHiveSession()))
                .hasMessage("FAILED: SemanticException [Error 10001]: Table not found nope");
        run("DROP TABLE IF EXISTS nope", new RecordingHiveSession());
    }

    @Test
    void showTablesAndDatabasesFilterWithHivePatterns()
            throws Exception
    {
        RecordingHiveSession session = new RecordingHiveSession().withDatabase("default")
                .answer("SELECT table_name FROM awsdatacatalog.information_schema.tables", List.of(List.of("events"), List.of("orders"), List.of("events_2024")))
                .answer("SELECT schema_name FROM awsdatacatalog.information_schema.schemata WHERE schema_name <>", List.of(List.of("default"), List.of("sales")));
        assertThat(run("SHOW TABLES", session).rows()).containsExactly("events", "orders", "events_2024");
        assertThat(run("SHOW TABLES 'EV*'", session).rows()).containsExactly("events", "events_2024");
        assertThat(run("SHOW TABLES IN default 'orders|events'", session).rows()).containsExactly("events", "orders");
        assertThat(run("SHOW DATABASES", session).rows()).containsExactly("default", "sales");
        assertThat(run("SHOW SCHEMAS LIKE 'sal.*'", session).rows()).containsExactly("sales");
        assertThat(run("SHOW DATABASES LIKE '*'", session).rows()).containsExactly("default", "sales");
    }

    @Test
    void icebergMaintenance()
            throws Exception
    {
        RecordingHiveSession session = new RecordingHiveSession();
        run("OPTIMIZE db.t REWRITE DATA USING BIN_PACK WHERE category = 'a';", session);
        run("VACUUM t", session);
        assertThat(session.changes()).containsExactly(
                "ALTER TABLE iceberg.\"db\".\"t\" EXECUTE optimize WHERE category = 'a'",
                "ALTER TABLE iceberg.\"default\".\"t\" EXECUTE expire_snapshots(retention_threshold => '7d')",
                "ALTER TABLE iceberg.\"default\".\"t\" EXECUTE remove_orphan_files(retention_threshold => '7d')");
    }

    @Test
    void parseErrorsFailTheQuery()
    {
        assertThatThrownBy(() -> run("SHOW PARTITIONS", new RecordingHiveSession()))
                .isInstanceOfSatisfying(HiveDdlException.class, e -> assertThat(e.error().type()).isEqualTo(1003))
                .hasMessage("FAILED: ParseException line 1:15 cannot recognize input near '<EOF>' '<EOF>' '<EOF>'");
    }

    private HiveResult run(String sql, HiveSession session)
            throws HiveRejection
    {
        return service.plan(sql, "default", session).execute(session);
    }

    private static RecordingHiveSession copy(RecordingHiveSession session)
    {
        RecordingHiveSession copy = new RecordingHiveSession();
        session.answers().forEach(copy::answer);
        return copy;
    }
}
