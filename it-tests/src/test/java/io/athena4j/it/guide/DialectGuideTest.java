package io.athena4j.it.guide;

import io.athena4j.hibernate.AthenaSettings;
import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** docs/dialect.md: the DDL it shows is what the dialect generates and the local Athena runs; its HQL runs. */
@AthenaLocalTest
@TestMethodOrder(MethodOrderer.MethodName.class) // upserts() changes rows that queries() reads
class DialectGuideTest
{
    private static final String PAGE_VIEWS_DDL = """
            CREATE EXTERNAL TABLE IF NOT EXISTS `analytics`.`page_views` (`viewed_at` timestamp, `id` string, `url` string)
              COMMENT 'One row per hit' PARTITIONED BY (`dt` date) STORED AS PARQUET
              LOCATION 's3://lake/warehouse/analytics/page_views/'
              TBLPROPERTIES ('parquet.compression'='SNAPPY', 'classification'='parquet')
            """;
    private static final String PURCHASES_DDL = """
            CREATE TABLE IF NOT EXISTS `analytics`.`purchases` (`amount` decimal(12,2), `created_at` timestamp, `customer_id` string, `id` string, `status` string)
              PARTITIONED BY (day(created_at), bucket(16, id)) LOCATION 's3://lake/warehouse/analytics/purchases/'
              TBLPROPERTIES ('table_type'='ICEBERG', 'write_compression'='ZSTD')
            """;

    private static final StringWriter DDL = new StringWriter();
    private static SessionFactory sessionFactory;

    @BeforeAll
    static void createTables(AthenaLocal athena)
    {
        sessionFactory = new HibernatePersistenceConfiguration("dialect-guide")
                .managedClasses(PageView.class, Purchase.class)
                .jdbcUrl("jdbc:athena://AthenaEndpoint=" + athena.endpoint() + ";User=local;Password=local;OutputLocation=s3://lake/results/")
                .defaultSchema("analytics")
                .property(AthenaSettings.LOCATION_PREFIX, "s3://lake/warehouse/")
                .property("hibernate.hbm2ddl.create_namespaces", true)
                .property("hibernate.hbm2ddl.halt_on_error", true)
                .property("jakarta.persistence.schema-generation.scripts.action", "create")
                .property("jakarta.persistence.schema-generation.scripts.create-target", DDL)
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .createEntityManagerFactory();
        sessionFactory.inStatelessTransaction(session -> {
            for (int i = 0; i < 6; i++) {
                PageView view = new PageView();
                view.id = "v" + i;
                view.url = "/p/" + i;
                view.viewedAt = LocalDateTime.of(2024, 3, 1 + i % 2, 10, i);
                view.dt = view.viewedAt.toLocalDate();
                session.insert(view);
            }
            session.insert(purchase("o-1", "c1", "1.00", "PAID"));
            session.insert(purchase("o-2", "c1", "2.50", "NEW"));
            session.insert(purchase("o-3", "c2", "7.25", "NEW"));
            session.insert(purchase("o-4", "c3", "3.00", "SHIPPED"));
        });
    }

    @AfterAll
    static void close()
    {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
    }

    @Test
    void theDocumentedDdlIsWhatRan()
    {
        String script = DocumentationSnippetsTest.normalize(DDL.toString());
        assertThat(script).contains(DocumentationSnippetsTest.normalize(PAGE_VIEWS_DDL), DocumentationSnippetsTest.normalize(PURCHASES_DDL));
    }

    @Test
    void queries()
    {
        sessionFactory.inSession(session -> {
            List<String> firstTwoByStatus = session.createSelectionQuery(
                    "select p.id from Purchase p order by p.status fetch first 2 rows with ties", String.class).getResultList();
            List<Object[]> biggestSpenders = session.createSelectionQuery("""
                    with totals as (select p.customerId as customerId, sum(p.amount) as total from Purchase p group by p.customerId)
                    select t.customerId, t.total from totals t order by t.total desc""", Object[].class).getResultList();
            List<Object[]> viewsPerDay = session.createSelectionQuery(
                    "select date_format(p.viewedAt, '%Y-%m-%d'), count(p) from PageView p group by date_format(p.viewedAt, '%Y-%m-%d') order by 1",
                    Object[].class).getResultList();

            assertThat(firstTwoByStatus).containsExactlyInAnyOrder("o-2", "o-3");
            assertThat(biggestSpenders).extracting(row -> row[0], row -> ((BigDecimal) row[1]).toPlainString())
                    .containsExactly(tuple("c2", "7.25"), tuple("c1", "3.50"), tuple("c3", "3.00"));
            assertThat(viewsPerDay).extracting(row -> row[0], row -> row[1])
                    .containsExactly(tuple("2024-03-01", 3L), tuple("2024-03-02", 3L));
        });
    }

    @Test
    void upserts()
    {
        sessionFactory.inTransaction(session -> {
            // HQL: Trino has no ON CONFLICT, so this is rendered as
            // a MERGE (the statements are asserted in the dialect's own tests)
            session.createMutationQuery("""
                    insert into Purchase (id, customerId, amount, status, createdAt) values ('o-1', 'c1', 1.00, 'NEW', {ts '2024-03-01 10:00:00'})
                    on conflict(id) do update set status = excluded.status""").executeUpdate();
        });
        Purchase purchase = purchase("o-9", "c9", "9.99", "NEW");
        sessionFactory.inStatelessTransaction(session -> session.upsert(purchase));
        purchase.status = "PAID";
        sessionFactory.inStatelessTransaction(session -> session.upsert(purchase));

        List<Object[]> rows = sessionFactory.fromSession(session -> session.createSelectionQuery(
                "select p.id, p.status from Purchase p where p.id in ('o-1', 'o-9') order by p.id", Object[].class).getResultList());
        assertThat(rows).extracting(row -> row[0], row -> row[1]).containsExactly(tuple("o-1", "NEW"), tuple("o-9", "PAID"));
    }

    private static Purchase purchase(String id, String customerId, String amount, String status)
    {
        Purchase purchase = new Purchase();
        purchase.id = id;
        purchase.customerId = customerId;
        purchase.amount = new BigDecimal(amount);
        purchase.status = status;
        purchase.createdAt = LocalDateTime.of(2024, 3, 1, 10, 0);
        return purchase;
    }
}
