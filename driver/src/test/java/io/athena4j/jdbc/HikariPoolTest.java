package io.athena4j.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HikariCP over the driver: 32 threads share a pool of 10 for 50 queries each (times
 * {@code -Dathena4j.reliability.scale}), some of which fail, and the pool never evicts a connection (a created-connection
 * count above the pool size would show one), every connection is returned, and no thread is left behind.
 */
@AthenaLocalTest
final class HikariPoolTest
{
    private static final int POOL_SIZE = 10;
    private static final int THREADS = 32;
    private static final int QUERIES_PER_THREAD = 50 * Integer.parseInt(System.getProperty("athena4j.reliability.scale", "1").trim());

    @Test
    void thirtyTwoThreadsOnTenConnectionsWithoutEviction(AthenaLocal local)
            throws Exception
    {
        AtomicInteger connectionsCreated = new AtomicInteger();
        HikariConfig config = new HikariConfig();
        config.setDriverClassName(AthenaDriver.class.getName());
        config.setJdbcUrl("jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";OutputLocation=s3://driver-test/pool/");
        config.setUsername("local");
        config.setPassword("local");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(POOL_SIZE);
        config.setConnectionTimeout(120_000);
        config.setMetricsTrackerFactory((poolName, poolStats) -> new IMetricsTracker()
        {
            @Override
            public void recordConnectionCreatedMillis(long connectionCreatedMillis)
            {
                connectionsCreated.incrementAndGet();
            }
        });

        Set<String> threadsBefore = liveThreads();
        int evictions;
        try (HikariDataSource pool = new HikariDataSource(config)) {
            // The pool fills in the background, its first connection before the tracker is installed: count from a full pool.
            for (int i = 0; i < 500 && pool.getHikariPoolMXBean().getTotalConnections() < POOL_SIZE; i++) {
                Thread.sleep(10);
            }
            assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isEqualTo(POOL_SIZE);
            int createdBeforeWorkload = connectionsCreated.get();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int threadNumber = thread;
                results.add(threads.submit(() -> {
                    int checked = 0;
                    for (int query = 0; query < QUERIES_PER_THREAD; query++) {
                        try (Connection connection = pool.getConnection();
                                Statement statement = connection.createStatement()) {
                            if (query % 10 == 9) {
                                // A failing query must not cost the pool its connection.
                                assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM missing_table_" + threadNumber))
                                        .isInstanceOf(SQLException.class);
                                checked++;
                                continue;
                            }
                            int expected = threadNumber * 1000 + query;
                            try (ResultSet rs = statement.executeQuery("SELECT " + expected + " + 0")) {
                                assertThat(rs.next()).isTrue();
                                assertThat(rs.getInt(1)).isEqualTo(expected);
                                checked++;
                            }
                        }
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(10, TimeUnit.MINUTES);
            }
            threads.shutdown();
            assertThat(total).isEqualTo(THREADS * QUERIES_PER_THREAD);
            assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isEqualTo(POOL_SIZE);
            evictions = connectionsCreated.get() - createdBeforeWorkload;
            assertThat(evictions).as("connections created during the workload: each would replace an evicted one").isZero();
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections still checked out").isZero();
            assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        // The pool's and the workload's threads end, and so do the SDK client's: the driver closes it with its last
        // connection. The Apache 5 HTTP client's idle-connection-reaper is one thread per JVM while any SDK client is open.
        Set<String> leaked = Set.of();
        for (int i = 0; i < 100; i++) {
            leaked = liveThreads();
            leaked.removeAll(threadsBefore);
            leaked.removeIf(name -> name.startsWith("idle-connection-reaper#"));
            if (leaked.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(leaked).as("threads left behind").isEmpty();
        System.out.println("[reliability] HikariPoolTest: threads=" + THREADS + " pool=" + POOL_SIZE + " queries=" + THREADS * QUERIES_PER_THREAD
                + " evictions=" + evictions + " leakedThreads=" + leaked.size());
    }

    private static Set<String> liveThreads()
    {
        Set<String> names = new HashSet<>();
        Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).forEach(thread -> names.add(thread.getName() + "#" + thread.getId()));
        return names;
    }
}
