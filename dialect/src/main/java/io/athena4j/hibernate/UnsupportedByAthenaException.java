package io.athena4j.hibernate;

import org.hibernate.JDBCException;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Athena refused a statement it does not support ({@code NOT_SUPPORTED}), e.g. an {@code UPDATE} of a Hive table
 * issued as native SQL. The message keeps Athena's text and the query id, and names the fix where one is known.
 */
public class UnsupportedByAthenaException
        extends JDBCException
{
    private static final String ATHENA_ERROR_NAME = "NOT_SUPPORTED";

    public UnsupportedByAthenaException(String message, SQLException cause, String sql)
    {
        super(message, cause, sql);
    }

    /** A conversion delegate: the exception for an Athena {@code NOT_SUPPORTED} error, else {@code null} (not ours). */
    static JDBCException convert(SQLException exception, String message, String sql)
    {
        for (SQLException current = exception; current != null; current = current.getNextException()) {
            if (current.getMessage() != null && current.getMessage().contains(ATHENA_ERROR_NAME + ":")) {
                return new UnsupportedByAthenaException(message + hint(sql), exception, sql);
            }
        }
        return null;
    }

    private static String hint(String sql)
    {
        String statement = sql == null ? "" : sql.stripLeading().toLowerCase(Locale.ROOT);
        if (statement.startsWith("update") || statement.startsWith("delete") || statement.startsWith("merge")) {
            return ". UPDATE, DELETE and MERGE work on Iceberg tables only: map the entity with @AthenaTable(type = TableType.ICEBERG)";
        }
        return ". Athena does not support this statement";
    }
}
