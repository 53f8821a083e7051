package io.athena4j.local.server.hive;

import io.athena4j.local.server.hive.HiveDdl.AddPartitions;
import io.athena4j.local.server.hive.HiveDdl.CreateDatabase;
import io.athena4j.local.server.hive.HiveDdl.CreateTable;
import io.athena4j.local.server.hive.HiveDdl.Describe;
import io.athena4j.local.server.hive.HiveDdl.DropDatabase;
import io.athena4j.local.server.hive.HiveDdl.DropPartitions;
import io.athena4j.local.server.hive.HiveDdl.PartitionField;
import io.athena4j.local.server.hive.HiveDdl.ShowTableProperties;
import io.athena4j.local.server.hive.HiveDdl.ShowTables;
import io.athena4j.local.server.hive.HiveDdl.TableName;
import io.athena4j.local.server.hive.HiveDdl.UnsupportedAlter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestHiveDdlParser
{
    @Test
    void createExternalTableWithEveryClause()
            throws Exception
    {
        HiveDdl statement = HiveDdlParser.parse("""
                CREATE EXTERNAL TABLE IF NOT EXISTS `Sales`.events (
                  id bigint COMMENT 'the id',
                  `Name` string,
                  payload struct<a:int,b:array<string>>
                )
                COMMENT 'all events'
                PARTITIONED BY (dt string COMMENT 'day', region string)
                CLUSTERED BY (id) INTO 4 BUCKETS
                ROW FORMAT DELIMITED FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' COLLECTION ITEMS TERMINATED BY '\\002' MAP KEYS TERMINATED BY ':' NULL DEFINED AS ''
                STORED AS TEXTFILE
                LOCATION 's3://bucket/events/'
                TBLPROPERTIES ('skip.header.line.count'='1', "classification"="csv");
                """);
        CreateTable create = (CreateTable) statement;
        assertThat(create.external()).isTrue();
        assertThat(create.ifNotExists()).isTrue();
        assertThat(create.name()).isEqualTo(new TableName(Optional.of("sales"), "events"));
        assertThat(create.columns()).containsExactly(
                new HiveColumn("id", HiveType.parse("bigint"), Optional.of("the id")),
                new HiveColumn("name", HiveType.parse("string"), Optional.empty()),
                new HiveColumn("payload", HiveType.parse("struct<a:int,b:array<string>>"), Optional.empty()));
        assertThat(create.comment()).contains("all events");
        assertThat(create.partitionFields()).containsExactly(
                new PartitionField("dt", Optional.of(HiveType.parse("string")), Optional.of("day"), "identity", OptionalInt.empty()),
                new PartitionField("region", Optional.of(HiveType.parse("string")), Optional.empty(), "identity", OptionalInt.empty()));
        assertThat(create.clusteredBy()).containsExactly("id");
        assertThat(create.bucketCount()).hasValue(4);
        assertThat(create.serde()).contains(HiveFormats.LAZY_SIMPLE_SERDE);
        assertThat(create.serdeProperties()).containsExactly(
                Map.entry("field.delim", "\t"),
                Map.entry("serialization.format", "\t"),
                Map.entry("escape.delim", "\\"),
                Map.entry("collection.delim", "\u0002"),
                Map.entry("mapkey.delim", ":"),
                Map.entry("serialization.null.format", ""));
        assertThat(create.storedAs()).contains("TEXTFILE");
        assertThat(create.location()).contains("s3://bucket/events/");
        assertThat(create.tableProperties()).containsExactly(Map.entry("skip.header.line.count", "1"), Map.entry("classification", "csv"));
        assertThat(create.isIceberg()).isFalse();
    }

    @Test
    void createTableWithSerdeAndFormats()
            throws Exception
    {
        CreateTable create = (CreateTable) HiveDdlParser.parse("""
                CREATE EXTERNAL TABLE t (a string)
                ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.OpenCSVSerde'
                WITH SERDEPROPERTIES ('separatorChar' = ',', 'quoteChar' = '"')
                STORED AS INPUTFORMAT 'org.apache.hadoop.mapred.TextInputFormat' OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'
                LOCATION 's3://bucket/t'""");
        assertThat(create.serde()).contains(HiveFormats.OPEN_CSV_SERDE);
        assertThat(create.serdeProperties()).containsExactly(Map.entry("separatorChar", ","), Map.entry("quoteChar", "\""));
        assertThat(create.inputFormat()).contains(HiveFormats.TEXT_INPUT_FORMAT);
        assertThat(create.outputFormat()).contains(HiveFormats.TEXT_OUTPUT_FORMAT);
    }

    @Test
    void icebergPartitionTransforms()
            throws Exception
    {
        CreateTable create = (CreateTable) HiveDdlParser.parse("""
                CREATE TABLE ice (id bigint, category string, ts timestamp, s string)
                PARTITIONED BY (category, bucket(16, id), day(ts), truncate(3, s))
                LOCATION 's3://bucket/ice/'
                TBLPROPERTIES ('table_type'='ICEBERG', 'format'='parquet')""");
        assertThat(create.isIceberg()).isTrue();
        assertThat(create.partitionFields()).extracting(HiveDdlService::trinoPartitioning)
                .containsExactly("category", "bucket(id, 16)", "day(ts)", "truncate(s, 3)");
        assertThat(create.partitionFields()).extracting(HiveDdlService::athenaPartitioning)
                .containsExactly("category", "bucket(16, id)", "day(ts)", "truncate(3, s)");
    }

    @Test
    void otherStatements()
            throws Exception
    {
        assertThat(HiveDdlParser.parse("CREATE DATABASE IF NOT EXISTS sales COMMENT 'c' LOCATION 's3://b/sales/' WITH DBPROPERTIES ('creator'='me')"))
                .isEqualTo(new CreateDatabase(true, "sales", Optional.of("c"), Optional.of("s3://b/sales/"), Map.of("creator", "me")));
        assertThat(HiveDdlParser.parse("DROP SCHEMA IF EXISTS sales CASCADE")).isEqualTo(new DropDatabase(true, "sales", true));
        assertThat(HiveDdlParser.parse("ALTER TABLE t ADD IF NOT EXISTS PARTITION (dt='2024-01-01', n=3) LOCATION 's3://b/x/' PARTITION (dt='2024-01-02', n=4)"))
                .isEqualTo(new AddPartitions(new TableName(Optional.empty(), "t"), true, List.of(
                        new HiveDdl.PartitionSpec(Map.of("dt", "2024-01-01", "n", "3"), Optional.of("s3://b/x/")),
                        new HiveDdl.PartitionSpec(Map.of("dt", "2024-01-02", "n", "4"), Optional.empty()))));
        assertThat(HiveDdlParser.parse("ALTER TABLE t DROP IF EXISTS PARTITION (dt='a'), PARTITION (dt='b')"))
                .isInstanceOfSatisfying(DropPartitions.class, drop -> assertThat(drop.partitions()).hasSize(2));
        assertThat(HiveDdlParser.parse("ALTER TABLE t DROP COLUMN c")).isEqualTo(new UnsupportedAlter(new TableName(Optional.empty(), "t"), "DROP COLUMN C"));
        assertThat(HiveDdlParser.parse("SHOW TABLES IN sales 'ev*'")).isEqualTo(new ShowTables(Optional.of("sales"), Optional.of("ev*")));
        assertThat(HiveDdlParser.parse("SHOW TBLPROPERTIES t('classification')"))
                .isEqualTo(new ShowTableProperties(new TableName(Optional.empty(), "t"), Optional.of("classification")));
        assertThat(HiveDdlParser.parse("DESCRIBE FORMATTED db.t")).isEqualTo(new Describe(new TableName(Optional.of("db"), "t"), true));
        assertThat(HiveDdlParser.parse("DESCRIBE AwsDataCatalog.db.t")).isEqualTo(new Describe(new TableName(Optional.of("db"), "t"), false));
        assertThat(HiveDdlParser.parse("SHOW TABLES IN awsdatacatalog.sales")).isEqualTo(new ShowTables(Optional.of("sales"), Optional.empty()));
        assertThatThrownBy(() -> HiveDdlParser.parse("DROP TABLE other.db.t")).hasMessage(
                "FAILED: ParseException line 1:11 catalog 'other' does not exist; the local Athena has one catalog, AwsDataCatalog");
        assertThat(HiveDdlParser.parse("DESC formatted")).isEqualTo(new Describe(new TableName(Optional.empty(), "formatted"), false));
    }

    @Test
    void synchronousRejections()
    {
        assertThatThrownBy(() -> HiveDdlParser.parse("CREATE TABLE x (n int)"))
                .isInstanceOfSatisfying(HiveRejection.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("MALFORMED_QUERY");
                    assertThat(e.getMessage()).isEqualTo("No location was specified for table. An S3 location must be specified");
                });
        assertThatThrownBy(() -> HiveDdlParser.parse("CREATE EXTERNAL TABLE x (n int) LOCATION 's3://b/x/' TBLPROPERTIES ('table_type'='ICEBERG')"))
                .hasMessage("External keyword not supported for table type ICEBERG");
        assertThatThrownBy(() -> HiveDdlParser.parse("DROP TABLE \"t\""))
                .isInstanceOfSatisfying(HiveRejection.class, e -> assertThat(e.athenaErrorCode()).isEqualTo("MALFORMED_QUERY"))
                .hasMessage("line 1:11: no viable alternative at input 'DROP TABLE \"t\"'");
        assertThatThrownBy(() -> HiveDdlParser.parse("CREATE EXTERNAL TABLE x (n int NOT NULL) LOCATION 's3://b/x/'"))
                .isInstanceOf(HiveRejection.class)
                .hasMessage("line 1:32: mismatched input 'NOT' expecting {')', ',', 'COMMENT'}");
    }

    @Test
    void parseErrorsAreHiveParseExceptions()
    {
        assertThatThrownBy(() -> HiveDdlParser.parse("CREATE EXTERNAL TABLE x (n int LOCATION 's3://b/x/'"))
                .isInstanceOf(HiveParseException.class)
                .hasMessage("FAILED: ParseException line 1:31 cannot recognize input near 'LOCATION'");
        assertThatThrownBy(() -> HiveDdlParser.parse("MSCK REPAIR t"))
                .hasMessage("FAILED: ParseException line 1:12 cannot recognize input near 't'");
    }
}
