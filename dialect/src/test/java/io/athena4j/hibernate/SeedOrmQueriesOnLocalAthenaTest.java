package io.athena4j.hibernate;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import io.trino.sql.parser.SqlParser;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The seed's "ORM queries" (active customers, high-value customers, aggregation, the Customer–Order join, monthly
 * revenue by {@code date_format}) as HQL and Criteria, then pagination, {@code FETCH … WITH TIES},
 * {@code IS DISTINCT FROM} and a CTE. Every expected row is worked out by hand from the rows inserted below; "now" is
 * fixed at {@link #NOW} so the seed's {@code now() - 365 days} and {@code now() - 30 days} are exact.
 */
@AthenaLocalTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class SeedOrmQueriesOnLocalAthenaTest
{
    private static final SqlParser PARSER = new SqlParser();
    private static final LocalDateTime NOW = LocalDateTime.of(2024, 6, 30, 0, 0);
    /** {@code now - 365 days}: 2023-07-01 00:00. */
    private static final LocalDateTime YEAR_AGO = NOW.minusDays(365);
    /** {@code now - 30 days}: 2024-05-31 00:00. */
    private static final LocalDateTime MONTH_AGO = NOW.minusDays(30);

    private static final RecordingInspector inspector = new RecordingInspector();
    private static String schema;
    private static StandardServiceRegistry registry;
    private static SessionFactory sessionFactory;

    @BeforeAll
    static void setUp(AthenaLocal local)
            throws SQLException
    {
        String url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";User=local;Password=local;OutputLocation=s3://hibernate-it/results/";
        schema = "shop_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + schema);
        }
        registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.connection.driver_class", "io.athena4j.jdbc.AthenaDriver")
                .applySetting("hibernate.default_schema", schema)
                .applySetting("hibernate.hbm2ddl.auto", "create")
                .applySetting("hibernate.hbm2ddl.halt_on_error", "true")
                .applySetting(AthenaSettings.LOCATION_PREFIX, "s3://hibernate-it/tables")
                .applySetting("hibernate.session_factory.statement_inspector", inspector)
                .build();
        sessionFactory = new MetadataSources(registry).addAnnotatedClasses(Shop.Customer.class, Shop.Order.class).buildMetadata().buildSessionFactory();
        sessionFactory.inTransaction(session -> {
            session.persist(new Shop.Customer(1, "Ada", "ada@example.com", 36, true, LocalDateTime.of(2023, 1, 10, 9, 0), "1500.00"));
            session.persist(new Shop.Customer(2, "Brian", "brian@example.com", 41, true, LocalDateTime.of(2024, 2, 1, 9, 0), "250.50"));
            session.persist(new Shop.Customer(3, "Chen", "chen@example.com", 29, false, LocalDateTime.of(2024, 3, 15, 9, 0), "3000.00"));
            session.persist(new Shop.Customer(4, "Dana", "dana@example.com", 52, true, LocalDateTime.of(2024, 5, 20, 9, 0), "1200.00"));
            session.persist(new Shop.Customer(5, "Eve", null, 23, true, LocalDateTime.of(2023, 12, 1, 9, 0), "999.99"));
            session.persist(new Shop.Customer(6, "Farid", "farid@example.com", 33, true, LocalDateTime.of(2023, 8, 1, 9, 0), "1000.01"));
            session.persist(new Shop.Customer(7, "Gita", "gita@example.com", 45, true, LocalDateTime.of(2024, 1, 1, 9, 0), "1000.00"));

            session.persist(new Shop.Order(101, 1, LocalDateTime.of(2024, 4, 3, 10, 0), "100.00", "SHIPPED"));
            session.persist(new Shop.Order(102, 1, LocalDateTime.of(2024, 6, 10, 12, 0), "250.00", "NEW"));
            session.persist(new Shop.Order(103, 2, LocalDateTime.of(2024, 6, 25, 9, 30), "75.50", "NEW"));
            session.persist(new Shop.Order(104, 4, LocalDateTime.of(2024, 5, 31, 23, 59), "300.00", "SHIPPED"));
            session.persist(new Shop.Order(105, 4, LocalDateTime.of(2024, 6, 1, 0, 0), "20.25", "SHIPPED"));
            session.persist(new Shop.Order(106, 6, LocalDateTime.of(2024, 4, 15, 8, 0), "49.75", "CANCELLED"));
        });
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
    void activeCustomers()
    {
        List<String> expected = List.of("Ada", "Brian", "Dana", "Eve", "Farid", "Gita");
        sessionFactory.inSession(session -> {
            assertThat(session.createSelectionQuery("from ShopCustomer c where c.active = true order by c.id", Shop.Customer.class).getResultList())
                    .extracting(customer -> customer.name).containsExactlyElementsOf(expected);

            HibernateCriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Shop.Customer> query = cb.createQuery(Shop.Customer.class);
            Root<Shop.Customer> customer = query.from(Shop.Customer.class);
            query.where(cb.isTrue(customer.get("active"))).orderBy(cb.asc(customer.get("id")));
            assertThat(session.createSelectionQuery(query).getResultList()).extracting(row -> row.name).containsExactlyElementsOf(expected);
        });
    }

    @Test
    @Order(1)
    void highValueCustomers()
    {
        // Dana (1200.00, 2024-05-20) and Farid (1000.01, 2023-08-01); not Ada (too early), Chen (inactive),
        // Gita (exactly 1000.00) nor Eve (999.99).
        sessionFactory.inSession(session -> {
            assertThat(session.createSelectionQuery("""
                            from ShopCustomer c
                            where c.totalSpent > 1000 and c.active = true and c.createdAt > :since
                            order by c.id""", Shop.Customer.class)
                    .setParameter("since", YEAR_AGO).getResultList())
                    .extracting(customer -> customer.name).containsExactly("Dana", "Farid");

            HibernateCriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<String> query = cb.createQuery(String.class);
            Root<Shop.Customer> customer = query.from(Shop.Customer.class);
            query.select(customer.get("name"))
                    .where(cb.gt(customer.get("totalSpent"), 1000), cb.isTrue(customer.get("active")), cb.greaterThan(customer.get("createdAt"), YEAR_AGO))
                    .orderBy(cb.asc(customer.get("id")));
            assertThat(session.createSelectionQuery(query).getResultList()).containsExactly("Dana", "Farid");
        });
    }

    @Test
    @Order(1)
    void customerStatistics()
    {
        sessionFactory.inSession(session -> {
            Object[] stats = session.createSelectionQuery(
                    "select count(c.id), avg(c.totalSpent), max(c.totalSpent), min(c.age), max(c.age) from ShopCustomer c", Object[].class).getSingleResult();
            assertThat(stats[0]).isEqualTo(7L);
            // 8950.50 / 7 = 1278.642857…; Trino's avg of a decimal(10,2) keeps the scale: 1278.64.
            assertThat(((Number) stats[1]).doubleValue()).isCloseTo(8950.50 / 7, within(0.005));
            assertThat(stats[2]).asString().isEqualTo("3000.00");
            assertThat(stats[3]).isEqualTo((byte) 23);
            assertThat(stats[4]).isEqualTo((byte) 52);

            HibernateCriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Tuple> query = cb.createTupleQuery();
            Root<Shop.Customer> customer = query.from(Shop.Customer.class);
            query.multiselect(cb.count(customer.get("id")).alias("total_customers"), cb.max(customer.get("totalSpent")).alias("max_spent"), cb.min(customer.<Byte>get("age")).alias("min_age"));
            Tuple tuple = session.createSelectionQuery(query).getSingleResult();
            assertThat(tuple.get("total_customers")).isEqualTo(7L);
            assertThat(tuple.get("max_spent")).asString().isEqualTo("3000.00");
            assertThat(tuple.get("min_age")).isEqualTo((byte) 23);
        });
    }

    @Test
    @Order(1)
    void recentOrdersJoinedToTheirCustomers()
    {
        // Orders after 2024-05-31 00:00: 102 (Ada), 103 (Brian), 104 at 23:59 and 105 (Dana).
        List<String> expected = List.of("Ada#102", "Brian#103", "Dana#104", "Dana#105");
        sessionFactory.inSession(session -> {
            List<Object[]> rows = session.createSelectionQuery("""
                            select c, o from ShopCustomer c join ShopOrder o on c.id = o.customerId
                            where o.orderDate > :since order by o.id""", Object[].class)
                    .setParameter("since", MONTH_AGO).getResultList();
            assertThat(rows).extracting(row -> ((Shop.Customer) row[0]).name + "#" + ((Shop.Order) row[1]).id).containsExactlyElementsOf(expected);

            HibernateCriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Tuple> query = cb.createTupleQuery();
            Root<Shop.Customer> customer = query.from(Shop.Customer.class);
            var order = customer.join(Shop.Order.class);
            order.on(cb.equal(customer.get("id"), order.get("customerId")));
            query.multiselect(customer.get("name"), order.get("id")).where(cb.greaterThan(order.get("orderDate"), MONTH_AGO)).orderBy(cb.asc(order.get("id")));
            assertThat(session.createSelectionQuery(query).getResultList()).extracting(tuple -> tuple.get(0) + "#" + tuple.get(1)).containsExactlyElementsOf(expected);
        });
    }

    @Test
    @Order(1)
    void monthlyRevenueGroupedByDateFormat()
    {
        // April: 100.00 + 49.75 (2 orders); May: 300.00 (1); June: 250.00 + 75.50 + 20.25 (3).
        List<String> expected = List.of("2024-04=149.75/2", "2024-05=300.00/1", "2024-06=345.75/3");
        sessionFactory.inSession(session -> {
            List<Object[]> rows = session.createSelectionQuery("""
                    select date_format(o.orderDate, '%Y-%m') as month, sum(o.amount), count(o.id)
                    from ShopOrder o group by date_format(o.orderDate, '%Y-%m') order by month""", Object[].class).getResultList();
            assertThat(rows).extracting(row -> row[0] + "=" + row[1] + "/" + row[2]).containsExactlyElementsOf(expected);

            HibernateCriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Tuple> query = cb.createTupleQuery();
            Root<Shop.Order> order = query.from(Shop.Order.class);
            Expression<String> month = cb.function("date_format", String.class, order.get("orderDate"), cb.literal("%Y-%m"));
            query.multiselect(month, cb.sum(order.get("amount")), cb.count(order.get("id"))).groupBy(month).orderBy(cb.asc(month));
            assertThat(session.createSelectionQuery(query).getResultList()).extracting(tuple -> tuple.get(0) + "=" + tuple.get(1) + "/" + tuple.get(2))
                    .containsExactlyElementsOf(expected);
        });
    }

    @Test
    @Order(2)
    void paginationOfHqlCriteriaAndNativeQueries()
    {
        sessionFactory.inSession(session -> {
            String hql = "select c.id from ShopCustomer c order by c.id";
            assertThat(session.createSelectionQuery(hql, Integer.class).setFirstResult(0).setMaxResults(3).getResultList()).containsExactly(1, 2, 3);
            assertThat(session.createSelectionQuery(hql, Integer.class).setFirstResult(3).setMaxResults(3).getResultList()).containsExactly(4, 5, 6);
            assertThat(session.createSelectionQuery(hql, Integer.class).setFirstResult(6).setMaxResults(3).getResultList()).containsExactly(7);
            assertThat(session.createSelectionQuery(hql, Integer.class).setFirstResult(9).setMaxResults(3).getResultList()).isEmpty();

            HibernateCriteriaBuilder cb = session.getCriteriaBuilder();
            CriteriaQuery<Integer> query = cb.createQuery(Integer.class);
            Root<Shop.Customer> customer = query.from(Shop.Customer.class);
            query.select(customer.get("id")).orderBy(cb.desc(customer.get("id")));
            assertThat(session.createSelectionQuery(query).setFirstResult(0).setMaxResults(3).getResultList()).containsExactly(7, 6, 5);
            assertThat(session.createSelectionQuery(query).setFirstResult(3).setMaxResults(3).getResultList()).containsExactly(4, 3, 2);
            assertThat(session.createSelectionQuery(query).setFirstResult(6).setMaxResults(3).getResultList()).containsExactly(1);
            assertThat(session.createSelectionQuery(query).setFirstResult(9).setMaxResults(3).getResultList()).isEmpty();

            String sql = "select customer_id from " + schema + ".customers order by customer_id";
            assertThat(session.createNativeQuery(sql, Integer.class).setFirstResult(0).setMaxResults(3).getResultList()).containsExactly(1, 2, 3);
            assertThat(session.createNativeQuery(sql, Integer.class).setFirstResult(3).setMaxResults(3).getResultList()).containsExactly(4, 5, 6);
            assertThat(session.createNativeQuery(sql, Integer.class).setFirstResult(6).setMaxResults(3).getResultList()).containsExactly(7);
            assertThat(session.createNativeQuery(sql, Integer.class).setFirstResult(9).setMaxResults(3).getResultList()).isEmpty();
        });
        assertThat(inspector.statements).anySatisfy(sql -> assertThat(sql).contains(" offset ? rows fetch first ? rows only"));
        assertThat(inspector.statements).anySatisfy(sql -> assertThat(sql).contains("order by customer_id offset ? rows fetch next ? rows only"));
        assertThat(inspector.statements).noneMatch(sql -> sql.toLowerCase(Locale.ROOT).contains("limit"));
    }

    @Test
    @Order(2)
    void fetchFirstWithTies()
    {
        // By status: CANCELLED (106), NEW (102, 103), SHIPPED…: the first two rows and every row tied with the second.
        sessionFactory.inSession(session -> assertThat(session.createSelectionQuery(
                "select o.id from ShopOrder o order by o.status fetch first 2 rows with ties", Integer.class).getResultList())
                .containsExactlyInAnyOrder(106, 102, 103));
        assertThat(inspector.statements).anySatisfy(sql -> assertThat(sql).contains("rows with ties"));
    }

    @Test
    @Order(2)
    void isDistinctFromCountsNulls()
    {
        sessionFactory.inSession(session -> {
            // Eve has no email: "<>" drops her, "is distinct from" keeps her.
            assertThat(session.createSelectionQuery("select count(c) from ShopCustomer c where c.email <> 'ada@example.com'", Long.class).getSingleResult()).isEqualTo(5L);
            assertThat(session.createSelectionQuery("select count(c) from ShopCustomer c where c.email is distinct from 'ada@example.com'", Long.class).getSingleResult()).isEqualTo(6L);
            assertThat(session.createSelectionQuery("select count(c) from ShopCustomer c where c.email is not distinct from null", Long.class).getSingleResult()).isEqualTo(1L);
        });
        assertThat(inspector.statements).anySatisfy(sql -> assertThat(sql).contains(" is distinct from "));
    }

    @Test
    @Order(2)
    void commonTableExpression()
    {
        // Order totals per customer: Ada 350.00, Dana 320.25, Brian 75.50, Farid 49.75.
        sessionFactory.inSession(session -> assertThat(session.createSelectionQuery("""
                        with totals as (select o.customerId as customerId, sum(o.amount) as total from ShopOrder o group by o.customerId)
                        select c.name, t.total from totals t join ShopCustomer c on c.id = t.customerId order by t.total desc""", Object[].class).getResultList())
                .extracting(row -> row[0] + "=" + row[1]).containsExactly("Ada=350.00", "Dana=320.25", "Brian=75.50", "Farid=49.75"));
        assertThat(inspector.statements).anySatisfy(sql -> assertThat(sql).startsWith("with "));
    }

    @Test
    @Order(3)
    void everyStatementParsesAsTrino()
    {
        assertThat(inspector.statements).hasSizeGreaterThan(20);
        inspector.statements.forEach(PARSER::createStatement);
    }
}
