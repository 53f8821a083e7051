package io.athena4j.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static java.lang.String.format;
import static java.util.Objects.requireNonNull;

/**
 * An {@code array} value read from Athena's text. Athena does not say the element type, so the elements are
 * {@code String}s (null for SQL NULL; nested arrays and rows as {@code List}s and {@code Map}s) and the base type is
 * reported as {@code varchar}. See {@link AthenaComplexValueParser} for what the text cannot tell.
 * <p>
 * Holds no resources: {@link #free()} only makes later calls fail, as JDBC asks.
 */
final class AthenaResultArray
        implements Array
{
    private final String text;
    private final List<Object> elements;
    private boolean freed;

    /**
     * @param text Athena's text for the array, for {@link #toString()}
     * @param elements the elements, unmodifiable; may contain nulls
     */
    AthenaResultArray(String text, List<Object> elements)
    {
        this.text = requireNonNull(text, "text is null");
        this.elements = requireNonNull(elements, "elements is null");
    }

    /** {@code varchar}: the elements are Athena's text for them. */
    @Override
    public String getBaseTypeName()
            throws SQLException
    {
        checkNotFreed();
        return "varchar";
    }

    @Override
    public int getBaseType()
            throws SQLException
    {
        checkNotFreed();
        return Types.VARCHAR;
    }

    /** A new {@code Object[]} of the elements. */
    @Override
    public Object getArray()
            throws SQLException
    {
        checkNotFreed();
        return elements.toArray();
    }

    /** As {@link #getArray()}: Athena has no user-defined types to map. */
    @Override
    public Object getArray(Map<String, Class<?>> map)
            throws SQLException
    {
        return getArray();
    }

    /** The {@code count} elements from the one at {@code index}, counted from 1. */
    @Override
    public Object getArray(long index, int count)
            throws SQLException
    {
        checkNotFreed();
        int from = checkSlice(index, count);
        return Arrays.copyOfRange(elements.toArray(), from, from + count);
    }

    @Override
    public Object getArray(long index, int count, Map<String, Class<?>> map)
            throws SQLException
    {
        return getArray(index, count);
    }

    /**
     * A result set of one row per element, in order, with the columns {@code INDEX} (bigint, from 1) and
     * {@code VALUE} (varchar), as JDBC specifies.
     */
    @Override
    public ResultSet getResultSet()
            throws SQLException
    {
        checkNotFreed();
        return ArrayElementResultSet.of(elements, 0);
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
        checkNotFreed();
        int from = checkSlice(index, count);
        return ArrayElementResultSet.of(elements.subList(from, from + count), from);
    }

    @Override
    public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map)
            throws SQLException
    {
        return getResultSet(index, count);
    }

    @Override
    public void free()
    {
        freed = true;
    }

    /** Athena's text for the array. */
    @Override
    public String toString()
    {
        return text;
    }

    /** The 0-based start of the slice; throws with SQLState 2202E (array subscript error) if it is out of bounds. */
    private int checkSlice(long index, int count)
            throws SQLException
    {
        if (index < 1 || count < 0 || index - 1 + count > elements.size()) {
            throw new SQLException(format("Array index %s and count %s are out of bounds: the array has %s elements, counted from 1", index, count, elements.size()), "2202E");
        }
        return (int) (index - 1);
    }

    private void checkNotFreed()
            throws SQLException
    {
        if (freed) {
            throw new SQLException("The array has been freed", "HY010");
        }
    }
}
