package io.athena4j.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.Column;
import software.amazon.awssdk.services.athena.model.DataCatalogType;
import software.amazon.awssdk.services.athena.model.Database;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.ListDatabasesResponse;
import software.amazon.awssdk.services.athena.model.ListTableMetadataResponse;
import software.amazon.awssdk.services.athena.model.MetadataException;
import software.amazon.awssdk.services.athena.model.TableMetadata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog APIs through the SDK, on tables made with Trino-syntax CTAS and CREATE VIEW: Hive and Iceberg tables,
 * views, Hive type spellings, parameters, paging and errors.
 */
@AthenaLocalTest
final class CatalogApiTest
{
    private static final String DATABASE = AthenaApi.uniqueName("catalog");
    private static AthenaApi athena;
    private static AthenaClient client;
    private static Instant createdAfter;
    private static URI endpoint;

    @BeforeAll
    static void createTables(AthenaLocal local)
    {
        endpoint = local.endpoint();
        athena = new AthenaApi(local.endpoint());
        client = athena.client();
        createdAfter = Instant.now().minusSeconds(5);
        athena.run("CREATE SCHEMA " + DATABASE);
        athena.run("CREATE TABLE " + DATABASE + ".sales_hive WITH (format = 'PARQUET', external_location = 's3://athena4j-test-data/" + DATABASE + "/sales_hive/', partitioned_by = ARRAY['dt']) AS "
                + "SELECT 1 AS id, CAST('x' AS varchar) AS name, ARRAY[CAST('a' AS varchar)] AS tags, CAST(ROW(1) AS ROW(a integer)) AS st, "
                + "CAST(1.5 AS decimal(10,2)) AS amount, MAP(ARRAY[CAST('k' AS varchar)], ARRAY[1]) AS m, REAL '1.5' AS r, TIMESTAMP '2020-01-01 00:00:00.000' AS ts, "
                + "CAST('2024-01-01' AS varchar) AS dt");
        athena.run("CREATE TABLE iceberg." + DATABASE + ".sales_iceberg WITH (location = 's3://athena4j-test-data/" + DATABASE + "/sales_iceberg') AS "
                + "SELECT 1 AS id, CAST('x' AS varchar) AS name, TIMESTAMP '2020-01-01 00:00:00.123456' AS ts");
        athena.run("CREATE VIEW " + DATABASE + ".sales_view AS SELECT id, name FROM " + DATABASE + ".sales_hive");
        athena.run("CREATE TABLE " + DATABASE + ".orders WITH (format = 'TEXTFILE', textfile_field_separator = '|', external_location = 's3://athena4j-test-data/" + DATABASE + "/orders/') AS "
                + "SELECT BIGINT '1' AS order_id");
    }

    @AfterAll
    static void disconnect()
    {
        athena.close();
    }

    @Test
    void dataCatalogs()
    {
        assertThat(client.listDataCatalogs(request -> {}).dataCatalogsSummary()).singleElement().satisfies(summary -> {
            assertThat(summary.catalogName()).isEqualTo("AwsDataCatalog");
            assertThat(summary.type()).isEqualTo(DataCatalogType.GLUE);
        });
        assertThat(client.getDataCatalog(request -> request.name("awsdatacatalog")).dataCatalog().name()).isEqualTo("AwsDataCatalog");
        assertThatThrownBy(() -> client.getDataCatalog(request -> request.name("nope")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.athenaErrorCode()).isEqualTo("DATACATALOG_NOT_FOUND");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Catalog 'nope' does not exist");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
        assertThatThrownBy(() -> client.listDatabases(request -> request.catalogName("nope")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.athenaErrorCode()).isEqualTo("DATACATALOG_NOT_FOUND"));
    }

    @Test
    void databasesPageByName()
    {
        List<String> names = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            ListDatabasesResponse page = client.listDatabases(request -> request.catalogName("AwsDataCatalog").maxResults(1).nextToken(current));
            // Never an empty page carrying a token: older JDBC drivers loop on one.
            assertThat(page.databaseList()).hasSize(1);
            names.add(page.databaseList().get(0).name());
            token = page.nextToken();
        }
        while (token != null);
        assertThat(names).contains("default", DATABASE).isSorted().doesNotHaveDuplicates().doesNotContain("information_schema");
        assertThat(client.listDatabases(request -> request.catalogName("AwsDataCatalog")).databaseList().stream().map(Database::name).toList()).isEqualTo(names);

        assertThat(client.getDatabase(request -> request.catalogName("AwsDataCatalog").databaseName(DATABASE.toUpperCase())).database().name()).isEqualTo(DATABASE);
        assertThatThrownBy(() -> client.getDatabase(request -> request.catalogName("AwsDataCatalog").databaseName("nope")))
                .isInstanceOfSatisfying(MetadataException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("MetadataException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Database 'nope' does not exist in catalog AwsDataCatalog");
                });
        assertThatThrownBy(() -> client.listDatabases(request -> request.catalogName("AwsDataCatalog").maxResults(51)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50"));
    }

    @Test
    void hiveTable()
    {
        TableMetadata table = tableMetadata("sales_hive");
        assertThat(table.name()).isEqualTo("sales_hive");
        assertThat(table.tableType()).isEqualTo("EXTERNAL_TABLE");
        assertThat(table.createTime()).isAfter(createdAfter).isBeforeOrEqualTo(Instant.now());
        assertThat(table.lastAccessTime()).isEqualTo(table.createTime());
        assertThat(columns(table.columns())).containsExactly(
                "id int", "name string", "tags array<string>", "st struct<a:int>", "amount decimal(10,2)", "m map<string,int>", "r float", "ts timestamp");
        assertThat(columns(table.partitionKeys())).containsExactly("dt string");
        assertThat(table.parameters()).isEqualTo(Map.of(
                "EXTERNAL", "TRUE",
                "location", "s3://athena4j-test-data/" + DATABASE + "/sales_hive/",
                "inputformat", "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
                "outputformat", "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
                "serde.serialization.lib", "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"));
    }

    @Test
    void textTableHasItsSerdeParameters()
    {
        TableMetadata table = tableMetadata("ORDERS");
        assertThat(columns(table.columns())).containsExactly("order_id bigint");
        assertThat(table.parameters())
                .containsEntry("inputformat", "org.apache.hadoop.mapred.TextInputFormat")
                .containsEntry("outputformat", "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat")
                .containsEntry("serde.serialization.lib", "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe")
                .containsEntry("serde.param.field.delim", "|");
    }

    @Test
    void icebergTable()
    {
        TableMetadata table = tableMetadata("sales_iceberg");
        assertThat(table.tableType()).isEqualTo("EXTERNAL_TABLE");
        assertThat(columns(table.columns())).containsExactly("id int", "name string", "ts timestamp");
        assertThat(table.partitionKeys()).isEmpty();
        assertThat(table.parameters())
                .containsEntry("table_type", "ICEBERG")
                .containsEntry("EXTERNAL", "TRUE")
                .containsEntry("location", "s3://athena4j-test-data/" + DATABASE + "/sales_iceberg");
        assertThat(table.parameters().get("metadata_location")).startsWith("s3://athena4j-test-data/" + DATABASE + "/sales_iceberg/metadata/").endsWith(".metadata.json");
    }

    @Test
    void view()
    {
        TableMetadata view = tableMetadata("sales_view");
        assertThat(view.tableType()).isEqualTo("VIRTUAL_VIEW");
        assertThat(columns(view.columns())).containsExactly("id int", "name string");
        assertThat(view.partitionKeys()).isEmpty();
        assertThat(view.parameters()).isEqualTo(Map.of("comment", "Presto View", "presto_view", "true"));
    }

    @Test
    void missingTable()
    {
        assertThatThrownBy(() -> tableMetadata("nope"))
                .isInstanceOfSatisfying(MetadataException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Table 'nope' does not exist in database '" + DATABASE + "'");
                });
        assertThatThrownBy(() -> client.getTableMetadata(request -> request.catalogName("AwsDataCatalog").databaseName("nope").tableName("t")))
                .isInstanceOf(MetadataException.class);
    }

    @Test
    void missingTableOnTheWire()
            throws Exception
    {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AmazonAthena.GetTableMetadata")
                .POST(HttpRequest.BodyPublishers.ofString("{\"CatalogName\":\"AwsDataCatalog\",\"DatabaseName\":\"default\",\"TableName\":\"nope\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"__type\":\"MetadataException\",\"Message\":\"Table 'nope' does not exist in database 'default'\"}");
    }

    @Test
    void listTableMetadataPagesAndFilters()
    {
        List<List<String>> pages = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            ListTableMetadataResponse page = client.listTableMetadata(request -> request.catalogName("AwsDataCatalog").databaseName(DATABASE).maxResults(3).nextToken(current));
            pages.add(page.tableMetadataList().stream().map(TableMetadata::name).toList());
            token = page.nextToken();
        }
        while (token != null);
        assertThat(pages).containsExactly(List.of("orders", "sales_hive", "sales_iceberg"), List.of("sales_view"));

        assertThat(names("SALES*")).containsExactly("sales_hive", "sales_iceberg", "sales_view");
        assertThat(names("*iceberg|orders")).containsExactly("orders", "sales_iceberg");
        assertThat(names("sales")).isEmpty();
        assertThat(client.listTableMetadata(request -> request.catalogName("AwsDataCatalog").databaseName(DATABASE).expression("orders")).tableMetadataList())
                .singleElement().satisfies(table -> assertThat(table.parameters()).containsEntry("serde.param.field.delim", "|"));
        assertThatThrownBy(() -> client.listTableMetadata(request -> request.catalogName("AwsDataCatalog").databaseName("nope")))
                .isInstanceOf(MetadataException.class);
    }

    private static List<String> names(String expression)
    {
        return client.listTableMetadata(request -> request.catalogName("AwsDataCatalog").databaseName(DATABASE).expression(expression))
                .tableMetadataList().stream().map(TableMetadata::name).toList();
    }

    private static TableMetadata tableMetadata(String table)
    {
        return client.getTableMetadata(request -> request.catalogName("AwsDataCatalog").databaseName(DATABASE).tableName(table)).tableMetadata();
    }

    private static List<String> columns(List<Column> columns)
    {
        return columns.stream().map(column -> column.name() + " " + column.type()).toList();
    }
}
