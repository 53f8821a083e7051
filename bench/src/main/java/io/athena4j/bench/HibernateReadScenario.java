package io.athena4j.bench;

import org.hibernate.StatelessSession;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scenario 6: entities/s of a Hibernate query ({@code StatelessSession}, {@code getResultList}) against rows/s of the
 * same SQL read over plain JDBC with typed getters, end to end (query execution included, as both run the same query).
 * The rows are the hand-written variant's from scenario 5. Scalar columns only: Hibernate types for STRUCT/ARRAY/MAP
 * are not on main yet.
 */
final class HibernateReadScenario
{
    private HibernateReadScenario() {}

    static ScenarioResult run(BenchContext context, HibernateBench hibernate)
            throws Exception
    {
        int rows = context.mode().insertRows();
        String sql = "SELECT id, name, quantity, score, amount, flagged, sale_day, happened_at FROM " + HibernateBench.TABLE + " WHERE id >= 0 AND id < " + rows;
        List<Double> entityRates = new ArrayList<>();
        List<Double> rowRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        try (Connection connection = context.connect()) {
            if (context.mode().warmUp()) {
                readJdbc(connection, sql);
                verify(readEntities(hibernate, rows));
            }
            for (int repetition = 0; repetition < context.mode().readRepetitions(); repetition++) {
                long start = System.nanoTime();
                long jdbcRows = readJdbc(connection, sql);
                long jdbcNanos = System.nanoTime() - start;
                start = System.nanoTime();
                List<BenchRow> read = readEntities(hibernate, rows);
                long entityNanos = System.nanoTime() - start;
                verify(read);
                long entities = read.size();
                if (jdbcRows != rows || entities != rows) {
                    throw new IllegalStateException("Read " + jdbcRows + " rows over JDBC and " + entities + " entities; expected " + rows);
                }
                double rowRate = Rates.perSecond(rows, jdbcNanos);
                double entityRate = Rates.perSecond(rows, entityNanos);
                rowRates.add(rowRate);
                entityRates.add(entityRate);
                ratios.add(entityRate / rowRate);
            }
        }
        Samples ratio = Samples.of(ratios);
        Comparison comparison = Comparison.against(Rates.rows(rows) + ", scalar columns", "rows/s", Samples.of(entityRates), Samples.of(rowRates), ratio,
                Map.of("columns", "bigint, varchar, integer, double, decimal(12,2), boolean, date, timestamp"));
        return new ScenarioResult(6, "hibernate-read", "Hibernate read: entities/s vs raw JDBC rows/s, same query",
                "reported (no numeric goal); STRUCT/ARRAY/MAP column once the types module lands", List.of(comparison), Verdict.REPORTED,
                "Hibernate reads at " + Rates.number(ratio.median()) + "× the plain JDBC rate (median). The types module's STRUCT/ARRAY/MAP mappings were not on main, so the entity has scalar columns only.");
    }

    private static long readJdbc(Connection connection, String sql)
            throws SQLException
    {
        long rows = 0;
        long checksum = 0;
        try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery(sql)) {
            while (resultSet.next()) {
                checksum += resultSet.getLong(1);
                checksum += resultSet.getString(2).length();
                checksum += resultSet.getInt(3);
                checksum += (long) resultSet.getDouble(4);
                BigDecimal amount = resultSet.getBigDecimal(5);
                checksum += amount.scale();
                checksum += resultSet.getBoolean(6) ? 1 : 0;
                checksum += resultSet.getObject(7, LocalDate.class).getDayOfMonth();
                checksum += resultSet.getObject(8, LocalDateTime.class).getNano();
                rows++;
            }
        }
        if (checksum == Long.MIN_VALUE) {
            throw new IllegalStateException("unreachable: keeps the checksum alive");
        }
        return rows;
    }

    private static List<BenchRow> readEntities(HibernateBench hibernate, int rows)
    {
        try (StatelessSession session = hibernate.sessionFactory().openStatelessSession()) {
            return session.createSelectionQuery("from BenchRow r where r.id >= 0 and r.id < :rows", BenchRow.class)
                    .setParameter("rows", (long) rows)
                    .getResultList();
        }
    }

    /** Outside the clock: every entity holds what scenario 5 inserted for its id. */
    private static void verify(List<BenchRow> entities)
    {
        for (BenchRow entity : entities) {
            BenchRow expected = BenchRow.of(entity.id);
            if (!expected.name.equals(entity.name) || expected.quantity != entity.quantity || expected.score != entity.score
                    || expected.amount.compareTo(entity.amount) != 0 || expected.flagged != entity.flagged
                    || !expected.day.equals(entity.day) || !expected.happenedAt.equals(entity.happenedAt)) {
                throw new IllegalStateException("Entity " + entity.id + " was read back with values other than those inserted");
            }
        }
    }
}
