package io.athena4j.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 2: the driver reading the result file from S3 ({@code ResultFetcher=S3}) against the driver paging
 * GetQueryResults, same query, same typed getters. The goal is on the fetch phase (from {@code executeQuery}'s return to
 * the last row, all rows credited); the end-to-end ratio (from the {@code executeQuery} call) is reported beside it.
 * The S3 path counts as taken only if the server saw S3 GetObject requests during the read; if the driver refuses the
 * parameter or falls back to GetQueryResults, the scenario says so instead of reporting a ratio.
 */
final class S3FetchScenario
{
    static final double GOAL_RATIO = 10;
    static final int GOAL_ROWS = 1_000_000;

    private S3FetchScenario() {}

    static ScenarioResult run(BenchContext context)
            throws Exception
    {
        String title = "S3 result file vs GetQueryResults (both through the driver)";
        String goal = "≥ 10× GetQueryResults' rows/s at 1M rows";
        Connection s3;
        try {
            s3 = DriverManager.getConnection(context.jdbcUrl(Map.of("ResultFetcher", "S3", "S3Endpoint", context.local().endpoint().toString())));
        }
        catch (SQLException e) {
            return new ScenarioResult(2, "fetch-s3", title, goal, List.of(), Verdict.NOT_AVAILABLE,
                    "The driver does not accept ResultFetcher=S3 yet: " + e.getMessage());
        }
        List<Comparison> comparisons = new ArrayList<>();
        Double ratioAtGoalRows = null;
        try (s3; Connection pages = context.connect()) {
            if (context.mode().warmUp()) {
                String warmUp = MixedRows.query(10_000);
                TypedReader.read(s3, warmUp).verify(10_000);
                TypedReader.read(pages, warmUp).verify(10_000);
            }
            for (int rows : context.mode().s3FetchRows()) {
                String sql = MixedRows.query(rows);
                List<Double> s3Rates = new ArrayList<>();
                List<Double> pageRates = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                List<Double> endToEndRatios = new ArrayList<>();
                long s3Requests = 0;
                long resultCalls = 0;
                for (int repetition = 0; repetition < context.mode().fetchRepetitions(); repetition++) {
                    TypedReader.Read baseline = TypedReader.read(pages, sql).verify(rows);
                    Map<String, Long> before = context.admin().callCounts();
                    TypedReader.Read candidate = TypedReader.read(s3, sql).verify(rows);
                    Map<String, Long> after = context.admin().callCounts();
                    s3Requests = delta(before, after, "s3:GetObject");
                    resultCalls = delta(before, after, "GetQueryResults");
                    if (s3Requests == 0) {
                        return new ScenarioResult(2, "fetch-s3", title, goal, List.of(), Verdict.NOT_AVAILABLE,
                                "The driver accepted ResultFetcher=S3 but read " + rows + " rows with " + resultCalls
                                        + " GetQueryResults calls and no S3 request: it fell back to GetQueryResults.");
                    }
                    double s3Rate = Rates.perSecond(rows, candidate.nanosAfterExecute());
                    double pageRate = Rates.perSecond(rows, baseline.nanosAfterExecute());
                    s3Rates.add(s3Rate);
                    pageRates.add(pageRate);
                    ratios.add(s3Rate / pageRate);
                    endToEndRatios.add((double) baseline.totalNanos() / candidate.totalNanos());
                }
                Samples ratio = Samples.of(ratios);
                if (rows == GOAL_ROWS) {
                    ratioAtGoalRows = ratio.median();
                }
                Map<String, String> details = new LinkedHashMap<>();
                details.put("end-to-end ratio (median)", Rates.number(Samples.of(endToEndRatios).median()));
                details.put("S3 GetObject requests per read", Long.toString(s3Requests));
                details.put("GetQueryResults calls per read (S3 fetcher)", Long.toString(resultCalls));
                comparisons.add(Comparison.against(Rates.rows(rows), "rows/s", Samples.of(s3Rates), Samples.of(pageRates), ratio, details));
            }
        }
        if (ratioAtGoalRows == null) {
            return new ScenarioResult(2, "fetch-s3", title, goal, comparisons, Verdict.REPORTED,
                    "This mode does not read 1M rows; run the full mode for the goal's size.");
        }
        boolean met = ratioAtGoalRows >= GOAL_RATIO;
        return new ScenarioResult(2, "fetch-s3", title, goal, comparisons, met ? Verdict.MET : Verdict.NOT_MET,
                "Median ratio at 1M rows: " + Rates.number(ratioAtGoalRows) + "×.");
    }

    private static long delta(Map<String, Long> before, Map<String, Long> after, String operation)
    {
        return after.getOrDefault(operation, 0L) - before.getOrDefault(operation, 0L);
    }
}
