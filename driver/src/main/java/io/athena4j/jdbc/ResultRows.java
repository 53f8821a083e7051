package io.athena4j.jdbc;

import java.sql.SQLException;

/**
 * A query's rows as Athena's text, read forward once: from GetQueryResults pages ({@link PagedResultRows}) or from
 * the result file in S3 ({@link S3ResultRows}). Both hand {@link AthenaResultSet} the same text, so getters behave the
 * same whichever fetcher read it.
 */
interface ResultRows
{
    /** Moves to the next row; false after the last. */
    boolean next()
            throws SQLException;

    /**
     * The current row's text of a 0-based column: null for SQL NULL, and for a column the row lacks (Athena packs some
     * Hive DDL result rows into fewer values than columns).
     */
    String value(int column);

    /** Stops any fetching in flight and releases what is held; rows read afterwards fail. */
    void close();
}
