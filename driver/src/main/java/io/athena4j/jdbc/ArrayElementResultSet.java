package io.athena4j.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.lang.String.format;
import static java.util.Objects.requireNonNull;

/**
 * The result set {@link AthenaResultArray#getResultSet()} returns: one row per element, forward only, with the
 * columns {@code INDEX} (bigint, the element's position counted from 1) and {@code VALUE} (varchar, the element).
 * <p>
 * {@link ResultSet} has about 190 methods and this result set supports reading two columns forward. Rather than a
 * class of stubs it is a dynamic proxy that implements the getters, navigation and metadata, converting values with
 * {@link AthenaValueParser} exactly as the driver's result set does; any other method fails with
 * {@link SQLFeatureNotSupportedException} (SQLState null, so that connection pools do not evict the connection).
 * {@code getArray} on {@code VALUE} returns a nested array as a {@code java.sql.Array}.
 */
final class ArrayElementResultSet
        implements InvocationHandler
{
    private static final AthenaType INDEX_TYPE = AthenaType.of(AthenaColumnType.BIGINT);
    private static final AthenaType VALUE_TYPE = AthenaType.of(AthenaColumnType.VARCHAR);
    private static final String[] COLUMN_LABELS = {"INDEX", "VALUE"};

    private final List<Object> elements;
    private final long firstIndex;
    private int row;
    private boolean wasNull;
    private boolean closed;

    private ArrayElementResultSet(List<Object> elements, long firstIndex)
    {
        this.elements = requireNonNull(elements, "elements is null");
        this.firstIndex = firstIndex;
    }

    /**
     * @param elements the elements to list
     * @param offset how many elements of the array precede {@code elements} (for {@code getResultSet(index, count)})
     */
    static ResultSet of(List<Object> elements, int offset)
    {
        return (ResultSet) Proxy.newProxyInstance(
                ResultSet.class.getClassLoader(),
                new Class<?>[] {ResultSet.class},
                new ArrayElementResultSet(elements, offset + 1L));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments)
            throws SQLException
    {
        String name = method.getName();
        int argumentCount = arguments == null ? 0 : arguments.length;
        switch (name) {
            case "toString":
                return "ArrayElementResultSet[rows=" + elements.size() + ", row=" + row + "]";
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == arguments[0];
            case "close":
                closed = true;
                return null;
            case "isClosed":
                return closed;
            case "unwrap":
                if (((Class<?>) arguments[0]).isInstance(proxy)) {
                    return proxy;
                }
                throw new SQLException("Not a wrapper for " + ((Class<?>) arguments[0]).getName());
            case "isWrapperFor":
                return ((Class<?>) arguments[0]).isInstance(proxy);
            default:
                break;
        }
        checkOpen();
        switch (name) {
            case "next":
                if (row <= elements.size()) {
                    row++;
                }
                wasNull = false;
                return row <= elements.size();
            case "wasNull":
                return wasNull;
            case "getRow":
                return row <= elements.size() ? row : 0;
            case "isBeforeFirst":
                return row == 0 && !elements.isEmpty();
            case "isAfterLast":
                return row > elements.size() && !elements.isEmpty();
            case "isFirst":
                return row == 1 && !elements.isEmpty();
            case "isLast":
                return row == elements.size() && row > 0;
            case "findColumn":
                return column(arguments[0]);
            case "getMetaData":
                return metaData();
            case "getType":
                return ResultSet.TYPE_FORWARD_ONLY;
            case "getConcurrency":
                return ResultSet.CONCUR_READ_ONLY;
            case "getHoldability":
                return ResultSet.CLOSE_CURSORS_AT_COMMIT;
            case "getFetchDirection":
                return ResultSet.FETCH_FORWARD;
            case "getFetchSize":
                return 0;
            case "setFetchSize", "clearWarnings":
                return null;
            case "getWarnings", "getStatement":
                return null;
            default:
                break;
        }
        if (name.startsWith("get") && argumentCount >= 1 && (arguments[0] instanceof Integer || arguments[0] instanceof String)) {
            return get(method, arguments);
        }
        throw new SQLFeatureNotSupportedException("The result set of an array's elements does not support " + method.getName());
    }

    private Object get(Method method, Object[] arguments)
            throws SQLException
    {
        int column = column(arguments[0]);
        if (row < 1 || row > elements.size()) {
            throw new SQLException("The result set is not on a row: call next() first", "24000");
        }
        Object value = column == 1 ? Long.valueOf(firstIndex + row - 1) : elements.get(row - 1);
        wasNull = value == null;
        Class<?> returnType = method.getReturnType();
        if (wasNull) {
            return returnType == boolean.class ? Boolean.FALSE : returnType.isPrimitive() ? zero(returnType) : null;
        }
        // Nested arrays and rows print as Athena prints them: Java's List and Map toString is Athena's format.
        String text = value.toString();
        AthenaType type = column == 1 ? INDEX_TYPE : VALUE_TYPE;
        String label = COLUMN_LABELS[column - 1];
        Object last = arguments.length > 1 ? arguments[1] : null;
        switch (method.getName()) {
            case "getString", "getNString":
                return text;
            case "getObject":
                if (last instanceof Class<?> target) {
                    if (value instanceof String || value instanceof Long) {
                        return AthenaValueParser.convert(text, type, target, label);
                    }
                    if (target.isInstance(value)) {
                        return value;
                    }
                    throw new SQLException(format("Column '%s': the element %s is a nested %s, not a %s", label, text, value instanceof Map ? "map or row" : "array or row", target.getName()), "22018");
                }
                return value;
            case "getArray":
                if (value instanceof List<?> list) {
                    @SuppressWarnings("unchecked")
                    List<Object> nested = (List<Object>) list;
                    return new AthenaResultArray(text, nested);
                }
                throw new SQLException(format("Column '%s': the element %s is not a nested array", label, text), "22018");
            case "getBoolean":
                return AthenaValueParser.parseBoolean(text, type, label);
            case "getByte":
                return AthenaValueParser.parseByte(text, type, label);
            case "getShort":
                return AthenaValueParser.parseShort(text, type, label);
            case "getInt":
                return AthenaValueParser.parseInt(text, type, label);
            case "getLong":
                return AthenaValueParser.parseLong(text, type, label);
            case "getFloat":
                return AthenaValueParser.parseFloat(text, type, label);
            case "getDouble":
                return AthenaValueParser.parseDouble(text, type, label);
            case "getBigDecimal":
                BigDecimal decimal = AthenaValueParser.parseBigDecimal(text, type, label);
                return last instanceof Integer scale ? decimal.setScale(scale, RoundingMode.HALF_UP) : decimal;
            case "getBytes":
                return AthenaValueParser.parseBytes(text, type, label);
            case "getDate":
                return AthenaValueParser.toDate(text, type, label, (Calendar) last);
            case "getTime":
                return AthenaValueParser.toTime(text, type, label, (Calendar) last);
            case "getTimestamp":
                return AthenaValueParser.toTimestamp(text, type, label, (Calendar) last);
            default:
                throw new SQLFeatureNotSupportedException("The result set of an array's elements does not support " + method.getName());
        }
    }

    private static Object zero(Class<?> primitive)
    {
        if (primitive == byte.class) {
            return (byte) 0;
        }
        if (primitive == short.class) {
            return (short) 0;
        }
        if (primitive == int.class) {
            return 0;
        }
        if (primitive == long.class) {
            return 0L;
        }
        if (primitive == float.class) {
            return 0f;
        }
        return 0d;
    }

    /** The column, counted from 1, of an index or a label (in any case). */
    private static int column(Object column)
            throws SQLException
    {
        if (column instanceof Integer index) {
            if (index == 1 || index == 2) {
                return index;
            }
            throw new SQLException("Column index " + index + " is out of range: the result set of an array's elements has the columns 1 (INDEX) and 2 (VALUE)", "07009");
        }
        String label = ((String) column).toUpperCase(Locale.ROOT);
        if (label.equals("INDEX")) {
            return 1;
        }
        if (label.equals("VALUE")) {
            return 2;
        }
        throw new SQLException("Column '" + column + "' not found: the result set of an array's elements has the columns INDEX and VALUE", "42S22");
    }

    private void checkOpen()
            throws SQLException
    {
        if (closed) {
            throw new SQLException("The result set is closed", "HY010");
        }
    }

    private static ResultSetMetaData metaData()
    {
        return (ResultSetMetaData) Proxy.newProxyInstance(
                ResultSetMetaData.class.getClassLoader(),
                new Class<?>[] {ResultSetMetaData.class},
                ArrayElementResultSet::invokeMetaData);
    }

    private static Object invokeMetaData(Object proxy, Method method, Object[] arguments)
            throws SQLException
    {
        switch (method.getName()) {
            case "toString":
                return "ArrayElementResultSet metadata: INDEX bigint, VALUE varchar";
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == arguments[0];
            case "getColumnCount":
                return 2;
            case "unwrap":
                if (((Class<?>) arguments[0]).isInstance(proxy)) {
                    return proxy;
                }
                throw new SQLException("Not a wrapper for " + ((Class<?>) arguments[0]).getName());
            case "isWrapperFor":
                return ((Class<?>) arguments[0]).isInstance(proxy);
            default:
                break;
        }
        int column = column(arguments[0]);
        AthenaType type = column == 1 ? INDEX_TYPE : VALUE_TYPE;
        return switch (method.getName()) {
            case "getColumnLabel", "getColumnName" -> COLUMN_LABELS[column - 1];
            case "getColumnType" -> type.jdbcType();
            case "getColumnTypeName" -> type.typeName();
            case "getColumnClassName" -> type.javaClassName();
            case "getPrecision" -> type.precision();
            case "getScale" -> type.scale();
            case "getColumnDisplaySize" -> type.displaySize();
            case "isSigned" -> type.isSigned();
            case "isCaseSensitive" -> type.isCaseSensitive();
            case "isNullable" -> column == 1 ? ResultSetMetaData.columnNoNulls : ResultSetMetaData.columnNullable;
            case "isAutoIncrement", "isCurrency", "isDefinitelyWritable", "isWritable" -> false;
            case "isSearchable", "isReadOnly" -> true;
            case "getCatalogName", "getSchemaName", "getTableName" -> "";
            default -> throw new SQLFeatureNotSupportedException("The metadata of an array's elements does not support " + method.getName());
        };
    }
}
