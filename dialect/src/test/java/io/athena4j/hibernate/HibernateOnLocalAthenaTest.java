package io.athena4j.hibernate;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import io.trino.sql.parser.SqlParser;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.exception.SQLGrammarException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hibernate end to end: entities → AthenaDialect (found from the driver's product name) → athena4j's JDBC driver →
 * local Athena → Trino. Every statement Hibernate prepares is parsed with Trino's parser.
 *
 * <p>The tables are created with Trino DDL: the local Athena of this branch does not run Athena's Hive DDL yet (the
 * {@code hive} branch adds it), so the exporter's DDL is checked offline by {@link TestAthenaTableExporter}.
 */
@AthenaLocalTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class HibernateOnLocalAthenaTest
{
    private static final SqlParser PARSER = new SqlParser();
    private static final LocalDateTime START = LocalDateTime.of(2024, 3, 1, 10, 0);

    private static final RecordingInspector inspector = new RecordingInspector();
    private static String url;
    private static String schema;
    private static StandardServiceRegistry registry;
    private static SessionFactory sessionFactory;

    @BeforeAll
    static void setUp(AthenaLocal local)
            throws SQLException
    {
        url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";User=local;Password=local;OutputLocation=s3://hibernate-it/results/";
        schema = "hib_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.connection.driver_class", "io.athena4j.jdbc.AthenaDriver")
                .applySetting("hibernate.default_schema", schema)
                // The dialect's own DDL creates the tables: every generated statement runs on the local Athena.
                .applySetting("hibernate.hbm2ddl.auto", "create")
                .applySetting(AthenaSettings.LOCATION_PREFIX, "s3://hibernate-it/tables")
                .applySetting("hibernate.session_factory.statement_inspector", inspector)
                .build();
        MetadataSources sources = new MetadataSources(registry).addAnnotatedClasses(PageView.class, Customer.class, Purchase.class);
        sessionFactory = sources.buildMetadata().buildSessionFactory();
    }

    @AfterAll
    static void tearDown()
    {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        StandardServiceRegistryBuilder.destroy(registry);
    }

    @Test
    @Order(1)
    void dialectIsResolvedFromTheDriverAndBatches()
    {
        SessionFactoryImplementor factory = sessionFactory.unwrap(SessionFactoryImplementor.class);
        assertThat(factory.getJdbcServices().getDialect()).isInstanceOf(AthenaDialect.class);
        assertThat(factory.getSessionFactoryOptions().getJdbcBatchSize()).isEqualTo(AthenaDialect.DEFAULT_BATCH_SIZE);
    }

    @Test
    @Order(2)
    void persistInBatches()
    {
        sessionFactory.inTransaction(session -> {
            session.persist(new Customer("c1", "Ada", "NO"));
            session.persist(new Customer("c2", "Brian", "SE"));
            for (int i = 0; i < 25; i++) {
                // 25 views over three days: days 0, 1, 2 get 9, 8, 8 views
                session.persist(new PageView("pv-%02d".formatted(i), i % 2 == 0 ? "c1" : "c2", (i % 3 == 0 ? "/products/" : "/blog/") + i,
                        100L * i, i % 5 == 0, START.plusDays(i % 3).plusMinutes(i)));
            }
            for (int i = 0; i < 5; i++) {
                session.persist(new Purchase("o-" + i, "c1", new BigDecimal("10.50").multiply(BigDecimal.valueOf(i + 1)), "NEW", START.plusHours(i)));
            }
        });
        long inserts = inspector.statements.stream().filter(sql -> sql.toLowerCase(Locale.ROOT).startsWith("insert")).distinct().count();
        assertThat(inserts).isEqualTo(3);
        sessionFactory.inSession(session ->
                assertThat(session.createSelectionQuery("select count(p) from PageView p", Long.class).getSingleResult()).isEqualTo(25L));
    }

    @Test
    @Order(3)
    void find()
    {
        sessionFactory.inSession(session -> {
            PageView view = session.find(PageView.class, "pv-07");
            assertThat(view.url).isEqualTo("/blog/7");
            assertThat(view.durationMs).isEqualTo(700L);
            assertThat(view.viewedAt).isEqualTo(START.plusDays(1).plusMinutes(7));
            assertThat(view.dt).isEqualTo(START.toLocalDate().plusDays(1));
            assertThat(session.find(Purchase.class, "o-2").amount).isEqualByComparingTo("31.50");
        });
    }

    @Test
    @Order(4)
    void pagination()
    {
        sessionFactory.inSession(session -> {
            String hql = "select p.id from PageView p order by p.id";
            assertThat(session.createSelectionQuery(hql, String.class).setFirstResult(0).setMaxResults(10).getResultList())
                    .hasSize(10).startsWith("pv-00").endsWith("pv-09");
            assertThat(session.createSelectionQuery(hql, String.class).setFirstResult(10).setMaxResults(10).getResultList())
                    .hasSize(10).startsWith("pv-10").endsWith("pv-19");
            assertThat(session.createSelectionQuery(hql, String.class).setFirstResult(20).setMaxResults(10).getResultList())
                    .containsExactly("pv-20", "pv-21", "pv-22", "pv-23", "pv-24");
            assertThat(session.createSelectionQuery(hql, String.class).setFirstResult(30).setMaxResults(10).getResultList()).isEmpty();
        });
    }

    @Test
    @Order(5)
    void aggregationAndGroupByDateFormat()
    {
        sessionFactory.inSession(session -> {
            Object[] totals = session.createSelectionQuery("select count(p), sum(p.durationMs), max(p.durationMs) from PageView p", Object[].class).getSingleResult();
            assertThat(totals).containsExactly(25L, 30_000L, 2_400L);

            List<Object[]> perDay = session.createSelectionQuery(
                    "select date_format(p.viewedAt, '%Y-%m-%d'), count(p) from PageView p group by date_format(p.viewedAt, '%Y-%m-%d') order by 1", Object[].class).getResultList();
            assertThat(perDay).extracting(row -> row[0] + "=" + row[1]).containsExactly("2024-03-01=9", "2024-03-02=8", "2024-03-03=8");

            assertThat(session.createSelectionQuery("select approx_distinct(p.customerId) from PageView p", Long.class).getSingleResult()).isEqualTo(2L);
            assertThat(session.createSelectionQuery("select count(p) from PageView p where regexp_like(p.url, '^/products/')", Long.class).getSingleResult()).isEqualTo(9L);
        });
    }

    @Test
    @Order(5)
    void moreAthenaFunctionsAndWindowFunctions()
    {
        sessionFactory.inSession(session -> {
            assertThat(session.createSelectionQuery("select count(distinct date_trunc('day', p.viewedAt)) from PageView p", Long.class).getSingleResult()).isEqualTo(3L);
            assertThat(session.createSelectionQuery("select date_diff('day', min(p.viewedAt), max(p.viewedAt)) from PageView p", Long.class).getSingleResult()).isEqualTo(2L);
            assertThat(session.createSelectionQuery("select cardinality(array_agg(p.id)) from PageView p", Long.class).getSingleResult()).isEqualTo(25L);
            List<Object[]> ranked = session.createSelectionQuery(
                    "select p.id, row_number() over (partition by p.dt order by p.durationMs desc) from PageView p where p.dt = {d '2024-03-01'} order by p.durationMs desc",
                    Object[].class).setMaxResults(2).getResultList();
            assertThat(ranked).extracting(row -> row[0] + "#" + row[1]).containsExactly("pv-24#1", "pv-21#2");
        });
    }

    @Test
    @Order(6)
    void literalsAndJoin()
    {
        sessionFactory.inSession(session -> {
            assertThat(session.createSelectionQuery("select count(p) from PageView p where p.bounced = true and p.viewedAt >= {ts '2024-03-02 00:00:00'}", Long.class)
                    .getSingleResult()).isEqualTo(3L); // pv-10, 20 (day 1, 2) and pv-05 (day 2)

            List<Object[]> perCustomer = session.createSelectionQuery(
                    "select c.name, count(p) from PageView p join Customer c on c.id = p.customerId group by c.name order by c.name", Object[].class).getResultList();
            assertThat(perCustomer).extracting(row -> row[0] + "=" + row[1]).containsExactly("Ada=13", "Brian=12");
        });
        assertThat(inspector.statements).anySatisfy(sql -> assertThat(sql).contains("=true").contains("TIMESTAMP '2024-03-02 00:00:00"));
    }

    @Test
    @Order(7)
    void icebergUpdateAndDelete()
    {
        sessionFactory.inTransaction(session -> session.find(Purchase.class, "o-1").status = "PAID");
        sessionFactory.inTransaction(session -> session.remove(session.find(Purchase.class, "o-4")));
        sessionFactory.inTransaction(session ->
                assertThat(session.createMutationQuery("update Purchase set status = 'BIG' where amount > 30").executeUpdate()).isEqualTo(2));
        sessionFactory.inTransaction(session ->
                assertThat(session.createMutationQuery("delete from Purchase where status = 'NEW'").executeUpdate()).isEqualTo(1));
        sessionFactory.inSession(session -> {
            List<Object[]> rows = session.createSelectionQuery("select o.id, o.status from Purchase o order by o.id", Object[].class).getResultList();
            assertThat(rows).extracting(row -> row[0] + "=" + row[1]).containsExactly("o-1=PAID", "o-2=BIG", "o-3=BIG");
        });
    }

    @Test
    @Order(8)
    void missingTableIsAGrammarError()
    {
        sessionFactory.inSession(session ->
                assertThatThrownBy(() -> session.createNativeQuery("select * from " + schema + ".no_such_table", Object[].class).getResultList())
                        .isInstanceOf(SQLGrammarException.class));
    }

    @Test
    @Order(9)
    void everyStatementParsesAsTrino()
    {
        assertThat(inspector.statements).isNotEmpty();
        for (String sql : inspector.statements) {
            PARSER.createStatement(sql);
            assertThat(sql.toLowerCase(Locale.ROOT)).doesNotContain(" for update", "{ts", "{d ");
        }
    }
}
