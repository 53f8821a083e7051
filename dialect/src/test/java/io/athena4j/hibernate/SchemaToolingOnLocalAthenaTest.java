package io.athena4j.hibernate;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import io.trino.sql.parser.SqlParser;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code hbm2ddl=create}, {@code validate} and {@code update} on the local Athena, for a Hive and an Iceberg table:
 * validation reads the tables back through the driver's DatabaseMetaData, and {@code update} adds a new field's column
 * with {@code ALTER TABLE … ADD COLUMNS}, which is then written and read.
 */
@AthenaLocalTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class SchemaToolingOnLocalAthenaTest
{
    private static final SqlParser PARSER = new SqlParser();
    private static final LocalDateTime CREATED = LocalDateTime.of(2024, 5, 6, 7, 8, 9);

    private static final RecordingInspector inspector = new RecordingInspector();
    private static String url;
    private static String schema;

    @BeforeAll
    static void createSchema(AthenaLocal local)
            throws SQLException
    {
        url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";User=local;Password=local;OutputLocation=s3://hibernate-it/results/";
        schema = "schema_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + schema);
        }
    }

    @Test
    @Order(1)
    void createThenValidateBothTableTypes()
    {
        List<String> ddl = inSessionFactory("create", session -> {
            Evolving.HiveV1 hive = new Evolving.HiveV1();
            fill(hive, "h-1");
            session.persist(hive);
            Evolving.IcebergV1 iceberg = new Evolving.IcebergV1();
            fill(iceberg, "i-1");
            session.persist(iceberg);
        }, Evolving.HiveV1.class, Evolving.IcebergV1.class);

        assertThat(ddl).anySatisfy(sql -> assertThat(sql).startsWith("CREATE EXTERNAL TABLE IF NOT EXISTS `" + schema + "`.`evolving_hive`"));
        assertThat(ddl).anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE IF NOT EXISTS `" + schema + "`.`evolving_iceberg`").contains("'table_type'='ICEBERG'"));

        // Every column type of both tables, as the driver reads them back from the catalog, matches the mapping.
        inSessionFactory("validate", session -> {
            Evolving.HiveV1 hive = session.find(Evolving.HiveV1.class, "h-1");
            assertThat(hive.amount).isEqualByComparingTo("12.34");
            assertThat(hive.payload).containsExactly(1, 2, 3);
            assertThat(hive.tinyValue).isEqualTo((byte) 7);
            assertThat(hive.shortValue).isEqualTo((short) 300);
            assertThat(hive.ratio).isEqualTo(0.25f);
            assertThat(hive.day).isEqualTo(LocalDate.of(2024, 5, 6));
            Evolving.IcebergV1 iceberg = session.find(Evolving.IcebergV1.class, "i-1");
            assertThat(iceberg.createdAt).isEqualTo(CREATED);
            assertThat(iceberg.total).isEqualTo(1L << 40);
        }, Evolving.HiveV1.class, Evolving.IcebergV1.class);
    }

    @Test
    @Order(2)
    void validateNamesAMissingColumn()
    {
        assertThatThrownBy(() -> inSessionFactory("validate", session -> {}, Evolving.HiveV2.class))
                .isInstanceOf(SchemaManagementException.class)
                .hasMessageContaining("missing column [note]")
                .hasMessageContaining("evolving_hive");
        assertThatThrownBy(() -> inSessionFactory("validate", session -> {}, Evolving.IcebergV2.class))
                .isInstanceOf(SchemaManagementException.class)
                .hasMessageContaining("missing column [note]")
                .hasMessageContaining("evolving_iceberg");
    }

    @Test
    @Order(3)
    void validateNamesAWrongType()
    {
        assertThatThrownBy(() -> inSessionFactory("validate", session -> {}, Evolving.HiveWrongType.class))
                .isInstanceOf(SchemaManagementException.class)
                .hasMessageContaining("wrong column type encountered in column [name] in table [evolving_hive]; found [string")
                .hasMessageContaining("expecting [bigint");
        assertThatThrownBy(() -> inSessionFactory("validate", session -> {}, Evolving.IcebergWrongType.class))
                .isInstanceOf(SchemaManagementException.class)
                .hasMessageContaining("wrong column type encountered in column [amount] in table [evolving_iceberg]; found [decimal")
                .hasMessageContaining("expecting [date");
    }

    @Test
    @Order(4)
    void updateAddsTheNewColumnToBothTableTypes()
    {
        List<String> alters = inSessionFactory("update", session -> {
            Evolving.HiveV2 hive = new Evolving.HiveV2();
            fill(hive, "h-2");
            hive.note = "hive note";
            session.persist(hive);
            Evolving.IcebergV2 iceberg = new Evolving.IcebergV2();
            fill(iceberg, "i-2");
            iceberg.note = "iceberg note";
            session.persist(iceberg);
        }, Evolving.HiveV2.class, Evolving.IcebergV2.class);

        assertThat(alters).containsExactlyInAnyOrder(
                "ALTER TABLE `" + schema + "`.`evolving_hive` ADD COLUMNS (`note` string)",
                "ALTER TABLE `" + schema + "`.`evolving_iceberg` ADD COLUMNS (`note` string)");

        // The tables now validate against version 2, old rows read the new column as null, and the new rows keep it.
        inSessionFactory("validate", session -> {
            assertThat(session.createSelectionQuery("select h.id, h.note from HiveV2 h order by h.id", Object[].class).getResultList())
                    .extracting(row -> row[0] + "=" + row[1]).containsExactly("h-1=null", "h-2=hive note");
            assertThat(session.createSelectionQuery("select i.id, i.note from IcebergV2 i order by i.id", Object[].class).getResultList())
                    .extracting(row -> row[0] + "=" + row[1]).containsExactly("i-1=null", "i-2=iceberg note");
        }, Evolving.HiveV2.class, Evolving.IcebergV2.class);
        // The new Iceberg column is updatable.
        inSessionFactory("none", session -> session.find(Evolving.IcebergV2.class, "i-1").note = "set later", Evolving.IcebergV2.class);
        inSessionFactory("none", session -> assertThat(session.find(Evolving.IcebergV2.class, "i-1").note).isEqualTo("set later"), Evolving.IcebergV2.class);

        // A second update finds nothing to add.
        assertThat(inSessionFactory("update", session -> {}, Evolving.HiveV2.class, Evolving.IcebergV2.class)).isEmpty();
    }

    @Test
    @Order(5)
    void everyStatementParsesAsTrino()
    {
        assertThat(inspector.statements).hasSizeGreaterThan(10);
        inspector.statements.forEach(PARSER::createStatement);
    }

    private static void fill(Evolving.HiveColumns row, String id)
    {
        row.id = id;
        row.name = "name " + id;
        row.amount = new BigDecimal("12.34");
        row.createdAt = CREATED;
        row.active = true;
        row.quantity = 3;
        row.total = 1L << 40;
        row.shortValue = 300;
        row.tinyValue = 7;
        row.score = 0.5;
        row.ratio = 0.25f;
        row.payload = new byte[] {1, 2, 3};
        row.day = CREATED.toLocalDate();
    }

    private static void fill(Evolving.IcebergColumns row, String id)
    {
        row.id = id;
        row.name = "name " + id;
        row.amount = new BigDecimal("12.34");
        row.createdAt = CREATED;
        row.active = true;
        row.quantity = 3;
        row.total = 1L << 40;
        row.score = 0.5;
        row.ratio = 0.25f;
        row.day = CREATED.toLocalDate();
    }

    /**
     * Boots Hibernate with the schema action {@code action} on the local Athena, halting on any DDL error, runs
     * {@code work} in a transaction, and returns the DDL the action generated (written to a script as well as run).
     */
    private static List<String> inSessionFactory(String action, Consumer<Session> work, Class<?>... entities)
    {
        Path script;
        try {
            script = Files.createTempFile("athena-ddl", ".sql");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.connection.driver_class", "io.athena4j.jdbc.AthenaDriver")
                .applySetting("hibernate.default_schema", schema)
                // Hibernate ignores hbm2ddl.auto once a JPA schema-generation setting is present: use JPA's for both.
                .applySetting("jakarta.persistence.schema-generation.database.action", action.equals("create") ? "drop-and-create" : action)
                .applySetting("hibernate.hbm2ddl.halt_on_error", "true")
                .applySetting(AthenaSettings.LOCATION_PREFIX, "s3://hibernate-it/tables")
                .applySetting("hibernate.session_factory.statement_inspector", inspector);
        if (action.equals("create") || action.equals("update")) {
            builder.applySetting("jakarta.persistence.schema-generation.scripts.action", action)
                    .applySetting("jakarta.persistence.schema-generation.scripts.create-target", script.toString());
        }
        StandardServiceRegistry registry = builder.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
            }
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                factory.inTransaction(work);
            }
            return Files.readAllLines(script).stream()
                    .map(line -> line.endsWith(";") ? line.substring(0, line.length() - 1) : line)
                    .filter(line -> !line.isBlank())
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
