package io.athena4j.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A small result held in memory, for DatabaseMetaData. Values are stored as the text Athena would send, so the same
 * typed getters read them as read query results.
 */
final class StaticResultSet
        extends AbstractAthenaResultSet
{
    private final List<String[]> rows;
    private final Statement statement;
    private int index = -1;
    private boolean closed;

    /** A column: its label and its Athena type name. */
    record Column(String name, String typeName)
    {
        Column
        {
            requireNonNull(name, "name is null");
            requireNonNull(typeName, "typeName is null");
        }
    }

    private StaticResultSet(List<Column> columns, List<String[]> rows, Statement statement)
    {
        super(columns.stream().map(Column::name).toList(), columns.stream().map(column -> AthenaType.of(column.typeName(), 0, 0)).toList());
        this.rows = rows;
        this.statement = statement;
    }

    static StaticResultSet of(List<Column> columns, List<Object[]> values)
    {
        return of(columns, values, null);
    }

    static StaticResultSet of(List<Column> columns, List<Object[]> values, Statement statement)
    {
        List<String[]> rows = new ArrayList<>(values.size());
        for (Object[] value : values) {
            if (value.length != columns.size()) {
                throw new IllegalArgumentException("A row has " + value.length + " values for " + columns.size() + " columns");
            }
            String[] row = new String[value.length];
            for (int i = 0; i < value.length; i++) {
                row[i] = value[i] == null ? null : value[i].toString();
            }
            rows.add(row);
        }
        return new StaticResultSet(columns, rows, statement);
    }

    @Override
    public boolean next()
            throws SQLException
    {
        checkOpen();
        if (index < rows.size()) {
            index++;
        }
        return index < rows.size();
    }

    @Override
    String text(int columnIndex)
            throws SQLException
    {
        if (index < 0 || index >= rows.size()) {
            throw new SQLException("No current row: call next() first, and only read while it returns true", "24000");
        }
        return rows.get(index)[columnIndex - 1];
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
    {
        return index >= 0 && index < rows.size() ? index + 1 : 0;
    }

    @Override
    public void close()
    {
        closed = true;
    }

    @Override
    public boolean isClosed()
    {
        return closed;
    }

    @Override
    public void setFetchSize(int rows)
    {
        // everything is in memory already
    }

    @Override
    public int getFetchSize()
    {
        return rows.size();
    }

    @Override
    public Statement getStatement()
    {
        return statement;
    }
}
