package io.athena4j.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Reads a {@link MixedRows} result through a JDBC connection as an application would: every column with its typed
 * getter ({@code getLong}, {@code getInt}, {@code getDouble}, {@code getBigDecimal}, {@code getString},
 * {@code getBoolean}, {@code getObject(i, LocalDate.class)}, {@code getObject(i, LocalDateTime.class)}).
 */
final class TypedReader
{
    private TypedReader() {}

    static Read read(Connection connection, String sql)
            throws SQLException
    {
        long startNanos = System.nanoTime();
        try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery(sql)) {
            long executedNanos = System.nanoTime();
            long rows = 0;
            long idSum = 0;
            long checksum = 0;
            while (resultSet.next()) {
                idSum += resultSet.getLong(1);
                checksum += resultSet.getInt(2);
                checksum += (long) resultSet.getDouble(3);
                BigDecimal amount = resultSet.getBigDecimal(4);
                checksum += amount == null ? 0 : amount.scale();
                String name = resultSet.getString(5);
                checksum += name == null ? 0 : name.length();
                checksum += resultSet.getBoolean(6) ? 1 : 0;
                LocalDate day = resultSet.getObject(7, LocalDate.class);
                checksum += day == null ? 0 : day.getDayOfMonth();
                LocalDateTime happenedAt = resultSet.getObject(8, LocalDateTime.class);
                checksum += happenedAt == null ? 0 : happenedAt.getNano();
                rows++;
            }
            long endNanos = System.nanoTime();
            return new Read(rows, idSum, checksum, endNanos - startNanos, endNanos - executedNanos);
        }
    }

    /** The sum of 0..rows-1, which {@link Read#idSum()} must equal. */
    static long expectedIdSum(long rows)
    {
        return rows * (rows - 1) / 2;
    }

    /**
     * @param totalNanos from {@code executeQuery} to the last row
     * @param nanosAfterExecute from {@code executeQuery}'s return (the query finished, the first page read) to the
     *         last row
     */
    record Read(long rows, long idSum, long checksum, long totalNanos, long nanosAfterExecute)
    {
        Read verify(int expectedRows)
        {
            if (rows != expectedRows || idSum != expectedIdSum(expectedRows)) {
                throw new IllegalStateException("Read " + rows + " rows with id sum " + idSum + "; expected " + expectedRows + " rows with id sum " + expectedIdSum(expectedRows));
            }
            return this;
        }
    }
}
