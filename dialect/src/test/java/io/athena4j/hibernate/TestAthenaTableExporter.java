package io.athena4j.hibernate;

import org.hibernate.MappingException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The DDL Hibernate's schema tooling produces through {@link AthenaTableExporter} (run on the local Athena by
 * {@code HibernateOnLocalAthenaTest}).
 */
final class TestAthenaTableExporter
{
    private static final Map<String, Object> SETTINGS = Map.of(
            AthenaSettings.LOCATION_PREFIX, "s3://lake/warehouse/",
            "hibernate.default_schema", "analytics",
            "hibernate.hbm2ddl.create_namespaces", "true");

    @Test
    void hivePartitionedParquetTable()
    {
        assertThat(OfflineBoot.ddl(SETTINGS, PageView.class)).contains(
                "CREATE EXTERNAL TABLE IF NOT EXISTS `analytics`.`page_views` ("
                        + "`bounced` boolean, `duration_ms` bigint, `viewed_at` timestamp, `customer_id` string, `id` string, "
                        + "`url` string COMMENT 'The path, without the query string') "
                        + "COMMENT 'Page views, one row per hit; it\\'s append-only' "
                        + "PARTITIONED BY (`dt` date) STORED AS PARQUET "
                        + "LOCATION 's3://lake/warehouse/analytics/page_views/' "
                        + "TBLPROPERTIES ('parquet.compression'='SNAPPY', 'classification'='parquet')");
    }

    @Test
    void icebergTableWithTransforms()
    {
        assertThat(OfflineBoot.ddl(SETTINGS, Purchase.class)).contains(
                "CREATE TABLE IF NOT EXISTS `analytics`.`purchases` ("
                        + "`amount` decimal(12,2), `score` double, `created_at` timestamp, `customer_id` string, `id` string, `status` string) "
                        + "PARTITIONED BY (day(created_at), bucket(16, id)) "
                        + "LOCATION 's3://lake/warehouse/analytics/purchases/' "
                        + "TBLPROPERTIES ('table_type'='ICEBERG', 'write_compression'='ZSTD')");
    }

    @Test
    void uuidColumnsAreStrings()
    {
        // Without any setting (Spring Boot's starter sets preferred_uuid_jdbc_type; plain Hibernate does not).
        assertThat(OfflineBoot.ddl(SETTINGS, Refused.UuidId.class)).contains(
                "CREATE TABLE IF NOT EXISTS `analytics`.`UuidId` (`id` string) LOCATION 's3://lake/warehouse/analytics/UuidId/' "
                        + "TBLPROPERTIES ('table_type'='ICEBERG')");
    }

    @Test
    void dropsIfExistsAndCreatesTheDatabase()
    {
        List<String> ddl = OfflineBoot.ddl(SETTINGS, Customer.class);
        assertThat(ddl).contains("DROP TABLE IF EXISTS `analytics`.`customers`", "CREATE DATABASE IF NOT EXISTS `analytics`");
        assertThat(ddl).contains("CREATE EXTERNAL TABLE IF NOT EXISTS `analytics`.`customers` (`country` string, `id` string, `name` string) "
                + "STORED AS PARQUET LOCATION 's3://lake/warehouse/analytics/customers/'");
        assertThat(String.join("\n", ddl).toLowerCase()).doesNotContain("not null", "primary key", "foreign key", "create index", "unique");
    }

    @Test
    void settingsChooseTheDefaults()
    {
        List<String> ddl = OfflineBoot.ddl(Map.of(
                AthenaSettings.LOCATION_PREFIX, "s3://lake/x",
                AthenaSettings.STORAGE_FORMAT, "orc",
                AthenaSettings.COMPRESSION, "ZLIB"), Customer.class);
        assertThat(ddl).contains("CREATE EXTERNAL TABLE IF NOT EXISTS `customers` (`country` string, `id` string, `name` string) "
                + "STORED AS ORC LOCATION 's3://lake/x/default/customers/' TBLPROPERTIES ('orc.compress'='ZLIB')");

        assertThat(OfflineBoot.ddl(Map.of(AthenaSettings.LOCATION_PREFIX, "s3://lake/x", AthenaSettings.TABLE_TYPE, "ICEBERG"), Refused.MutableHive.class))
                .contains("CREATE TABLE IF NOT EXISTS `MutableHive` (`id` string) LOCATION 's3://lake/x/default/MutableHive/' TBLPROPERTIES ('table_type'='ICEBERG')");
    }

    @Test
    void stringLiteralsAreEscapedForHive()
    {
        assertThat(AthenaTableExporter.stringLiteral("it's a \\ path\nnext")).isEqualTo("'it\\'s a \\\\ path\\nnext'");
        assertThat(AthenaTableExporter.backticks("we`ird")).isEqualTo("`we``ird`");
    }

    @Test
    void aTableWithoutLocationIsRefusedWithTheFix()
    {
        assertThatThrownBy(() -> OfflineBoot.ddl(Map.of(), Customer.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("io.athena4j.hibernate.Customer: table customers has no location")
                .hasMessageContaining(AthenaSettings.LOCATION_PREFIX);
    }
}
