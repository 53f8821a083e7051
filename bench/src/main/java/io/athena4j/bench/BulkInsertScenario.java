package io.athena4j.bench;

import io.athena4j.hibernate.AthenaDialect;
import org.hibernate.Session;
import org.hibernate.StatelessSession;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scenario 5: {@code rows} rows into a Hive Parquet table three ways — hand-written multi-row INSERTs over plain JDBC
 * (the baseline, each statement filled up to Athena's 262,144-byte limit), Hibernate {@code Session.persist} with JDBC
 * batching, and {@code StatelessSession.insert} with JDBC batching. Reports rows/s, the Athena queries each used
 * (StartQueryExecution calls counted by the server) and their size in bytes (from the server's query history). Every
 * variant's rows are counted back.
 */
final class BulkInsertScenario
{
    static final int ATHENA_QUERY_LIMIT_BYTES = 262_144;
    static final int GOAL_QUERIES_PER_100K = 100;
    static final double GOAL_TIME_FACTOR = 1.3;
    private static final String COLUMNS = "(id, name, quantity, score, amount, flagged, sale_day, happened_at)";
    /** Warm-up rows live far above the measured ids, and below the ids scenario 6 reads. */
    private static final long WARM_UP_FIRST_ID = 1_000_000_000L;
    private static final int WARM_UP_ROWS = 2_000;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private enum Variant
    {
        HAND_WRITTEN("hand-written multi-row INSERT (JDBC)"),
        PERSIST("Hibernate persist, batch " + HibernateBench.BATCH_SIZE),
        STATELESS("Hibernate StatelessSession.insert, batch " + HibernateBench.BATCH_SIZE);

        final String label;

        Variant(String label)
        {
            this.label = label;
        }
    }

    private BulkInsertScenario() {}

    static ScenarioResult run(BenchContext context, HibernateBench hibernate)
            throws Exception
    {
        int rows = context.mode().insertRows();
        QueryLog log = new QueryLog(context.sdk());
        Map<Variant, List<Double>> rates = new LinkedHashMap<>();
        Map<Variant, List<Double>> seconds = new LinkedHashMap<>();
        Map<Variant, Long> queries = new LinkedHashMap<>();
        Map<Variant, List<Integer>> bytes = new LinkedHashMap<>();
        try (Connection connection = context.connect()) {
            if (context.mode().warmUp()) {
                // The first inserts load Trino's Parquet writer and Hibernate's code paths: not what is compared.
                long warmUpId = WARM_UP_FIRST_ID;
                for (Variant variant : Variant.values()) {
                    insert(variant, connection, hibernate, warmUpId, WARM_UP_ROWS);
                    warmUpId += WARM_UP_ROWS;
                }
            }
            for (int repetition = 0; repetition < context.mode().insertRepetitions(); repetition++) {
                for (Variant variant : Variant.values()) {
                    long firstId = (long) (repetition * Variant.values().length + variant.ordinal()) * rows;
                    Set<String> executionsBefore = log.executionIds();
                    long startedBefore = context.queriesStarted();
                    long start = System.nanoTime();
                    insert(variant, connection, hibernate, firstId, rows);
                    long elapsed = System.nanoTime() - start;
                    queries.put(variant, context.queriesStarted() - startedBefore);
                    bytes.put(variant, log.queryBytesSince(executionsBefore));
                    verifyCount(connection, firstId, rows);
                    rates.computeIfAbsent(variant, key -> new ArrayList<>()).add(Rates.perSecond(rows, elapsed));
                    seconds.computeIfAbsent(variant, key -> new ArrayList<>()).add(elapsed / 1e9);
                }
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        Samples baselineRates = Samples.of(rates.get(Variant.HAND_WRITTEN));
        double queryGoal = GOAL_QUERIES_PER_100K * rows / 100_000.0;
        boolean met = true;
        StringBuilder note = new StringBuilder();
        for (Variant variant : Variant.values()) {
            Samples variantRates = Samples.of(rates.get(variant));
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < rates.get(variant).size(); i++) {
                // rows/s ratio = hand-written time / this variant's time
                ratios.add(rates.get(variant).get(i) / rates.get(Variant.HAND_WRITTEN).get(i));
            }
            Samples ratio = Samples.of(ratios);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("Athena queries", Long.toString(queries.get(variant)));
            details.put("bytes per query (mean)", Rates.number(bytes.get(variant).stream().mapToInt(Integer::intValue).average().orElse(0)));
            details.put("bytes per query (max)", Integer.toString(bytes.get(variant).stream().mapToInt(Integer::intValue).max().orElse(0)));
            details.put("seconds (median)", Rates.number(Samples.of(seconds.get(variant)).median()));
            comparisons.add(Comparison.against(variant.label, "rows/s", variantRates, baselineRates, ratio, details));
            if (variant != Variant.HAND_WRITTEN) {
                boolean queriesMet = queries.get(variant) <= queryGoal;
                boolean timeMet = ratio.median() >= 1 / GOAL_TIME_FACTOR;
                met &= queriesMet && timeMet;
                note.append(variant.label).append(": ").append(queries.get(variant)).append(" queries (goal ≤ ").append(Rates.number(queryGoal))
                        .append("), ").append(Rates.number(1 / ratio.median())).append("× the hand-written time (goal ≤ ").append(GOAL_TIME_FACTOR).append("×). ");
            }
        }
        note.append("With the dialect's default hibernate.jdbc.batch_size of ").append(AthenaDialect.DEFAULT_BATCH_SIZE)
                .append(" every executeBatch is at least one query: ").append(Rates.number(rows / (double) AthenaDialect.DEFAULT_BATCH_SIZE))
                .append(" queries for these rows.");
        return new ScenarioResult(5, "bulk-insert", "Bulk insert of " + Rates.rows(rows) + " into a Hive Parquet table",
                "≤ 100 queries for 100k rows and ≤ 1.3× the hand-written time", comparisons, met ? Verdict.MET : Verdict.NOT_MET, note.toString().trim());
    }

    private static void insert(Variant variant, Connection connection, HibernateBench hibernate, long firstId, int rows)
            throws SQLException
    {
        switch (variant) {
            case HAND_WRITTEN -> insertByHand(connection, firstId, rows);
            case PERSIST -> persist(hibernate, firstId, rows);
            case STATELESS -> insertStateless(hibernate, firstId, rows);
        }
    }

    private static void insertByHand(Connection connection, long firstId, int rows)
            throws SQLException
    {
        String prefix = "INSERT INTO " + HibernateBench.TABLE + " " + COLUMNS + " VALUES ";
        int prefixBytes = prefix.length();
        StringBuilder sql = new StringBuilder(ATHENA_QUERY_LIMIT_BYTES);
        int sqlBytes = 0;
        try (Statement statement = connection.createStatement()) {
            for (long id = firstId; id < firstId + rows; id++) {
                String tuple = tuple(BenchRow.of(id));
                int tupleBytes = tuple.getBytes(StandardCharsets.UTF_8).length;
                if (sqlBytes > 0 && sqlBytes + 2 + tupleBytes > ATHENA_QUERY_LIMIT_BYTES) {
                    statement.executeUpdate(sql.toString());
                    sql.setLength(0);
                    sqlBytes = 0;
                }
                if (sqlBytes == 0) {
                    sql.append(prefix).append(tuple);
                    sqlBytes = prefixBytes + tupleBytes;
                }
                else {
                    sql.append(", ").append(tuple);
                    sqlBytes += 2 + tupleBytes;
                }
            }
            if (sqlBytes > 0) {
                statement.executeUpdate(sql.toString());
            }
        }
    }

    /** A VALUES tuple as a person would write it: Athena literals, names need no escaping. */
    private static String tuple(BenchRow row)
    {
        return "(" + row.id + ", '" + row.name + "', " + row.quantity + ", " + doubleLiteral(row.score) + ", DECIMAL '" + row.amount.toPlainString()
                + "', " + row.flagged + ", DATE '" + row.day + "', TIMESTAMP '" + TIMESTAMP.format(row.happenedAt) + "')";
    }

    private static String doubleLiteral(double value)
    {
        String text = Double.toString(value);
        return text.indexOf('E') >= 0 ? text : text + "E0";
    }

    private static void persist(HibernateBench hibernate, long firstId, int rows)
    {
        try (Session session = hibernate.sessionFactory().openSession()) {
            session.getTransaction().begin();
            for (long id = firstId; id < firstId + rows; id++) {
                session.persist(BenchRow.of(id));
                if ((id - firstId + 1) % HibernateBench.BATCH_SIZE == 0) {
                    session.flush();
                    session.clear();
                }
            }
            session.getTransaction().commit();
        }
    }

    private static void insertStateless(HibernateBench hibernate, long firstId, int rows)
    {
        try (StatelessSession session = hibernate.sessionFactory().openStatelessSession()) {
            session.setJdbcBatchSize(HibernateBench.BATCH_SIZE);
            session.getTransaction().begin();
            for (long id = firstId; id < firstId + rows; id++) {
                session.insert(BenchRow.of(id));
            }
            session.getTransaction().commit();
        }
    }

    private static void verifyCount(Connection connection, long firstId, int rows)
            throws SQLException
    {
        String sql = "SELECT count(*), sum(quantity) FROM " + HibernateBench.TABLE + " WHERE id >= " + firstId + " AND id < " + (firstId + rows);
        try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery(sql)) {
            resultSet.next();
            long count = resultSet.getLong(1);
            long quantities = resultSet.getLong(2);
            long expectedQuantities = 0;
            for (long id = firstId; id < firstId + rows; id++) {
                expectedQuantities += id % 100_000;
            }
            if (count != rows || quantities != expectedQuantities) {
                throw new IllegalStateException("Inserted ids " + firstId + ".." + (firstId + rows - 1) + " but read back " + count + " rows with quantity sum "
                        + quantities + " (expected " + rows + ", " + expectedQuantities + ")");
            }
        }
    }
}
