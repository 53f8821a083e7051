package io.athena4j.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 1: rows/s of the driver's forward ResultSet read with typed getters, against the raw SDK loop paging
 * GetQueryResults. Both clocks start once the query has finished and the first page is in hand, and stop at the last row;
 * both are credited with the rows after the first page. Baseline and driver alternate in every repetition.
 */
final class FetchScenario
{
    static final double GOAL_RATIO = 0.9;

    private FetchScenario() {}

    static ScenarioResult run(BenchContext context)
            throws Exception
    {
        RawAthena raw = new RawAthena(context.sdk());
        List<Comparison> comparisons = new ArrayList<>();
        boolean met = true;
        try (Connection connection = context.connect()) {
            if (context.mode().warmUp()) {
                String warmUp = MixedRows.query(10_000);
                for (int i = 0; i < 3; i++) {
                    raw.readAfterFirstPage(raw.runToCompletion(warmUp));
                    TypedReader.read(connection, warmUp).verify(10_000);
                }
            }
            for (int rows : context.mode().fetchRows()) {
                String sql = MixedRows.query(rows);
                List<Double> driverRates = new ArrayList<>();
                List<Double> rawRates = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                long pages = 0;
                for (int repetition = 0; repetition < context.mode().fetchRepetitions(); repetition++) {
                    RawAthena.PagedRead baseline = raw.readAfterFirstPage(raw.runToCompletion(sql));
                    if (baseline.rows() != rows || baseline.idSum() != TypedReader.expectedIdSum(rows)) {
                        throw new IllegalStateException("The raw loop read " + baseline.rows() + " rows, expected " + rows);
                    }
                    long callsBefore = context.admin().callCount("GetQueryResults");
                    TypedReader.Read driver = TypedReader.read(connection, sql).verify(rows);
                    pages = context.admin().callCount("GetQueryResults") - callsBefore;
                    long timedRows = rows - baseline.firstPageRows();
                    double rawRate = Rates.perSecond(timedRows, baseline.nanosAfterFirstPage());
                    double driverRate = Rates.perSecond(timedRows, driver.nanosAfterExecute());
                    rawRates.add(rawRate);
                    driverRates.add(driverRate);
                    ratios.add(driverRate / rawRate);
                }
                Samples ratio = Samples.of(ratios);
                met &= ratio.median() >= GOAL_RATIO;
                Map<String, String> details = new LinkedHashMap<>();
                details.put("GetQueryResults calls per read (driver)", Long.toString(pages));
                comparisons.add(Comparison.against(Rates.rows(rows), "rows/s", Samples.of(driverRates), Samples.of(rawRates), ratio, details));
            }
        }
        String note = met
                ? "The driver's median ratio is at least " + GOAL_RATIO + " at every size: it fetches the next page while the current one is read, which hides its decoding behind the network wait."
                : "At least one size's median ratio is below " + GOAL_RATIO + "; see the ratios per size.";
        return new ScenarioResult(1, "fetch-getqueryresults", "GetQueryResults fetch: driver ResultSet (typed getters) vs raw SDK paging loop",
                "≥ 0.9× the raw loop's rows/s at 10k, 100k and 1M rows", comparisons, met ? Verdict.MET : Verdict.NOT_MET, note);
    }
}
