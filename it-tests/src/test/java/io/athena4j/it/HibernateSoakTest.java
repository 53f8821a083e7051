package io.athena4j.it;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.athena4j.hibernate.AthenaDialect;
import io.athena4j.hibernate.AthenaSettings;
import io.athena4j.jdbc.AthenaDriver;
import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Hibernate workload under concurrency: 32 threads share a HikariCP pool of 10 under one SessionFactory (AthenaDialect,
 * hbm2ddl create on the local Athena). Each worker runs rounds of: persist its next rows in one JDBC batch (folded into
 * one INSERT), page them back with setFirstResult/setMaxResults, aggregate all its rows so far, and look rows up by id,
 * checking every value: more than 1,000 queries in all, zero errors, every row back exactly once, no connection left
 * checked out, no thread left behind. The plain-JDBC soak of the pool is io.athena4j.jdbc.HikariPoolTest in the driver.
 * Rows and INSERTs are few on purpose: the soak is about many queries from many threads, not volume (that is the
 * fuzzers' part), and every INSERT adds a file that each later query of the Hive table reads. The first poll waits 100 ms
 * (the driver's default is 10 ms, growing): on two busy cores fewer GetQueryExecution calls leave the CPU to the queries.
 */
@AthenaLocalTest
@ExtendWith(ReliabilityRun.class)
final class HibernateSoakTest
{
    private static final int THREADS = 32;
    private static final int POOL_SIZE = 10;
    /** Rounds per worker, times the scale. */
    private static final int ROUNDS = 1;
    private static final int ROWS_PER_ROUND = 20;
    private static final int PAGE = 2;
    private static final int LOOKUPS_PER_ROUND = 21;
    /** One INSERT, the pages, one aggregate, the lookups. */
    private static final int QUERIES_PER_ROUND = 1 + (ROWS_PER_ROUND + PAGE - 1) / PAGE + 1 + LOOKUPS_PER_ROUND;

    @Test
    void thirtyTwoThreadsPersistInBatchesAndPageBack(AthenaLocal local)
            throws Exception
    {
        String url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";OutputLocation=s3://reliability/soak-results/"
                + ";MinQueryExecutionPollingIntervalMillis=100";
        String schema = "soak_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection connection = DriverManager.getConnection(url + ";User=local;Password=local"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + schema);
        }
        // Before the thread snapshot: the first admin() call starts the admin client's selector thread.
        long startsBefore = local.admin().callCount("StartQueryExecution");
        Set<String> threadsBefore = ThreadLeaks.liveThreadNames();
        Optional<String> marker;
        try (QueryHistory history = new QueryHistory(local.endpoint())) {
            marker = history.newest();
        }
        AtomicLong statements = new AtomicLong();
        HikariConfig config = new HikariConfig();
        config.setDriverClassName(AthenaDriver.class.getName());
        config.setJdbcUrl(url);
        config.setUsername("local");
        config.setPassword("local");
        config.setMaximumPoolSize(POOL_SIZE);
        // HikariCP hands a returned connection back to the thread that used it first, so with 32 threads on 10
        // connections the last threads wait for the first ones' whole work: on a busy 2-core build machine that
        // exceeded five minutes. The workers' own bound (below) is what stops a hang.
        config.setConnectionTimeout(TimeUnit.MINUTES.toMillis(15));
        int rounds = ROUNDS * ReliabilityRun.scale();
        int rows = THREADS * ROWS_PER_ROUND * rounds;
        long queries;
        try (HikariDataSource pool = new HikariDataSource(config)) {
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                    .applySetting("hibernate.connection.datasource", pool)
                    .applySetting("hibernate.default_schema", schema)
                    .applySetting("hibernate.hbm2ddl.auto", "create")
                    .applySetting(AthenaSettings.LOCATION_PREFIX, "s3://reliability/soak-tables/" + schema)
                    .applySetting("hibernate.session_factory.statement_inspector", (StatementInspector) sql -> {
                        statements.incrementAndGet();
                        return sql;
                    })
                    .build();
            try (SessionFactory sessionFactory = new MetadataSources(registry).addAnnotatedClass(SoakEvent.class).buildMetadata().buildSessionFactory()) {
                assertThat(sessionFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()).isInstanceOf(AthenaDialect.class);
                ExecutorService workers = Executors.newFixedThreadPool(THREADS);
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int worker = t;
                    results.add(workers.submit(() -> work(sessionFactory, worker, rounds)));
                }
                int checked = 0;
                for (Future<Integer> result : results) {
                    checked += result.get(20, TimeUnit.MINUTES);
                }
                workers.shutdown();
                assertThat(workers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
                assertThat(checked).isEqualTo(rows);
                sessionFactory.inSession(session -> assertThat(session.createSelectionQuery("select count(e) from SoakEvent e", Long.class).getSingleResult())
                        .isEqualTo((long) rows));
            }
            finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections still checked out").isZero();
            assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isLessThanOrEqualTo(POOL_SIZE);
        }
        queries = local.admin().callCount("StartQueryExecution") - startsBefore;
        Map<String, Object> figures = new TreeMap<>();
        try (QueryHistory history = new QueryHistory(local.endpoint())) {
            // Where the time went, as the server measured it: total seconds of the queries, by statement.
            history.since(marker).forEach(execution -> {
                String statement = execution.query().strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
                Long millis = execution.statistics() == null ? null : execution.statistics().totalExecutionTimeInMillis();
                figures.merge("seconds:" + statement, millis == null ? 0.0 : millis / 1000.0, (x, y) -> (double) x + (double) y);
                figures.merge("queries:" + statement, 1L, (x, y) -> (long) x + (long) y);
            });
        }
        figures.replaceAll((name, value) -> value instanceof Double seconds ? Math.round(seconds) : value);
        Set<String> leaked = ThreadLeaks.awaitNoNewThreads(threadsBefore);
        figures.putAll(Map.of("threads", THREADS, "pool", POOL_SIZE, "rows", rows, "statements", statements.get(), "queries", queries, "leakedThreads", leaked.size()));
        ReliabilityRun.print("HibernateSoakTest", figures);
        // Counted by the server: the workers' queries, the DDL and the final count.
        assertThat(queries).as("queries the server started").isGreaterThanOrEqualTo((long) THREADS * QUERIES_PER_ROUND * rounds).isGreaterThanOrEqualTo(1_000);
        ReliabilityRun.add("soak: Hibernate statements", statements.get());
        ReliabilityRun.add("queries run (all tests)", queries);
        ReliabilityRun.add("leaked threads (all tests)", leaked.size());
        assertThat(leaked).as("threads left behind").isEmpty();
    }

    /** Runs this worker's rounds; returns the rows checked on their pages. */
    private static int work(SessionFactory sessionFactory, int worker, int rounds)
    {
        SplittableRandom random = new SplittableRandom(worker);
        int checked = 0;
        for (int round = 0; round < rounds; round++) {
            int base = round * ROWS_PER_ROUND;
            sessionFactory.inTransaction(session -> {
                for (int seq = base; seq < base + ROWS_PER_ROUND; seq++) {
                    session.persist(new SoakEvent(worker, seq, payload(worker, seq), amount(worker, seq), happenedAt(worker, seq)));
                }
            });
            for (int first = 0; first < ROWS_PER_ROUND; first += PAGE) {
                int offset = first;
                List<SoakEvent> page = sessionFactory.fromSession(session -> session
                        .createSelectionQuery("from SoakEvent e where e.worker = :worker and e.seq >= :base order by e.seq", SoakEvent.class)
                        .setParameter("worker", worker)
                        .setParameter("base", base)
                        .setFirstResult(offset)
                        .setMaxResults(PAGE)
                        .getResultList());
                assertThat(page).hasSize(Math.min(PAGE, ROWS_PER_ROUND - offset));
                for (int i = 0; i < page.size(); i++) {
                    assertRow(page.get(i), worker, base + offset + i);
                    checked++;
                }
            }
            long rowsSoFar = base + ROWS_PER_ROUND;
            Object[] aggregate = sessionFactory.fromSession(session -> session
                    .createSelectionQuery("select count(e), sum(e.seq), max(e.seq) from SoakEvent e where e.worker = :worker", Object[].class)
                    .setParameter("worker", worker)
                    .getSingleResult());
            assertThat(aggregate[0]).as("rows of worker %d", worker).isEqualTo(rowsSoFar);
            assertThat(((Number) aggregate[1]).longValue()).as("sum of worker %d's seq", worker).isEqualTo(rowsSoFar * (rowsSoFar - 1) / 2);
            assertThat(aggregate[2]).isEqualTo((int) rowsSoFar - 1);
            for (int lookup = 0; lookup < LOOKUPS_PER_ROUND; lookup++) {
                int seq = random.nextInt((int) rowsSoFar);
                SoakEvent event = sessionFactory.fromSession(session -> session.find(SoakEvent.class, worker + "-" + seq));
                assertThat(event).as("row %d-%d by id", worker, seq).isNotNull();
                assertRow(event, worker, seq);
            }
        }
        return checked;
    }

    private static void assertRow(SoakEvent event, int worker, int seq)
    {
        assertThat(event.worker).isEqualTo(worker);
        assertThat(event.seq).isEqualTo(seq);
        assertThat(event.payload).isEqualTo(payload(worker, seq));
        assertThat(event.amount).isEqualByComparingTo(amount(worker, seq));
        assertThat(event.happenedAt).isEqualTo(happenedAt(worker, seq));
    }

    private static LocalDateTime happenedAt(int worker, int seq)
    {
        return LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(worker * 100_000L + seq);
    }

    private static String payload(int worker, int seq)
    {
        return "worker " + worker + " it's row " + seq + " -- /* ? */ \\ \n😀";
    }

    private static BigDecimal amount(int worker, int seq)
    {
        return new BigDecimal(worker + "" + seq + ".0123456789");
    }
}
