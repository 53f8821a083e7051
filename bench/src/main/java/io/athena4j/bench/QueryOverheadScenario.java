package io.athena4j.bench;

import io.athena4j.jdbc.AthenaStatement;
import io.athena4j.local.FaultSpec;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 4: what the driver adds to a query: wall time of {@code executeQuery} through the last row and
 * {@code close}, minus the server's {@code TotalExecutionTimeInMillis} (submission to completion). Most of it is the
 * polling lag — the time between the query finishing and the driver's next GetQueryExecution — so the scenario measures
 * the driver's default polling and a few alternatives, with the GetQueryExecution calls each costs (Athena allows 100
 * a second per account). The one-second query is {@code SELECT 1} held RUNNING for a second by the local Athena's
 * slow-query fault.
 */
final class QueryOverheadScenario
{
    static final double GOAL_MEDIAN_MILLIS = 25;
    private static final String SLOW_MARKER = "athena4j-bench-one-second";
    private static final Duration SLOW_QUERY = Duration.ofSeconds(1);

    /** Polling settings measured: name → URL parameters (none: the driver's defaults). */
    private static final Map<String, Map<String, String>> POLLING = pollingSettings();

    private QueryOverheadScenario() {}

    private static Map<String, Map<String, String>> pollingSettings()
    {
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        settings.put("driver defaults", Map.of());
        settings.put("20 ms ×2 ≤ 1000 ms", polling(20, 2, 1000));
        settings.put("10 ms ×1.5 ≤ 250 ms", polling(10, 1.5, 250));
        settings.put("10 ms ×1.2 ≤ 250 ms", polling(10, 1.2, 250));
        settings.put("5 ms ×1.2 ≤ 50 ms", polling(5, 1.2, 50));
        return settings;
    }

    private static Map<String, String> polling(int minMillis, double multiplier, int maxMillis)
    {
        return Map.of("MinQueryExecutionPollingIntervalMillis", Integer.toString(minMillis),
                "QueryExecutionPollingIntervalMultiplier", Double.toString(multiplier),
                "MaxQueryExecutionPollingIntervalMillis", Integer.toString(maxMillis));
    }

    static ScenarioResult run(BenchContext context)
            throws Exception
    {
        int repetitions = context.mode().overheadQueries();
        String slowSql = "SELECT 1 /* " + SLOW_MARKER + " */";
        List<Comparison> comparisons = new ArrayList<>();
        Double defaultSelectOneMedian = null;
        Double defaultSlowMedian = null;
        context.admin().injectFaults(FaultSpec.slowQuery(SLOW_QUERY).queryContains(SLOW_MARKER));
        try {
            for (Map.Entry<String, Map<String, String>> setting : POLLING.entrySet()) {
                try (Connection connection = DriverManager.getConnection(context.jdbcUrl(setting.getValue()))) {
                    if (context.mode().warmUp()) {
                        for (int i = 0; i < 5; i++) {
                            measure(connection, "SELECT 1");
                        }
                    }
                    Overhead selectOne = overhead(context, connection, "SELECT 1", repetitions);
                    Overhead slow = overhead(context, connection, slowSql, Math.max(1, repetitions / 3));
                    comparisons.add(selectOne.comparison("SELECT 1, " + setting.getKey()));
                    comparisons.add(slow.comparison("1 s query, " + setting.getKey()));
                    if (setting.getValue().isEmpty()) {
                        defaultSelectOneMedian = selectOne.millis.median();
                        defaultSlowMedian = slow.millis.median();
                    }
                }
            }
        }
        finally {
            context.admin().injectFaults(List.of());
        }
        boolean met = defaultSelectOneMedian <= GOAL_MEDIAN_MILLIS && defaultSlowMedian <= GOAL_MEDIAN_MILLIS;
        return new ScenarioResult(4, "query-overhead", "Per-query overhead: driver wall time − server TotalExecutionTime",
                "≤ 25 ms median (SELECT 1 and a ~1 s query)", comparisons, met ? Verdict.MET : Verdict.NOT_MET,
                "With the driver's default polling the median overhead is " + Rates.number(defaultSelectOneMedian) + " ms for SELECT 1 and "
                        + Rates.number(defaultSlowMedian) + " ms for the 1 s query; most of it is the wait between the query's end and the next GetQueryExecution.");
    }

    private static Overhead overhead(BenchContext context, Connection connection, String sql, int repetitions)
            throws Exception
    {
        List<Double> overheads = new ArrayList<>();
        long callsBefore = context.admin().callCount("GetQueryExecution");
        for (int i = 0; i < repetitions; i++) {
            overheads.add(measure(connection, sql));
        }
        long calls = context.admin().callCount("GetQueryExecution") - callsBefore;
        return new Overhead(Samples.of(overheads), (double) calls / repetitions);
    }

    /** One query's overhead in milliseconds. */
    private static double measure(Connection connection, String sql)
            throws Exception
    {
        long start = System.nanoTime();
        long serverMillis;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet resultSet = statement.executeQuery(sql)) {
                if (!resultSet.next() || resultSet.getInt(1) != 1) {
                    throw new IllegalStateException(sql + " did not return 1");
                }
            }
            serverMillis = statement.unwrap(AthenaStatement.class).getQueryStatistics().orElseThrow().totalExecutionMillis();
        }
        return Rates.millis(System.nanoTime() - start) - serverMillis;
    }

    private record Overhead(Samples millis, double pollsPerQuery)
    {
        Comparison comparison(String label)
        {
            return Comparison.alone(label, "ms overhead", millis, Map.of(
                    "p95 (ms)", Rates.number(millis.p95()),
                    "GetQueryExecution calls per query", Rates.number(pollsPerQuery)));
        }
    }
}
