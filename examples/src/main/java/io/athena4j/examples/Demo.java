package io.athena4j.examples;

import io.athena4j.hibernate.AthenaSettings;
import io.athena4j.jdbc.AthenaStatement;
import io.athena4j.jdbc.QueryStatistics;
import io.athena4j.local.AthenaLocal;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The README's main job: plain JPA/Hibernate on the local Athena. Hibernate creates a Hive table and an Iceberg table
 * from two entities (with TINYINT, ARRAY, MAP and a nested STRUCT), persists a few thousand rows in batches, runs
 * paginated, aggregating and joining HQL, updates the Iceberg table, streams a large result, and prints what each step
 * cost in Athena queries and time.
 */
public final class Demo
{
    private static final PrintStream OUT = System.out;
    private static final int CUSTOMERS = 2_000;
    private static final int ORDERS = 6_000;
    private static final List<String> COUNTRIES = List.of("DE", "FR", "US", "JP", "BR");

    private final AthenaLocal local;
    private final SessionFactory sessions;
    private final List<String> statements;

    private Demo(AthenaLocal local, SessionFactory sessions, List<String> statements)
    {
        this.local = local;
        this.sessions = sessions;
        this.statements = statements;
    }

    public static void main(String[] arguments)
            throws Exception
    {
        OUT.println("athena4j demo: JPA entities on the local Athena — Hibernate 7, AthenaDialect, athena4j types and JDBC driver");
        OUT.println();
        long start = System.nanoTime();
        try (AthenaLocal local = AthenaLocal.start()) {
            OUT.printf("Local Athena ready at %s after %.1f s%n", local.endpoint(), seconds(System.nanoTime() - start));
            String url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";OutputLocation=s3://athena4j-demo/results/";
            OUT.println("JDBC URL: " + url);
            OUT.println();
            List<String> statements = new CopyOnWriteArrayList<>();
            StringWriter ddl = new StringWriter();
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                    // No hibernate.dialect: AthenaDialect is found from the driver's DatabaseMetaData.
                    .applySetting("hibernate.connection.url", url)
                    // Credentials as connection properties, not in the URL: Hibernate logs the URL it was given.
                    // The local Athena accepts any; against AWS, leave them out and the default chain is used.
                    .applySetting("hibernate.connection.username", "local")
                    .applySetting("hibernate.connection.password", "local")
                    .applySetting("hibernate.default_schema", "shop")
                    // Create the tables on the local Athena and keep a copy of the DDL to print.
                    .applySetting("jakarta.persistence.schema-generation.database.action", "create")
                    .applySetting("jakarta.persistence.schema-generation.scripts.action", "create")
                    .applySetting("jakarta.persistence.schema-generation.scripts.create-target", ddl)
                    .applySetting("jakarta.persistence.create-database-schemas", "true")
                    .applySetting(AthenaSettings.LOCATION_PREFIX, "s3://athena4j-demo/warehouse/")
                    .applySetting("hibernate.session_factory.statement_inspector", (StatementInspector) sql -> {
                        statements.add(sql);
                        return sql;
                    })
                    .build();
            long queriesBefore = local.admin().callCount("StartQueryExecution");
            long bootStart = System.nanoTime();
            try (SessionFactory sessions = new MetadataSources(registry)
                    .addAnnotatedClasses(Customer.class, Order.class)
                    .buildMetadata()
                    .buildSessionFactory()) {
                OUT.printf("1. Hibernate boots and creates the schema from the entities: %s, %d Athena queries, %.1f s%n",
                        sessions.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect().getClass().getSimpleName(),
                        local.admin().callCount("StartQueryExecution") - queriesBefore, seconds(System.nanoTime() - bootStart));
                ddl.toString().lines()
                        .filter(line -> !line.isBlank())
                        .forEach(line -> OUT.println("   " + line));
                OUT.println();
                local.admin().resetCallCounts();
                new Demo(local, sessions, statements).run();
            }
            finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            OUT.println();
            OUT.printf("Done in %.1f s; the local Athena stops now.%n", seconds(System.nanoTime() - start));
        }
    }

    private void run()
            throws Exception
    {
        Random random = new Random(42);
        List<Customer> customers = customers(random);
        List<Order> orders = orders(random);

        step("2. Persist " + String.format("%,d", CUSTOMERS) + " customers (Hive, Parquet, partitioned by country) in JDBC batches", () -> {
            sessions.inTransaction(session -> customers.forEach(session::persist));
            return List.of();
        });
        step("3. Persist " + String.format("%,d", ORDERS) + " orders (Iceberg, partitioned by month(order_date)) with array<struct> items", () -> {
            sessions.inTransaction(session -> orders.forEach(session::persist));
            return List.of();
        });
        step("4. find(Customer.class, 42): complex columns come back exactly, read as JSON", () -> sessions.fromSession(session -> {
            Customer c = session.find(Customer.class, 42);
            return List.of(
                    "name=" + c.name + ", age (tinyint)=" + c.age + ", country=" + c.country + ", total_spent=" + c.totalSpent,
                    "preferences (map)    = " + c.preferences,
                    "order_history (array)= " + c.orderHistory,
                    "profile (struct)     = " + c.profile);
        }));
        step("5. HQL page 3 (rows 21–30) of active customers by total spent", () -> sessions.fromSession(session -> {
            List<Object[]> page = session.createSelectionQuery(
                            "select c.customerId, c.name, c.country, c.totalSpent from Customer c where c.active order by c.totalSpent desc, c.customerId",
                            Object[].class)
                    .setFirstResult(20)
                    .setMaxResults(10)
                    .getResultList();
            List<String> lines = new ArrayList<>();
            lines.add("SQL: " + lastSelect());
            page.forEach(row -> lines.add(String.format("%6d  %-16s %s %10s", row[0], row[1], row[2], row[3])));
            return lines;
        }));
        step("6. Monthly revenue: GROUP BY date_format(order_date, '%Y-%m')", () -> sessions.fromSession(session -> {
            List<Object[]> months = session.createSelectionQuery(
                            "select date_format(o.orderDate, '%Y-%m'), count(o), sum(o.amount) from Order o "
                                    + "group by date_format(o.orderDate, '%Y-%m') order by 1", Object[].class)
                    .getResultList();
            return months.stream().map(row -> String.format("%s  %,6d orders  %,14.2f", row[0], row[1], row[2])).toList();
        }));
        step("7. Join: top 5 customers by revenue, with their country (Hive ⋈ Iceberg)", () -> sessions.fromSession(session -> {
            List<Object[]> top = session.createSelectionQuery(
                            "select c.name, c.country, count(o), sum(o.amount) from Order o join Customer c on c.customerId = o.customerId "
                                    + "group by c.customerId, c.name, c.country order by sum(o.amount) desc, c.customerId", Object[].class)
                    .setMaxResults(5)
                    .getResultList();
            return top.stream().map(row -> String.format("%-16s %s  %2d orders  %,10.2f", row[0], row[1], row[2], row[3])).toList();
        }));
        step("8. Iceberg update: PENDING orders before March are SHIPPED now", () -> sessions.fromTransaction(session -> {
            int updated = session.createMutationQuery("update Order o set o.status = 'SHIPPED' where o.status = 'PENDING' and o.orderDate < :cutoff")
                    .setParameter("cutoff", LocalDate.of(2026, 3, 1))
                    .executeUpdate();
            long stillPending = session.createSelectionQuery(
                            "select count(o) from Order o where o.status = 'PENDING' and o.orderDate < :cutoff", Long.class)
                    .setParameter("cutoff", LocalDate.of(2026, 3, 1))
                    .getSingleResult();
            return List.of(String.format("%,d rows updated; pending before March afterwards: %d", updated, stillPending));
        }));
        step("9. Stream 250,000 rows through a forward-only result (pages of 1,000, prefetched)", () -> sessions.fromSession(session -> {
            AtomicLong rows = new AtomicLong();
            AtomicLong sum = new AtomicLong();
            long heapBefore = usedHeap();
            try (Stream<Object[]> stream = session.createNativeQuery(
                            "select x, y from unnest(sequence(1, 500)) as a(x) cross join unnest(sequence(1, 500)) as b(y)", Object[].class)
                    .setFetchSize(1000)
                    .getResultStream()) {
                stream.forEach(row -> {
                    rows.incrementAndGet();
                    sum.addAndGet(((Number) row[0]).longValue() * ((Number) row[1]).longValue());
                });
            }
            return List.of(String.format("%,d rows read, sum of x*y = %,d (expected %,d); heap grew by %,d KiB at most",
                    rows.get(), sum.get(), 125_250L * 125_250L, Math.max(0, usedHeap() - heapBefore) / 1024));
        }));
        step("10. The same revenue query in plain SQL, through AthenaStatement for Athena's statistics", () -> sessions.fromSession(session -> session.doReturningWork(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(
                            "SELECT date_format(order_date, '%Y-%m') AS month, sum(amount) FROM shop.orders GROUP BY 1 ORDER BY 1")) {
                int months = 0;
                while (result.next()) {
                    months++;
                }
                AthenaStatement athena = statement.unwrap(AthenaStatement.class);
                QueryStatistics stats = athena.getQueryStatistics().orElseThrow();
                return List.of(String.format("%d months; query id %s; data scanned %,d bytes; engine %d ms; total %d ms",
                        months, athena.getQueryExecutionId().orElseThrow(), stats.dataScannedBytes(), stats.engineExecutionMillis(), stats.totalExecutionMillis()));
            }
        })));
        OUT.println();
        OUT.printf("Athena API calls during steps 2–10: %s%n", local.admin().callCounts());
    }

    private interface Body
    {
        List<String> run()
                throws Exception;
    }

    private void step(String title, Body body)
            throws Exception
    {
        OUT.println(title);
        long queries = local.admin().callCount("StartQueryExecution");
        long start = System.nanoTime();
        List<String> lines = body.run();
        long elapsed = System.nanoTime() - start;
        lines.forEach(line -> OUT.println("   " + line));
        long used = local.admin().callCount("StartQueryExecution") - queries;
        OUT.printf("   → %d Athena %s, %.2f s%n%n", used, used == 1 ? "query" : "queries", seconds(elapsed));
    }

    private String lastSelect()
    {
        for (int i = statements.size() - 1; i >= 0; i--) {
            if (statements.get(i).startsWith("select")) {
                return statements.get(i);
            }
        }
        return "(none recorded)";
    }

    private static List<Customer> customers(Random random)
    {
        List<Customer> customers = new ArrayList<>(CUSTOMERS);
        for (int id = 1; id <= CUSTOMERS; id++) {
            Map<String, String> preferences = new LinkedHashMap<>();
            preferences.put("language", List.of("de", "fr", "en", "ja", "pt").get(random.nextInt(5)));
            preferences.put("newsletter", random.nextBoolean() ? "yes" : "no");
            // Characters that break text parsing of Athena's rendering ({k=v, …}) survive the JSON read path.
            preferences.put("note", "likes {braces}, commas, a=b and \"quotes\"");
            List<Integer> history = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                history.add(random.nextInt(10_000));
            }
            Profile profile = new Profile(id + " Main Street, Springfield", "+1-555-" + (1000 + id), Map.of("contact", random.nextBoolean() ? "email" : "phone"));
            customers.add(new Customer(id, "customer-" + id, "c" + id + "@example.com", (byte) (18 + random.nextInt(63)), random.nextInt(10) < 8,
                    LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(random.nextInt(1_000_000)),
                    BigDecimal.valueOf(random.nextInt(1_000_000), 2), preferences, history, profile, COUNTRIES.get(random.nextInt(COUNTRIES.size()))));
        }
        return customers;
    }

    private static List<Order> orders(Random random)
    {
        List<String> statuses = List.of("PENDING", "SHIPPED", "DELIVERED");
        List<Order> orders = new ArrayList<>(ORDERS);
        for (int id = 1; id <= ORDERS; id++) {
            List<LineItem> items = new ArrayList<>();
            BigDecimal amount = BigDecimal.ZERO;
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                LineItem item = new LineItem(random.nextInt(500), 1 + random.nextInt(5), BigDecimal.valueOf(100 + random.nextInt(20_000), 2));
                items.add(item);
                amount = amount.add(item.price().multiply(BigDecimal.valueOf(item.quantity())));
            }
            orders.add(new Order(id, 1 + random.nextInt(CUSTOMERS), LocalDate.of(2026, 1, 1).plusDays(random.nextInt(181)),
                    amount.setScale(2, RoundingMode.UNNECESSARY), statuses.get(random.nextInt(statuses.size())), items));
        }
        return orders;
    }

    private static long usedHeap()
    {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double seconds(long nanos)
    {
        return nanos / 1e9;
    }
}
