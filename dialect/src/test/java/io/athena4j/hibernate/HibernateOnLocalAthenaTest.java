package io.athena4j.hibernate;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import io.trino.sql.parser.SqlParser;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hibernate.HibernateException;
import org.hibernate.JDBCException;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;
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
 * <p>The tables are created by the dialect's own Hive and Iceberg DDL ({@code hbm2ddl=create}, halting on any error),
 * so every DDL statement is executed by the local Athena.
 */
@AthenaLocalTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class HibernateOnLocalAthenaTest
{
    private static final SqlParser PARSER = new SqlParser();
    private static final LocalDateTime START = LocalDateTime.of(2024, 3, 1, 10, 0);

    /** A statement with a syntax error, sent on purpose: the one statement not expected to parse. */
    private static final String MISSPELT = "select id from customers wher id = 'c1'";

    private static final RecordingInspector inspector = new RecordingInspector();
    private static String url;
    private static String schema;
    private static StandardServiceRegistry registry;
    private static SessionFactory sessionFactory;
    private static AthenaLocal local;

    @BeforeAll
    static void setUp(AthenaLocal athenaLocal)
            throws SQLException
    {
        local = athenaLocal;
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
                .applySetting("hibernate.hbm2ddl.halt_on_error", "true")
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
        long queriesBefore = local.admin().callCount("StartQueryExecution");
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
        // One multi-row INSERT per table: the dialect's default batch size reaches Hibernate's mutation executors
        // (AthenaMutationExecutorService) without hibernate.jdbc.batch_size being set.
        assertThat(local.admin().callCount("StartQueryExecution") - queriesBefore).isEqualTo(3);
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
    void icebergUpsertsAreOneMerge()
    {
        // o-1 exists (PAID) and takes the new status; o-9 is new. Trino has no ON CONFLICT: this is a MERGE.
        sessionFactory.inTransaction(session -> assertThat(session.createMutationQuery("""
                insert into Purchase (id, customerId, amount, status, score, createdAt)
                values ('o-1', 'c1', 1.00, 'MERGED', 0.5, {ts '2024-03-01 10:00:00'}), ('o-9', 'c2', 9.00, 'NEW', 0.5, {ts '2024-03-09 10:00:00'})
                on conflict(id) do update set status = excluded.status""").executeUpdate()).isEqualTo(2));
        // do nothing: o-2 keeps its row, o-10 is inserted.
        sessionFactory.inTransaction(session -> assertThat(session.createMutationQuery("""
                insert into Purchase (id, customerId, amount, status, score, createdAt)
                values ('o-2', 'c1', 2.00, 'IGNORED', 0.5, {ts '2024-03-01 10:00:00'}), ('o-10', 'c2', 10.00, 'NEW', 0.5, {ts '2024-03-10 10:00:00'})
                on conflict(id) do nothing""").executeUpdate()).isEqualTo(1));
        // Entity upserts: o-3 is updated in place, o-11 inserted, each by one MERGE.
        sessionFactory.inStatelessTransaction(session -> {
            session.upsert(new Purchase("o-3", "c1", new BigDecimal("33.00"), "UPSERTED", START));
            session.upsert(new Purchase("o-11", "c2", new BigDecimal("11.00"), "UPSERTED", START.plusDays(11)));
        });
        sessionFactory.inSession(session -> {
            List<Object[]> rows = session.createSelectionQuery("select o.id, o.status, o.amount from Purchase o order by o.id", Object[].class).getResultList();
            assertThat(rows).extracting(row -> row[0] + "=" + row[1] + "@" + row[2]).containsExactly(
                    "o-1=MERGED@21.00", "o-10=NEW@10.00", "o-11=UPSERTED@11.00", "o-2=BIG@31.50", "o-3=UPSERTED@33.00", "o-9=NEW@9.00");
        });
        assertThat(inspector.statements).filteredOn(sql -> sql.startsWith("merge into")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(inspector.statements).anySatisfy(sql -> assertThat(sql)
                .startsWith("merge into " + schema + ".purchases p1_0 using (values (")
                .contains("when matched then update set status=excluded.status when not matched then insert (id,"));
        assertThat(inspector.statements).anySatisfy(sql -> assertThat(sql)
                .startsWith("merge into " + schema + ".purchases as t using (select cast(? as varchar) id, cast(? as decimal(12,2)) amount,")
                .contains("cast(? as double) score"));
        assertThat(inspector.statements).noneMatch(sql -> sql.contains("on conflict"));
    }

    @Test
    @Order(8)
    void upsertWithoutConflictColumnsNamesTheFix()
    {
        sessionFactory.inTransaction(session -> assertThatThrownBy(() -> session.createMutationQuery(
                "insert into Purchase (id, status) values ('o-20', 'NEW') on conflict do nothing").executeUpdate())
                .hasMessageContaining("Athena tables have no unique keys: name the columns that identify a row, e.g. 'on conflict(id) do nothing'"));
    }

    @Test
    @Order(9)
    void hiveMutationsAreRefusedNamingTheEntityAndTheFix()
    {
        String fix = "Make it an Iceberg table with @AthenaTable(type = TableType.ICEBERG)";
        // Hibernate deletes immutable entities; the guard stops it before any SQL.
        assertThatThrownBy(() -> sessionFactory.inTransaction(session -> session.remove(session.find(PageView.class, "pv-01"))))
                .isInstanceOf(HibernateException.class)
                .hasMessageContaining("io.athena4j.hibernate.PageView maps a Hive table, which accepts only INSERT: DELETE is refused")
                .hasMessageContaining(fix);
        assertThatThrownBy(() -> sessionFactory.inStatelessTransaction(session -> session.upsert(
                new PageView("pv-99", "c1", "/x", 1L, false, START))))
                .isInstanceOf(HibernateException.class)
                .hasMessageContaining("PageView maps a Hive table, which accepts only INSERT: an upsert (MERGE) is refused")
                .hasMessageContaining(fix);
        // HQL upserts of immutable entities pass Hibernate's own checks (they insert): the translator refuses the MERGE.
        sessionFactory.inTransaction(session -> assertThatThrownBy(() -> session.createMutationQuery(
                "insert into PageView (id, url) values ('pv-98', '/y') on conflict(id) do nothing").executeUpdate())
                .isInstanceOf(HibernateException.class)
                .hasMessageContaining("PageView maps a Hive table, which accepts only INSERT: INSERT … ON CONFLICT (a MERGE) is refused")
                .hasMessageContaining(fix));
        // Bulk HQL on immutable entities is refused by Hibernate itself.
        sessionFactory.inTransaction(session -> assertThatThrownBy(() -> session.createMutationQuery("update PageView set url = '/z'").executeUpdate())
                .isInstanceOf(HibernateException.class)
                .hasMessageContaining("immutable"));
        // Native SQL reaches Athena, which answers NOT_SUPPORTED: the message keeps Athena's text and query id, and names the fix.
        sessionFactory.inTransaction(session -> assertThatThrownBy(() -> session.createNativeMutationQuery("update " + schema + ".page_views set url = '/z'").executeUpdate())
                .isInstanceOf(UnsupportedByAthenaException.class)
                .hasMessageContaining("NOT_SUPPORTED")
                .hasMessageMatching("(?s).*\\[query [0-9a-f-]{36}.*")
                .hasMessageContaining("UPDATE, DELETE and MERGE work on Iceberg tables only"));
        sessionFactory.inSession(session -> assertThat(session.createSelectionQuery("select count(p) from PageView p", Long.class).getSingleResult()).isEqualTo(25L));
    }

    @Test
    @Order(10)
    void athenaErrorsBecomeHibernateExceptions()
    {
        sessionFactory.inSession(session -> {
            assertAthenaError(() -> session.createNativeQuery("select * from " + schema + ".no_such_table", Object[].class).getResultList(),
                    SQLGrammarException.class, "TABLE_NOT_FOUND");
            assertAthenaError(() -> session.createNativeQuery("select no_such_column from " + schema + ".customers", Object[].class).getResultList(),
                    SQLGrammarException.class, "COLUMN_NOT_FOUND");
            // Athena rejects a syntax error when the query is submitted: there is no execution, hence no query id.
            assertThatThrownBy(() -> session.createNativeQuery(MISSPELT, Object[].class).getResultList())
                    .isInstanceOf(SQLGrammarException.class)
                    .hasMessageContaining("mismatched input 'id'");
            // Data errors come from the rows: each query is valid until a value fails.
            assertAthenaError(() -> session.createSelectionQuery("select p.durationMs / (p.durationMs - p.durationMs) from PageView p", Long.class).getResultList(),
                    DataException.class, "DIVISION_BY_ZERO");
            assertAthenaError(() -> session.createSelectionQuery("select cast(p.url as Integer) from PageView p", Integer.class).getResultList(),
                    DataException.class, "INVALID_CAST_ARGUMENT");
            assertAthenaError(() -> session.createSelectionQuery("select cast(p.durationMs * 10000000 as Integer) from PageView p", Integer.class).getResultList(),
                    DataException.class, "NUMERIC_VALUE_OUT_OF_RANGE");
        });
    }

    @Test
    @Order(10)
    void unreachableAthenaIsAConnectionError()
    {
        StandardServiceRegistry unreachable = new StandardServiceRegistryBuilder()
                // Nothing listens on port 9: the SDK gets "connection refused".
                .applySetting("hibernate.connection.url", "jdbc:athena://Region=us-east-1;AthenaEndpoint=http://127.0.0.1:9;User=local;Password=local;OutputLocation=s3://hibernate-it/results/;NumRetries=0")
                .applySetting("hibernate.connection.driver_class", "io.athena4j.jdbc.AthenaDriver")
                .applySetting("hibernate.dialect", "Athena")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .build();
        try (SessionFactory factory = new MetadataSources(unreachable).addAnnotatedClass(Customer.class).buildMetadata().buildSessionFactory()) {
            factory.inSession(session -> assertThatThrownBy(() -> session.createSelectionQuery("select c.name from Customer c", String.class).getResultList())
                    .isInstanceOf(JDBCConnectionException.class)
                    .satisfies(e -> assertThat(((JDBCConnectionException) e).getSQLState()).startsWith("08")));
        }
        finally {
            StandardServiceRegistryBuilder.destroy(unreachable);
        }
    }

    @Test
    @Order(11)
    void everyStatementParsesAsTrino()
    {
        assertThat(inspector.statements).isNotEmpty();
        for (String sql : inspector.statements) {
            if (sql.equals(MISSPELT)) {
                continue;
            }
            PARSER.createStatement(sql);
            assertThat(sql.toLowerCase(Locale.ROOT)).doesNotContain(" for update", "{ts", "{d ");
        }
    }

    /** The Hibernate exception type, Athena's own text in the message, and the id of the failed query. */
    private static void assertAthenaError(ThrowingCallable query, Class<? extends JDBCException> type, String athenaText)
    {
        assertThatThrownBy(query)
                .isInstanceOf(type)
                .hasMessageContaining(athenaText)
                .hasMessageMatching("(?s).*\\[query [0-9a-f-]{36}.*");
    }
}
