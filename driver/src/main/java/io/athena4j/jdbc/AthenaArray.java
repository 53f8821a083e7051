package io.athena4j.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Map;

/**
 * A {@link java.sql.Array} made by {@code Connection.createArrayOf} to be bound as a parameter. It only holds the
 * elements: {@link AthenaLiteral} renders it as {@code CAST(ARRAY[…] AS ARRAY(<base type>))}.
 */
final class AthenaArray
        implements java.sql.Array
{
    private final String baseTypeName;
    private Object[] elements;

    /**
     * @param baseTypeName the element type in Trino spelling ({@code integer}, {@code varchar}, {@code row(a integer)}),
     *         checked here so a bad name fails at {@code createArrayOf}, not at execution
     */
    AthenaArray(String baseTypeName, Object[] elements)
            throws SQLException
    {
        this.baseTypeName = TrinoTypeName.check(requireNonNull(baseTypeName, "baseTypeName is null"));
        this.elements = requireNonNull(elements, "elements is null").clone();
    }

    Object[] elements()
            throws SQLException
    {
        return checkOpen();
    }

    @Override
    public String getBaseTypeName()
            throws SQLException
    {
        checkOpen();
        return baseTypeName;
    }

    /** Always {@link Types#OTHER}: the base type is any Trino type, most of which have no {@link Types} code. */
    @Override
    public int getBaseType()
            throws SQLException
    {
        checkOpen();
        return Types.OTHER;
    }

    @Override
    public Object getArray()
            throws SQLException
    {
        return checkOpen().clone();
    }

    @Override
    public Object getArray(Map<String, Class<?>> map)
            throws SQLException
    {
        return getArray();
    }

    @Override
    public Object getArray(long index, int count)
            throws SQLException
    {
        Object[] values = checkOpen();
        if (index < 1 || count < 0 || index - 1 + count > values.length) {
            throw new SQLException("Array slice from index " + index + " of " + count + " elements is outside the "
                    + values.length + " elements (indexes start at 1)", "2202E");
        }
        return Arrays.copyOfRange(values, (int) index - 1, (int) index - 1 + count);
    }

    @Override
    public Object getArray(long index, int count, Map<String, Class<?>> map)
            throws SQLException
    {
        return getArray(index, count);
    }

    @Override
    public ResultSet getResultSet()
            throws SQLException
    {
        throw new SQLFeatureNotSupportedException("Array.getResultSet is not supported for bound arrays; use getArray");
    }

    @Override
    public ResultSet getResultSet(Map<String, Class<?>> map)
            throws SQLException
    {
        return getResultSet();
    }

    @Override
    public ResultSet getResultSet(long index, int count)
            throws SQLException
    {
        return getResultSet();
    }

    @Override
    public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map)
            throws SQLException
    {
        return getResultSet();
    }

    @Override
    public void free()
    {
        elements = null;
    }

    private Object[] checkOpen()
            throws SQLException
    {
        Object[] values = elements;
        if (values == null) {
            throw new SQLException("Array was freed", "HY010");
        }
        return values;
    }

    @Override
    public String toString()
    {
        return "AthenaArray[" + baseTypeName + ", " + (elements == null ? "freed" : elements.length + " elements") + "]";
    }
}
