package io.athena4j.hibernate;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import io.trino.sql.parser.SqlParser;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exporter's DDL for every storage format, compression property, row format, bucketing and an Iceberg ORC table,
 * run by {@code hbm2ddl=create} on the local Athena (halting on any error); then one row through each table.
 */
@AthenaLocalTest
final class StorageFormatsOnLocalAthenaTest
{
    private static final List<Class<? extends Formats.Event>> ENTITIES = List.of(
            Formats.OrcEvent.class, Formats.AvroEvent.class, Formats.JsonEvent.class, Formats.CsvEvent.class,
            Formats.BucketedEvent.class, Formats.IcebergOrcEvent.class);

    @Test
    void everyFormatIsCreatedWrittenAndRead(AthenaLocal local)
            throws SQLException, IOException, ReflectiveOperationException
    {
        String url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";User=local;Password=local;OutputLocation=s3://hibernate-it/results/";
        String schema = "formats_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + schema);
        }
        Path script = Files.createTempFile("athena-ddl", ".sql");
        RecordingInspector inspector = new RecordingInspector();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.connection.driver_class", "io.athena4j.jdbc.AthenaDriver")
                .applySetting("hibernate.default_schema", schema)
                .applySetting("jakarta.persistence.schema-generation.database.action", "drop-and-create")
                .applySetting("jakarta.persistence.schema-generation.scripts.action", "create")
                .applySetting("jakarta.persistence.schema-generation.scripts.create-target", script.toString())
                .applySetting("hibernate.hbm2ddl.halt_on_error", "true")
                .applySetting(AthenaSettings.LOCATION_PREFIX, "s3://hibernate-it/tables")
                .applySetting("hibernate.session_factory.statement_inspector", inspector)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ENTITIES.forEach(sources::addAnnotatedClass);
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                for (Class<? extends Formats.Event> entity : ENTITIES) {
                    Formats.Event row = entity.getDeclaredConstructor().newInstance();
                    row.id = "e-1";
                    row.kind = "click";
                    row.amount = 42L;
                    factory.inTransaction(session -> session.persist(row));
                    factory.inSession(session -> assertThat(session.createSelectionQuery(
                            "select e.id || ':' || e.kind || ':' || cast(e.amount as String) from " + entity.getAnnotation(jakarta.persistence.Entity.class).name() + " e", String.class)
                            .getResultList()).as(entity.getSimpleName()).containsExactly("e-1:click:42"));
                }
            }
        }
        finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }

        String ddl = String.join("\n", Files.readAllLines(script));
        assertThat(ddl).contains(
                "STORED AS ORC LOCATION 's3://hibernate-it/tables/" + schema + "/orc_events/' TBLPROPERTIES ('orc.compress'='ZLIB')",
                "STORED AS AVRO",
                "ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe' STORED AS TEXTFILE",
                "'write.compression'='GZIP'",
                "COMMENT 'Comma-separated; it\\'s text' ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' STORED AS TEXTFILE",
                "PARTITIONED BY (`kind` string) CLUSTERED BY (`id`) INTO 4 BUCKETS STORED AS PARQUET",
                "TBLPROPERTIES ('table_type'='ICEBERG', 'format'='orc', 'write_compression'='ZSTD')");
        SqlParser parser = new SqlParser();
        inspector.statements.forEach(parser::createStatement);
    }
}
