package io.athena4j.bench;

import org.hibernate.StatelessSession;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Scenario 6: entities/s of a Hibernate query ({@code StatelessSession}, {@code getResultList}) against rows/s of the
 * same SQL read over plain JDBC, end to end (query execution included, as both run the same query). Two entities:
 * {@link BenchComplexRow}, scalars next to a STRUCT (record), an ARRAY and a MAP, which the raw side reads as the JSON
 * text Hibernate's SQL selects ({@code cast(… as json)}, {@code getString}), so the difference is Hibernate plus the
 * types module's JSON decoding; and {@link BenchRow}, scalars only. Both entities' rows are written by one
 * {@code INSERT … SELECT} each, computed by Trino, so the number read does not cost insert time.
 */
final class HibernateReadScenario
{
    private HibernateReadScenario() {}

    static ScenarioResult run(BenchContext context, HibernateBench hibernate)
            throws Exception
    {
        int rows = context.mode().readRows();
        List<Comparison> comparisons = new ArrayList<>();
        try (Connection connection = context.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(BenchComplexRow.insertSql(rows));
                statement.executeUpdate(BenchRow.insertSql(BenchRow.READ_FIRST_ID, rows));
            }
            comparisons.add(measure(context, rows, "STRUCT + ARRAY + MAP and scalars", new ComplexCase(connection, hibernate, rows)));
            comparisons.add(measure(context, rows, "scalar columns", new ScalarCase(connection, hibernate, rows)));
        }
        double complexRatio = comparisons.get(0).ratio().orElseThrow().median();
        double scalarRatio = comparisons.get(1).ratio().orElseThrow().median();
        return new ScenarioResult(6, "hibernate-read", "Hibernate read: entities/s vs raw JDBC rows/s, same query",
                "reported (no numeric goal)", comparisons, Verdict.REPORTED,
                "Hibernate reads entities with a STRUCT, an ARRAY and a MAP at " + Rates.number(complexRatio) + "× the plain JDBC rate "
                        + "(median; the JDBC side reads the complex columns' JSON text with getString, Hibernate decodes it into a record, a List and a Map), "
                        + "and scalar-only entities at " + Rates.number(scalarRatio) + "×.");
    }

    /** One case: the JDBC read and the Hibernate read of the same rows. */
    private interface ReadCase
    {
        String columns();

        String jdbcReads();

        /** Whether Hibernate's SQL selects what the JDBC side reads (the JSON casts of the complex columns). */
        boolean sameSelection(String hibernateSql);

        long readJdbc()
                throws SQLException;

        /** Reads the entities and checks each against what was inserted, outside the clock. */
        EntityRead readEntities();
    }

    /** @param nanos the Hibernate query alone, from opening the session to the result list */
    private record EntityRead(long entities, long nanos) {}

    private static Comparison measure(BenchContext context, int rows, String label, ReadCase readCase)
            throws SQLException
    {
        List<Double> entityRates = new ArrayList<>();
        List<Double> rowRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        // Also the warm-up: the SQL Hibernate sent, from the server's history, to show (and check) what the JDBC side repeats.
        QueryLog log = new QueryLog(context.sdk());
        Set<String> before = log.executionIds();
        readCase.readEntities();
        List<String> hibernateSql = log.queriesSince(before);
        if (hibernateSql.size() != 1 || !readCase.sameSelection(hibernateSql.get(0))) {
            throw new IllegalStateException("Hibernate's read of " + label + " sent " + hibernateSql + ", not the selection the JDBC side reads");
        }
        if (context.mode().warmUp()) {
            readCase.readJdbc();
        }
        for (int repetition = 0; repetition < context.mode().readRepetitions(); repetition++) {
            long start = System.nanoTime();
            long jdbcRows = readCase.readJdbc();
            long jdbcNanos = System.nanoTime() - start;
            EntityRead entities = readCase.readEntities();
            if (jdbcRows != rows || entities.entities() != rows) {
                throw new IllegalStateException("Read " + jdbcRows + " rows over JDBC and " + entities.entities() + " entities; expected " + rows);
            }
            double rowRate = Rates.perSecond(rows, jdbcNanos);
            double entityRate = Rates.perSecond(rows, entities.nanos());
            rowRates.add(rowRate);
            entityRates.add(entityRate);
            ratios.add(entityRate / rowRate);
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("columns", readCase.columns());
        details.put("JDBC side reads", readCase.jdbcReads());
        details.put("Hibernate's SQL", hibernateSql.get(0).replaceAll("\\s+", " "));
        return Comparison.against(Rates.rows(rows) + ", " + label, "rows/s", Samples.of(entityRates), Samples.of(rowRates),
                Samples.of(ratios), details);
    }

    private record ComplexCase(Connection connection, HibernateBench hibernate, int rows)
            implements ReadCase
    {
        @Override
        public String columns()
        {
            return "bigint, varchar, integer, decimal(12,2), timestamp, struct<street:string,city:string,zip:int>, array<int>, map<string,bigint>";
        }

        @Override
        public String jdbcReads()
        {
            return "typed getters; getString of cast(… as json) for the struct, array and map, as Hibernate's SQL selects them";
        }

        @Override
        public boolean sameSelection(String hibernateSql)
        {
            String sql = hibernateSql.toLowerCase(Locale.ROOT);
            return sql.contains("bench_complex_rows") && sql.contains(".address as json)") && sql.contains(".scores as json)") && sql.contains(".counters as json)");
        }

        @Override
        public long readJdbc()
                throws SQLException
        {
            String sql = "SELECT id, name, quantity, amount, happened_at, cast(address as json), cast(scores as json), cast(counters as json) FROM "
                    + BenchComplexRow.TABLE + " WHERE id >= 0 AND id < " + rows;
            return readRows(connection, sql, resultSet -> resultSet.getLong(1)
                    + resultSet.getString(2).length()
                    + resultSet.getInt(3)
                    + resultSet.getBigDecimal(4).scale()
                    + resultSet.getObject(5, LocalDateTime.class).getNano()
                    + resultSet.getString(6).length()
                    + resultSet.getString(7).length()
                    + resultSet.getString(8).length());
        }

        @Override
        public EntityRead readEntities()
        {
            return timedRead(hibernate, session -> session
                            .createSelectionQuery("from BenchComplexRow r where r.id >= 0 and r.id < :rows", BenchComplexRow.class)
                            .setParameter("rows", (long) rows)
                            .getResultList(),
                    entity -> BenchComplexRow.of(entity.id), BenchComplexRow::sameValues);
        }
    }

    private record ScalarCase(Connection connection, HibernateBench hibernate, int rows)
            implements ReadCase
    {
        @Override
        public String columns()
        {
            return "bigint, varchar, integer, double, decimal(12,2), boolean, date, timestamp";
        }

        @Override
        public String jdbcReads()
        {
            return "typed getters";
        }

        @Override
        public boolean sameSelection(String hibernateSql)
        {
            return hibernateSql.toLowerCase(Locale.ROOT).contains("bench_rows");
        }

        @Override
        public long readJdbc()
                throws SQLException
        {
            String sql = "SELECT id, name, quantity, score, amount, flagged, sale_day, happened_at FROM " + HibernateBench.TABLE
                    + " WHERE id >= " + BenchRow.READ_FIRST_ID + " AND id < " + (BenchRow.READ_FIRST_ID + rows);
            return readRows(connection, sql, resultSet -> resultSet.getLong(1)
                    + resultSet.getString(2).length()
                    + resultSet.getInt(3)
                    + (long) resultSet.getDouble(4)
                    + resultSet.getBigDecimal(5).scale()
                    + (resultSet.getBoolean(6) ? 1 : 0)
                    + resultSet.getObject(7, LocalDate.class).getDayOfMonth()
                    + resultSet.getObject(8, LocalDateTime.class).getNano());
        }

        @Override
        public EntityRead readEntities()
        {
            return timedRead(hibernate, session -> session
                            .createSelectionQuery("from BenchRow r where r.id >= :first and r.id < :end", BenchRow.class)
                            .setParameter("first", BenchRow.READ_FIRST_ID)
                            .setParameter("end", BenchRow.READ_FIRST_ID + rows)
                            .getResultList(),
                    entity -> BenchRow.of(entity.id), BenchRow::sameValues);
        }
    }

    /**
     * Runs the query in a {@code StatelessSession} on the clock, then checks each entity against the row that was
     * inserted for its id, off the clock.
     */
    private static <T> EntityRead timedRead(HibernateBench hibernate, Function<StatelessSession, List<T>> query, UnaryOperator<T> inserted,
            BiPredicate<T, T> sameValues)
    {
        long start = System.nanoTime();
        List<T> read;
        try (StatelessSession session = hibernate.sessionFactory().openStatelessSession()) {
            read = query.apply(session);
        }
        long nanos = System.nanoTime() - start;
        for (T entity : read) {
            T expected = inserted.apply(entity);
            if (!sameValues.test(expected, entity)) {
                throw new IllegalStateException("Read back " + entity + "; inserted " + expected);
            }
        }
        return new EntityRead(read.size(), nanos);
    }

    /** Reads one row's columns with the typed getters and folds them into a number, so no read can be skipped. */
    private interface RowRead
    {
        long read(ResultSet resultSet)
                throws SQLException;
    }

    /** The plain JDBC side: runs the query and reads every row with {@code rowRead}; returns the row count. */
    private static long readRows(Connection connection, String sql, RowRead rowRead)
            throws SQLException
    {
        long count = 0;
        long checksum = 0;
        try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery(sql)) {
            while (resultSet.next()) {
                checksum += rowRead.read(resultSet);
                count++;
            }
        }
        if (checksum == Long.MIN_VALUE) {
            throw new IllegalStateException("unreachable: keeps the checksum alive");
        }
        return count;
    }
}
