package io.athena4j.jdbc;

import software.amazon.awssdk.services.athena.model.ColumnInfo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A query's rows, streamed forward from a {@link ResultRows} source — GetQueryResults pages or the result file in S3 —
 * with typed getters over Athena's text. Memory stays bounded however large the result.
 */
final class AthenaResultSet
        extends AbstractAthenaResultSet
{
    private final AthenaStatement statement;
    private final QueryRun run;
    private final ResultRows rows;
    private final int fetchSize;
    private final long maxRows;
    private boolean onRow;
    private long rowNumber;
    private volatile boolean closed;
    private volatile boolean cancelled;

    AthenaResultSet(AthenaStatement statement, QueryRun run, List<ColumnInfo> columns, ResultRows rows, int fetchSize, long maxRows)
    {
        super(labels(columns), types(columns));
        this.statement = requireNonNull(statement, "statement is null");
        this.run = requireNonNull(run, "run is null");
        this.rows = requireNonNull(rows, "rows is null");
        this.fetchSize = fetchSize;
        this.maxRows = maxRows;
    }

    /** A result set without columns or rows, for statements that return none. */
    static ResultSet empty(AthenaStatement statement)
    {
        return StaticResultSet.of(List.of(), List.of(), statement);
    }

    private static List<String> labels(List<ColumnInfo> columns)
    {
        return columns.stream().map(column -> column.label() == null ? column.name() : column.label()).toList();
    }

    private static List<AthenaType> types(List<ColumnInfo> columns)
    {
        return columns.stream().map(AthenaType::of).toList();
    }

    @Override
    public boolean next()
            throws SQLException
    {
        checkOpen();
        if (cancelled) {
            throw new SQLException("Reading the results of query " + run.queryExecutionId() + " was cancelled", "57014");
        }
        if (maxRows > 0 && rowNumber >= maxRows) {
            onRow = false;
            return false;
        }
        onRow = rows.next();
        if (onRow) {
            rowNumber++;
        }
        return onRow;
    }

    @Override
    String text(int columnIndex)
            throws SQLException
    {
        if (!onRow) {
            throw new SQLException("No current row: call next() first, and only read while it returns true", "24000");
        }
        return rows.value(columnIndex - 1);
    }

    @Override
    void checkOpen()
            throws SQLException
    {
        if (closed) {
            throw AthenaExceptions.closed("ResultSet");
        }
    }

    @Override
    public int getRow()
            throws SQLException
    {
        checkOpen();
        return onRow ? (int) Math.min(Integer.MAX_VALUE, rowNumber) : 0;
    }

    /** From {@link Statement#cancel()} on another thread: stops fetching; the reader's next call fails with 57014. */
    void cancelFetching()
    {
        cancelled = true;
        rows.close();
    }

    @Override
    public void close()
    {
        if (closed) {
            return;
        }
        closed = true;
        onRow = false;
        rows.close();
        statement.resultSetClosed(this);
    }

    @Override
    public boolean isClosed()
    {
        return closed;
    }

    @Override
    public void setFetchSize(int rows)
            throws SQLException
    {
        checkOpen();
        if (rows < 0) {
            throw new SQLException("fetch size must not be negative: " + rows, "HY024");
        }
    }

    @Override
    public int getFetchSize()
    {
        return fetchSize;
    }

    @Override
    public Statement getStatement()
    {
        return statement;
    }

    /** The Athena query execution id of these results. */
    public String getQueryExecutionId()
    {
        return run.queryExecutionId();
    }
}
