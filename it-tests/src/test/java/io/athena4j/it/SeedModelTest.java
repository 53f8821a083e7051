package io.athena4j.it;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import io.trino.sql.parser.SqlParser;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product seed's model (PyAthena's SQLAlchemy example: customers with TINYINT, MAP, ARRAY and a STRUCT holding a
 * MAP; orders with an ARRAY of STRUCTs) as JPA entities with records: tables created by Hibernate's Hive DDL on the
 * local Athena, rows persisted, read back with find, HQL and Criteria, compared field by field.
 */
@AthenaLocalTest
@TestMethodOrder(MethodOrderer.MethodName.class)
final class SeedModelTest
{
    private static final SqlParser PARSER = new SqlParser();
    private static final LocalDateTime CREATED = LocalDateTime.of(2024, 5, 17, 9, 30, 15, 123_000_000);

    private static LocalHibernate hibernate;
    private static List<Customer> customers;
    private static List<Order> orders;

    @BeforeAll
    static void setUp(AthenaLocal local)
            throws SQLException
    {
        hibernate = new LocalHibernate(local, "seed", Map.of(), Customer.class, Order.class);
        customers = customers();
        orders = orders();
        hibernate.sessionFactory.inTransaction(session -> {
            customers.forEach(session::persist);
            orders.forEach(session::persist);
        });
    }

    @AfterAll
    static void tearDown()
    {
        if (hibernate != null) {
            hibernate.close();
        }
    }

    private static List<Customer> customers()
    {
        Map<String, String> johnsPreferences = new LinkedHashMap<>();
        johnsPreferences.put("newsletter", "true");
        johnsPreferences.put("vip", "false");
        johnsPreferences.put("language", "en");
        Customer john = new Customer(12345, "John Doe", "john@example.com", (byte) 35, true, CREATED, new BigDecimal("1234.50"),
                johnsPreferences, List.of(1001, 1002, 1003),
                new Profile("123 Main St, Anytown, USA", "+1-555-0123", Map.of("contact_method", "email", "timezone", "EST")));

        // What Athena's text rendering cannot carry: separators, brackets, quotes, backslashes, newlines, NULLs, empties.
        Map<String, String> trickyPreferences = new LinkedHashMap<>();
        trickyPreferences.put("k=v, x", "{a=1}, [b]");
        trickyPreferences.put("", "");
        trickyPreferences.put("null", null);
        trickyPreferences.put("quote", "it's \"quoted\" \\ back\\slash");
        List<Integer> history = new ArrayList<>(Arrays.asList(7, null, Integer.MIN_VALUE, Integer.MAX_VALUE));
        Customer tricky = new Customer(2, "O'Brien, \"Jr\"", null, Byte.MIN_VALUE, false, CREATED.plusDays(1), new BigDecimal("-0.01"),
                trickyPreferences, history, new Profile("line 1\nline 2 \\ {end}", null, Map.of()));

        Customer empty = new Customer(3, "Empty", "e@example.com", Byte.MAX_VALUE, null, null, null, Map.of(), List.of(), null);
        Customer nulls = new Customer(4, "Nulls", null, null, null, null, null, null, null, new Profile(null, null, null));
        return List.of(john, tricky, empty, nulls);
    }

    private static List<Order> orders()
    {
        return List.of(
                new Order(1, 12345, CREATED, new BigDecimal("109.98"), "SHIPPED", (short) 1,
                        List.of(new LineItem(501, 2, new BigDecimal("9.99")), new LineItem(502, 1, new BigDecimal("999999.99")))),
                new Order(2, 12345, CREATED.plusHours(1), new BigDecimal("0.00"), "NEW", Short.MAX_VALUE,
                        Arrays.asList(new LineItem(503, null, null), null)),
                new Order(3, 2, CREATED.plusHours(2), null, "CANCELLED", Short.MIN_VALUE, List.of()),
                new Order(4, 3, null, null, null, null, null));
    }

    @Test
    void ddlUsesHiveSpellingForEveryColumn()
            throws SQLException
    {
        Map<String, String> customerColumns = columnTypes("customers");
        assertThat(customerColumns)
                .containsEntry("age", "tinyint")
                .containsEntry("preferences", "map<string,string>")
                .containsEntry("order_history", "array<int>")
                .containsEntry("profile", "struct<address:string,phone:string,preferences:map<string,string>>")
                .containsEntry("total_spent", "decimal(10,2)");
        assertThat(columnTypes("orders"))
                .containsEntry("items", "array<struct<product_id:int,quantity:int,price:decimal(8,2)>>")
                .containsEntry("priority", "smallint");
    }

    private static Map<String, String> columnTypes(String table)
            throws SQLException
    {
        Map<String, String> types = new LinkedHashMap<>();
        try (Connection connection = hibernate.connection(); ResultSet columns = connection.getMetaData().getColumns(null, hibernate.schema, table, "%")) {
            while (columns.next()) {
                types.put(columns.getString("COLUMN_NAME"), columns.getString("TYPE_NAME").replace(" ", "").toLowerCase(Locale.ROOT));
            }
        }
        return types;
    }

    @Test
    void findReadsEveryCustomerBackFieldByField()
    {
        hibernate.sessionFactory.inSession(session -> {
            for (Customer expected : customers) {
                assertSameCustomer(session.find(Customer.class, expected.customerId), expected);
            }
        });
    }

    @Test
    void findReadsEveryOrderBackFieldByField()
    {
        hibernate.sessionFactory.inSession(session -> {
            for (Order expected : orders) {
                assertSameOrder(session.find(Order.class, expected.orderId), expected);
            }
        });
    }

    @Test
    void hqlSelectsEntitiesAndComplexAttributes()
    {
        hibernate.sessionFactory.inSession(session -> {
            List<Customer> adults = session.createSelectionQuery("from Customer c where c.age >= 35 order by c.customerId", Customer.class).getResultList();
            assertThat(adults).extracting(c -> c.customerId).containsExactly(3, 12345);
            assertSameCustomer(adults.get(1), customers.get(0));

            Object[] row = session.createSelectionQuery("select c.profile, c.orderHistory, c.preferences from Customer c where c.customerId = 2", Object[].class)
                    .getSingleResult();
            assertThat(row[0]).isEqualTo(customers.get(1).profile);
            assertThat(row[1]).isEqualTo(customers.get(1).orderHistory);
            assertThat(row[2]).isEqualTo(customers.get(1).preferences);

            List<LineItem> items = session.createSelectionQuery("select o.items from Order o where o.orderId = 1", List.class).getSingleResult();
            assertThat(items).isEqualTo(orders.get(0).items);
        });
    }

    @Test
    void hqlBindsComplexValuesAsParameters()
    {
        hibernate.sessionFactory.inSession(session -> {
            List<Integer> matches = session.createSelectionQuery("select c.customerId from Customer c where c.orderHistory = :history", Integer.class)
                    .setParameter("history", List.of(1001, 1002, 1003))
                    .getResultList();
            assertThat(matches).containsExactly(12345);
        });
    }

    @Test
    void criteriaQueriesReadComplexAttributes()
    {
        hibernate.sessionFactory.inSession(session -> {
            CriteriaBuilder builder = session.getCriteriaBuilder();
            CriteriaQuery<Order> query = builder.createQuery(Order.class);
            Root<Order> order = query.from(Order.class);
            query.select(order).where(builder.equal(order.get("customerId"), 12345)).orderBy(builder.asc(order.get("orderId")));
            List<Order> found = session.createQuery(query).getResultList();
            assertThat(found).hasSize(2);
            assertSameOrder(found.get(0), orders.get(0));
            assertSameOrder(found.get(1), orders.get(1));

            CriteriaQuery<Profile> profiles = builder.createQuery(Profile.class);
            Root<Customer> customer = profiles.from(Customer.class);
            profiles.select(customer.get("profile")).where(builder.equal(customer.get("customerId"), 12345));
            assertThat(session.createQuery(profiles).getSingleResult()).isEqualTo(customers.get(0).profile);
        });
    }

    @Test
    void nativeSqlReachesStructFieldsByPath()
    {
        hibernate.sessionFactory.inSession(session -> {
            String address = (String) session.createNativeQuery("select c.profile.address from " + hibernate.schema + ".customers c where c.customer_id = 12345", String.class)
                    .getSingleResult();
            assertThat(address).isEqualTo("123 Main St, Anytown, USA");
        });
    }

    @Test
    void zzEveryStatementReadsComplexColumnsAsJsonAndParsesAsTrino()
    {
        assertThat(hibernate.statements).anySatisfy(sql -> assertThat(sql).contains("cast(c1_0.profile as json)"));
        for (String sql : hibernate.statements) {
            PARSER.createStatement(sql);
        }
    }

    private static void assertSameCustomer(Customer actual, Customer expected)
    {
        assertThat(actual).isNotNull();
        assertThat(actual.customerId).isEqualTo(expected.customerId);
        assertThat(actual.name).isEqualTo(expected.name);
        assertThat(actual.email).isEqualTo(expected.email);
        assertThat(actual.age).isEqualTo(expected.age);
        assertThat(actual.isActive).isEqualTo(expected.isActive);
        assertThat(actual.createdAt).isEqualTo(expected.createdAt);
        assertThat(actual.totalSpent).isEqualTo(expected.totalSpent);
        assertThat(actual.preferences).isEqualTo(expected.preferences);
        assertThat(actual.orderHistory).isEqualTo(expected.orderHistory);
        assertThat(actual.profile).isEqualTo(expected.profile);
    }

    private static void assertSameOrder(Order actual, Order expected)
    {
        assertThat(actual).isNotNull();
        assertThat(actual.orderId).isEqualTo(expected.orderId);
        assertThat(actual.customerId).isEqualTo(expected.customerId);
        assertThat(actual.orderDate).isEqualTo(expected.orderDate);
        assertThat(actual.amount).isEqualTo(expected.amount);
        assertThat(actual.status).isEqualTo(expected.status);
        assertThat(actual.priority).isEqualTo(expected.priority);
        assertThat(actual.items).isEqualTo(expected.items);
    }
}
