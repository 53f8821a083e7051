package io.athena4j.it.guide;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalAdmin;
import io.athena4j.local.FaultSpec;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;
import software.amazon.awssdk.services.athena.model.Row;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/local-athena.md: starting it from Java, its S3 endpoint, its admin API and the Hive/Iceberg DDL example. */
class LocalAthenaGuideTest
{
    private static final String DDL_EXAMPLE = """
            -- Files already in "S3" (<data-dir>/s3/my-bucket/events/dt=2024-01-01/part-0.csv), read in place.
            CREATE EXTERNAL TABLE IF NOT EXISTS `events` (
              `id` string COMMENT 'event id',
              `name` string)
            PARTITIONED BY (dt string)
            ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.OpenCSVSerde'
            WITH SERDEPROPERTIES ('separatorChar' = ',', 'quoteChar' = '"')
            LOCATION 's3://my-bucket/events/'
            TBLPROPERTIES ('skip.header.line.count' = '1');

            MSCK REPAIR TABLE events;                       -- registers dt=... directories as partitions
            SELECT * FROM events WHERE dt = '2024-01-01';

            CREATE EXTERNAL TABLE orders (id int, items array<struct<sku:string,qty:int>>, price decimal(10,2))
            PARTITIONED BY (dt string) STORED AS PARQUET LOCATION 's3://my-bucket/orders/';
            INSERT INTO orders VALUES (1, ARRAY[ROW('a', 2)], DECIMAL '9.99', '2024-01-01');

            CREATE TABLE ice (id bigint, category string, ts timestamp)
            PARTITIONED BY (category, bucket(16, id), day(ts))
            LOCATION 's3://my-bucket/ice/'
            TBLPROPERTIES ('table_type' = 'ICEBERG', 'format' = 'parquet', 'write_compression' = 'zstd');
            UPDATE ice SET category = 'b' WHERE id = 1;     -- also DELETE, MERGE INTO
            OPTIMIZE ice REWRITE DATA USING BIN_PACK WHERE category = 'b';
            VACUUM ice;
            """;

    @Test
    void fromJavaCode()
    {
        try (AthenaLocal athena = AthenaLocal.start()) {          // a fresh temporary data directory, removed on close
            AthenaClient client = AthenaClient.builder()
                    .endpointOverride(athena.endpoint())
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .build();
            // ... exactly as against Amazon Athena
            String queryExecutionId = run(client, "SELECT 'hello' AS greeting");

            S3Client s3 = S3Client.builder()
                    .endpointOverride(athena.endpoint())
                    .forcePathStyle(true)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .build();
            String csv = s3.getObjectAsBytes(r -> r.bucket("my-results").key("queries/" + queryExecutionId + ".csv")).asUtf8String();
            assertThat(csv).isEqualTo("\"greeting\"\n\"hello\"\n");

            athena.admin().resetCallCounts();
            AthenaLocalAdmin admin = athena.admin();
            admin.injectFaults(FaultSpec.throttle().operation("GetQueryExecution").times(2),
                    FaultSpec.slowQuery(Duration.ofSeconds(3)).queryContains("big_table"));
            // ... the SDK retries the two throttled calls by itself ...
            QueryExecutionStatus status = client.getQueryExecution(r -> r.queryExecutionId(queryExecutionId)).queryExecution().status();
            assertThat(status.state()).isEqualTo(QueryExecutionState.SUCCEEDED);
            assertThat(admin.callCount("GetQueryExecution")).isEqualTo(3);
            admin.clearFaults();
            admin.resetCallCounts();

            s3.createBucket(r -> r.bucket("my-bucket"));
            s3.putObject(r -> r.bucket("my-bucket").key("events/dt=2024-01-01/part-0.csv"),
                    RequestBody.fromString("id,name\n1,signup\n2,\"login, again\"\n"));
            List<String> events = List.of();
            for (String statement : statements(DDL_EXAMPLE)) {
                String id = run(client, statement);
                if (statement.startsWith("SELECT")) {
                    events = rows(client, id);
                }
            }
            assertThat(events).containsExactly("id|name|dt", "1|signup|2024-01-01", "2|login, again|2024-01-01");
            client.close();
            s3.close();
        }
    }

    /** The example's statements, one at a time (Athena runs one statement per query), without the comments. */
    private static List<String> statements(String script)
    {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : script.split("\n")) {
            String code = line.replaceFirst("--.*$", "").strip();
            statement.append(code).append('\n');
            if (code.endsWith(";")) {
                statements.add(statement.toString().strip().replaceFirst(";$", ""));
                statement.setLength(0);
            }
        }
        assertThat(statement.toString()).isBlank();
        return statements;
    }

    private static String run(AthenaClient client, String sql)
    {
        String id = client.startQueryExecution(r -> r.queryString(sql).resultConfiguration(c -> c.outputLocation("s3://my-results/queries/")))
                .queryExecutionId();
        while (true) {
            QueryExecutionStatus status = client.getQueryExecution(r -> r.queryExecutionId(id)).queryExecution().status();
            switch (status.state()) {
                case SUCCEEDED -> {
                    return id;
                }
                case FAILED, CANCELLED -> throw new AssertionError(sql + " ended " + status.state() + ": " + status.stateChangeReason());
                default -> sleep();
            }
        }
    }

    private static void sleep()
    {
        try {
            Thread.sleep(20);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a query", e);
        }
    }

    private static List<String> rows(AthenaClient client, String queryExecutionId)
    {
        List<String> rows = new ArrayList<>();
        for (Row row : client.getQueryResults(r -> r.queryExecutionId(queryExecutionId)).resultSet().rows()) {
            rows.add(String.join("|", row.data().stream().map(datum -> datum.varCharValue()).toList()));
        }
        return rows;
    }
}
