package io.athena4j.it;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import io.athena4j.jdbc.AthenaStatement;
import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import io.athena4j.local.FaultSpec;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault matrix: 10,000 queries (times the scale) from 72 threads over a HikariCP pool of 48, while the local
 * Athena throttles 30% of all API calls, answers 5% with HTTP 500, fails marked queries with each Athena error class,
 * keeps others RUNNING until they time out or are cancelled mid-run. Every query either returns its correct result or
 * fails with a clear SQLException (the SQLState of docs/driver.md, Athena's message, the query id); no thread hangs,
 * no query is left RUNNING on the server, and the pool evicts no connection. Connection refused is covered too; a
 * restart mid-pagination is in {@link ServerRestartMidPaginationTest}.
 */
@AthenaLocalTest
@ExtendWith(ReliabilityRun.class)
final class FaultMatrixTest
{
    // The 10,000 by default; 100,000 with -Dathena4j.reliability.scale=10. The run waits more than it computes:
    // a throttled call sleeps in the SDK's backoff (full jitter from a 1 s base), and with 30% throttled a query's five
    // or six calls spend about two seconds there. Hence many threads and connections (pool evictions are checked all
    // the same) and a 200 ms first poll, which saves calls: 10,000 queries take about 6.5 minutes on two cores.
    private static final int QUERIES = 10_000;
    private static final int THREADS = 72;
    private static final int POOL_SIZE = 48;
    private static final Duration SLOW = Duration.ofMinutes(10);

    /** A failed-query cell: the fault, and what the driver must make of it. */
    private record FailureClass(String marker, int category, int type, String message, String sqlState)
    {
        FaultSpec fault()
        {
            return FaultSpec.failQuery(category, type, message).queryContains(marker);
        }
    }

    private static final List<FailureClass> FAILURES = List.of(
            new FailureClass("fm_table_not_found", 2, 1301, "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.default.orders' does not exist", "42S02"),
            new FailureClass("fm_column_not_found", 2, 1006, "COLUMN_NOT_FOUND: line 1:8: Column 'x' cannot be resolved", "42S22"),
            new FailureClass("fm_syntax", 2, 1006, "SYNTAX_ERROR: line 1:8: Column 'a' is ambiguous", "42000"),
            new FailureClass("fm_function", 2, 1303, "FUNCTION_NOT_FOUND: line 1:8: Function 'nope' not registered", "42883"),
            new FailureClass("fm_division", 2, 1001, "DIVISION_BY_ZERO: Division by zero", "22012"),
            new FailureClass("fm_range", 2, 1001, "NUMERIC_VALUE_OUT_OF_RANGE: Value 300 exceeds MAX_BYTE", "22003"),
            new FailureClass("fm_cast", 2, 1100, "INVALID_CAST_ARGUMENT: Cannot cast 'abc' to INT", "22000"),
            new FailureClass("fm_not_supported", 2, 1200, "NOT_SUPPORTED: Unsupported statement", "HY000"),
            new FailureClass("fm_hive_parse", 1, 1003, "FAILED: ParseException line 1:12 cannot recognize input near 'x'", "42000"),
            new FailureClass("fm_internal", 1, 9999, "GENERIC_INTERNAL_ERROR: the engine failed", "HY000"),
            new FailureClass("fm_other", 3, 1000, "Query failed for an unknown reason", "HY000"));

    private static AthenaLocal local;
    private static QueryHistory history;
    private static final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private static long faultsInjected;
    private static long queriesRun;
    private static long evictions;
    private static long leakedThreads;
    private static long queriesLeftRunning;
    private static long apiCalls;
    private static final AtomicLong started = new AtomicLong();

    @BeforeAll
    static void setUp(AthenaLocal athenaLocal)
    {
        local = athenaLocal;
        history = new QueryHistory(local.endpoint());
    }

    @AfterEach
    void clearFaults()
    {
        // The server is shared with every other test class: leave it healthy.
        local.admin().clearFaults();
    }

    @AfterAll
    static void report()
    {
        if (history != null) {
            history.close();
        }
        Map<String, Object> figures = new java.util.TreeMap<>(outcomes);
        figures.put("queries", queriesRun);
        figures.put("faultsInjected", faultsInjected);
        figures.put("evictions", evictions);
        figures.put("leakedThreads", leakedThreads);
        figures.put("queriesLeftRunning", queriesLeftRunning);
        figures.put("apiCalls", apiCalls);
        ReliabilityRun.print("FaultMatrixTest", figures);
        ReliabilityRun.add("fault matrix: queries", queriesRun);
        ReliabilityRun.add("fault matrix: faults injected (fired)", faultsInjected);
        ReliabilityRun.add("fault matrix: HikariCP evictions", evictions);
        ReliabilityRun.add("leaked threads (all tests)", leakedThreads);
        ReliabilityRun.add("queries run (all tests)", queriesRun);
    }

    @Test
    void everyQueryCompletesCorrectlyOrFailsClearly()
            throws Exception
    {
        List<FaultSpec> faults = new ArrayList<>();
        faults.add(FaultSpec.slowQuery(SLOW).queryContains("fm_slow"));
        FAILURES.forEach(failure -> faults.add(failure.fault()));
        faults.add(FaultSpec.throttle().percent(30));
        faults.add(FaultSpec.internalError().percent(5));
        long seed = ReliabilityRun.baseSeed();
        local.admin().injectFaults(faults, seed);

        Set<String> threadsBefore = ThreadLeaks.liveThreadNames();
        long callsBefore = totalCalls();
        AtomicInteger connectionsCreated = new AtomicInteger();
        ConcurrentLinkedQueue<String> queryIds = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> stoppedIds = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        int total = QUERIES * ReliabilityRun.scale();
        AtomicInteger next = new AtomicInteger();

        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint()
                + ";OutputLocation=s3://reliability/faults/;NumRetries=5;MinQueryExecutionPollingIntervalMillis=200;MaxQueryExecutionPollingIntervalMillis=400");
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
        // Cancels block while their StopQueryExecution is retried: a few threads, so one throttled stop delays no other.
        ScheduledExecutorService canceller = Executors.newScheduledThreadPool(8);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            for (int i = 0; i < 500 && pool.getHikariPoolMXBean().getTotalConnections() < POOL_SIZE; i++) {
                Thread.sleep(10);
            }
            int createdBefore = connectionsCreated.get();
            ExecutorService workers = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long threadSeed = seed * 31 + t;
                futures.add(workers.submit(() -> {
                    SplittableRandom random = new SplittableRandom(threadSeed);
                    for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                            runOne(n, random, statement, canceller, queryIds, stoppedIds, unexpected);
                        }
                        catch (SQLException e) {
                            unexpected.add("query " + n + ": pool or statement failed: " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                // Bounded: a hung query would surface here instead of stalling the build.
                future.get(10L * ReliabilityRun.scale() + 60, TimeUnit.MINUTES);
            }
            workers.shutdown();
            assertThat(workers.awaitTermination(1, TimeUnit.MINUTES)).as("worker threads ended").isTrue();
            evictions = connectionsCreated.get() - createdBefore;
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections not returned").isZero();
        }
        finally {
            canceller.shutdownNow();
            faultsInjected = firedFaults(local.admin().faultsJson());
            apiCalls = totalCalls() - callsBefore;
            local.admin().clearFaults();
        }
        queriesRun = started.get();
        assertThat(queriesRun).as("queries run").isEqualTo(total);

        List<QueryExecution> executions = history.get(new ArrayList<>(queryIds));
        List<String> leftRunning = executions.stream()
                .filter(execution -> execution.status().state() == QueryExecutionState.RUNNING || execution.status().state() == QueryExecutionState.QUEUED)
                .map(QueryExecution::queryExecutionId).toList();
        queriesLeftRunning = leftRunning.size();
        Set<String> stopped = Set.copyOf(stoppedIds);
        List<String> notCancelled = executions.stream()
                .filter(execution -> stopped.contains(execution.queryExecutionId()) && execution.status().state() != QueryExecutionState.CANCELLED)
                .map(execution -> execution.queryExecutionId() + " " + execution.status().state()).toList();
        history.stop(leftRunning); // a failed run leaves nothing running on the server the other test classes share

        Set<String> leaked = ThreadLeaks.awaitNoNewThreads(threadsBefore);
        leakedThreads = leaked.size();
        // All at once: one failed promise should not hide the others.
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(unexpected).as("queries that neither completed correctly nor failed clearly (seed %d)", seed).isEmpty();
            softly.assertThat(leftRunning).as("queries left RUNNING on the server").isEmpty();
            softly.assertThat(notCancelled).as("timed-out or cancelled queries the server did not cancel").isEmpty();
            softly.assertThat(evictions).as("HikariCP evictions").isZero();
            softly.assertThat(leaked).as("threads left behind").isEmpty();
            softly.assertThat(faultsInjected).as("faults that fired").isGreaterThan(total / 10);
            softly.assertThat(outcomes.getOrDefault("correct", new AtomicLong()).get()).as("queries that completed correctly").isGreaterThan(total / 2);
        });
    }

    private static void runOne(int n, SplittableRandom random, Statement statement, ScheduledExecutorService canceller,
            ConcurrentLinkedQueue<String> queryIds, ConcurrentLinkedQueue<String> stoppedIds, ConcurrentLinkedQueue<String> unexpected)
            throws SQLException
    {
        long runNumber = started.incrementAndGet();
        if (runNumber % 250 == 0) {
            System.out.println("[reliability] FaultMatrixTest: " + runNumber + " queries started");
        }
        int kind = random.nextInt(1000);
        AthenaStatement athena = statement.unwrap(AthenaStatement.class);
        statement.setQueryTimeout(120); // the bound on every query: nothing waits forever
        try {
            if (kind < 350) {
                FailureClass failure = FAILURES.get(random.nextInt(FAILURES.size()));
                try {
                    statement.executeQuery("SELECT '" + failure.marker() + "', " + n).close();
                    unexpected.add("query " + n + " (" + failure.marker() + ") succeeded");
                }
                catch (SQLException e) {
                    if (!isTransient(e, athena)) {
                        String id = athena.getQueryExecutionId().orElse("?");
                        if (!e.getSQLState().equals(failure.sqlState()) || !e.getMessage().contains(failure.message()) || !e.getMessage().contains("[query " + id)
                                || e.getErrorCode() != failure.type()) {
                            unexpected.add("query " + n + " (" + failure.marker() + "): " + e.getSQLState() + " " + e.getErrorCode() + " " + e.getMessage());
                        }
                        count("failed as expected");
                    }
                }
            }
            else if (kind < 380) {
                statement.setQueryTimeout(1);
                expectStopped(n, "fm_slow_timeout", true, statement, athena, stoppedIds, unexpected);
            }
            else if (kind < 410) {
                // JDBC's cancel stops what the statement runs now; before the query has started it does nothing. Try
                // from 50-350 ms on, every 100 ms after the last try ended, until one lands on a started query. Only
                // that one: a cancel is a StopQueryExecution, throttled like any call, and a backlog of needless ones
                // on the canceller's threads delayed the real ones by a minute when 10,000 queries first ran.
                AtomicBoolean landed = new AtomicBoolean();
                var cancel = canceller.scheduleWithFixedDelay(() -> {
                    if (landed.get()) {
                        return;
                    }
                    boolean started = athena.getQueryExecutionId().isPresent();
                    try {
                        statement.cancel();
                        landed.set(started);
                    }
                    catch (SQLException e) {
                        unexpected.add("query " + n + ": cancel failed: " + e);
                    }
                }, 50 + random.nextInt(300), 100, TimeUnit.MILLISECONDS);
                try {
                    expectStopped(n, "fm_slow_cancel", false, statement, athena, stoppedIds, unexpected);
                }
                finally {
                    cancel.cancel(false);
                }
            }
            else if (kind < 500) {
                // Several GetQueryResults pages, each of which may be throttled.
                int rows = 30 + random.nextInt(60);
                statement.setFetchSize(10);
                long sum = 0;
                int count = 0;
                try (ResultSet rs = statement.executeQuery("SELECT x FROM UNNEST(sequence(1, " + rows + ")) t(x)")) {
                    while (rs.next()) {
                        sum += rs.getLong(1);
                        count++;
                    }
                }
                if (count != rows || sum != (long) rows * (rows + 1) / 2) {
                    unexpected.add("query " + n + ": " + count + " rows summing to " + sum + " instead of " + rows);
                }
                count("correct");
            }
            else {
                long expected = (long) n * 7919;
                try (ResultSet rs = statement.executeQuery("SELECT " + expected + " + 0")) {
                    if (!rs.next() || rs.getLong(1) != expected || rs.next()) {
                        unexpected.add("query " + n + ": wrong result");
                    }
                }
                count("correct");
            }
        }
        catch (SQLException e) {
            if (!isTransient(e, athena)) {
                unexpected.add("query " + n + ": " + e.getClass().getSimpleName() + " " + e.getSQLState() + " " + e.getMessage());
            }
        }
        finally {
            athena.getQueryExecutionId().ifPresent(queryIds::add);
        }
    }

    /**
     * Runs a query the server keeps RUNNING, which its timeout or a cancel must stop: 57014 (an SQLTimeoutException
     * exactly when by timeout) naming the query, whose id goes to {@code stoppedIds} to check that the server cancelled it.
     */
    private static void expectStopped(int n, String marker, boolean byTimeout, Statement statement, AthenaStatement athena,
            ConcurrentLinkedQueue<String> stoppedIds, ConcurrentLinkedQueue<String> unexpected)
    {
        try {
            statement.executeQuery("SELECT '" + marker + "', " + n).close();
            unexpected.add("query " + n + " (" + marker + ") was not stopped");
        }
        catch (SQLException e) {
            athena.getQueryExecutionId().ifPresent(stoppedIds::add);
            if (!isTransient(e, athena)) {
                if (!"57014".equals(e.getSQLState()) || (e instanceof SQLTimeoutException) != byTimeout || !namesItsQuery(e, athena)) {
                    unexpected.add("query " + n + " (" + marker + "): " + e);
                }
                count(byTimeout ? "timed out and stopped" : "cancelled mid-run");
            }
        }
    }

    /** Throttled or failed on Athena's side after every retry: a clear, retryable error the caller may see. */
    private static boolean isTransient(SQLException e, AthenaStatement athena)
    {
        boolean clear = e instanceof SQLTransientException && "HY000".equals(e.getSQLState()) && namesItsQuery(e, athena)
                && (e.getMessage().contains("was throttled by Athena after retries") || e.getMessage().contains("failed on Athena's side after retries"));
        if (clear) {
            count("transient after retries");
        }
        return clear;
    }

    /** Once a query has started, its id is in the message: the one thing a user needs to look it up in Athena. */
    private static boolean namesItsQuery(SQLException e, AthenaStatement athena)
    {
        return athena.getQueryExecutionId().map(id -> e.getMessage().contains(id)).orElse(true);
    }

    private static void count(String outcome)
    {
        outcomes.computeIfAbsent(outcome, key -> new AtomicLong()).incrementAndGet();
    }

    @Test
    void connectionRefusedFailsAtOnceWithAConnectionState()
            throws Exception
    {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=http://127.0.0.1:" + port + ";User=local;Password=local;OutputLocation=s3://reliability/refused/";
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<SQLException> failure = thread.submit(() -> {
                try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                    statement.executeQuery("SELECT 1");
                    return null;
                }
                catch (SQLException e) {
                    return e;
                }
            });
            SQLException e = failure.get(2, TimeUnit.MINUTES);
            assertThat((Throwable) e).isInstanceOf(SQLNonTransientConnectionException.class);
            assertThat(e.getSQLState()).isEqualTo("08001");
            assertThat(e.getMessage()).contains("StartQueryExecution").contains("127.0.0.1:" + port);
        }
        finally {
            thread.shutdownNow();
        }
    }

    private static long totalCalls()
    {
        return local.admin().callCounts().values().stream().mapToLong(Long::longValue).sum();
    }

    private static long firedFaults(String faultsJson)
    {
        long fired = 0;
        Matcher matcher = Pattern.compile("\"fired\"\\s*:\\s*(\\d+)").matcher(faultsJson);
        while (matcher.find()) {
            fired += Long.parseLong(matcher.group(1));
        }
        return fired;
    }
}
