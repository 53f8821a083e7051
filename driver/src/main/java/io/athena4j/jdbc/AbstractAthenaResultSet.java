package io.athena4j.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reading half of a forward-only, read-only result set whose values are Athena's text ({@code VarCharValue}):
 * typed getters parse the current row's text against the column's Athena type, exactly or with an SQLException that names
 * the column and the value — never a silent null. Subclasses supply rows and columns; every update method is refused.
 */
abstract class AbstractAthenaResultSet
        implements ResultSet
{
    private final List<AthenaType> types;
    private final List<String> labels;
    private final Map<String, Integer> indexByLabel = new HashMap<>();
    private boolean wasNull;

    AbstractAthenaResultSet(List<String> labels, List<AthenaType> types)
    {
        this.labels = List.copyOf(labels);
        this.types = List.copyOf(types);
        for (int i = labels.size() - 1; i >= 0; i--) {
            // JDBC: with duplicate labels, the first column wins.
            indexByLabel.put(labels.get(i).toLowerCase(Locale.ROOT), i + 1);
        }
    }

    /** The current row's text for a 1-based column, null for SQL NULL; the subclass checks open and on-a-row. */
    abstract String text(int columnIndex)
            throws SQLException;

    abstract void checkOpen()
            throws SQLException;

    private String value(int columnIndex)
            throws SQLException
    {
        checkOpen();
        if (columnIndex < 1 || columnIndex > types.size()) {
            throw new SQLException("Column index " + columnIndex + " is out of range: the result has " + types.size() + " columns", "07009");
        }
        String text = text(columnIndex);
        wasNull = text == null;
        return text;
    }

    private <T> T convert(int columnIndex, Class<T> target)
            throws SQLException
    {
        String text = value(columnIndex);
        if (text == null) {
            return null;
        }
        return AthenaValueParser.convert(text, types.get(columnIndex - 1), target, labels.get(columnIndex - 1));
    }

    @Override
    public boolean wasNull()
            throws SQLException
    {
        checkOpen();
        return wasNull;
    }

    @Override
    public int findColumn(String columnLabel)
            throws SQLException
    {
        checkOpen();
        Integer index = indexByLabel.get(columnLabel.toLowerCase(Locale.ROOT));
        if (index == null) {
            throw new SQLException("No column labelled '" + columnLabel + "' in the result; its columns are " + labels, "42S22");
        }
        return index;
    }

    @Override
    public String getString(int columnIndex)
            throws SQLException
    {
        return value(columnIndex);
    }

    @Override
    public boolean getBoolean(int columnIndex)
            throws SQLException
    {
        Boolean value = convert(columnIndex, Boolean.class);
        return value != null && value;
    }

    @Override
    public byte getByte(int columnIndex)
            throws SQLException
    {
        Byte value = convert(columnIndex, Byte.class);
        return value == null ? 0 : value;
    }

    @Override
    public short getShort(int columnIndex)
            throws SQLException
    {
        Short value = convert(columnIndex, Short.class);
        return value == null ? 0 : value;
    }

    @Override
    public int getInt(int columnIndex)
            throws SQLException
    {
        Integer value = convert(columnIndex, Integer.class);
        return value == null ? 0 : value;
    }

    @Override
    public long getLong(int columnIndex)
            throws SQLException
    {
        Long value = convert(columnIndex, Long.class);
        return value == null ? 0 : value;
    }

    @Override
    public float getFloat(int columnIndex)
            throws SQLException
    {
        Float value = convert(columnIndex, Float.class);
        return value == null ? 0 : value;
    }

    @Override
    public double getDouble(int columnIndex)
            throws SQLException
    {
        Double value = convert(columnIndex, Double.class);
        return value == null ? 0 : value;
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex)
            throws SQLException
    {
        return convert(columnIndex, BigDecimal.class);
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int columnIndex, int scale)
            throws SQLException
    {
        BigDecimal value = getBigDecimal(columnIndex);
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public byte[] getBytes(int columnIndex)
            throws SQLException
    {
        return convert(columnIndex, byte[].class);
    }

    @Override
    public Date getDate(int columnIndex)
            throws SQLException
    {
        return convert(columnIndex, Date.class);
    }

    @Override
    public Time getTime(int columnIndex)
            throws SQLException
    {
        return convert(columnIndex, Time.class);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex)
            throws SQLException
    {
        return convert(columnIndex, Timestamp.class);
    }

    @Override
    public Date getDate(int columnIndex, Calendar calendar)
            throws SQLException
    {
        String text = value(columnIndex);
        return text == null ? null : AthenaValueParser.toDate(text, types.get(columnIndex - 1), labels.get(columnIndex - 1), calendar);
    }

    @Override
    public Time getTime(int columnIndex, Calendar calendar)
            throws SQLException
    {
        String text = value(columnIndex);
        return text == null ? null : AthenaValueParser.toTime(text, types.get(columnIndex - 1), labels.get(columnIndex - 1), calendar);
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar calendar)
            throws SQLException
    {
        String text = value(columnIndex);
        return text == null ? null : AthenaValueParser.toTimestamp(text, types.get(columnIndex - 1), labels.get(columnIndex - 1), calendar);
    }

    /**
     * The column's natural Java value: numbers, {@code java.sql.Date/Time/Timestamp}, {@code byte[]},
     * {@code java.sql.Array} for ARRAY, {@code java.util.Map} for MAP, {@code java.sql.Struct} for ROW, String otherwise.
     */
    @Override
    public Object getObject(int columnIndex)
            throws SQLException
    {
        String text = value(columnIndex);
        return text == null ? null : AthenaValueParser.toObject(text, types.get(columnIndex - 1), labels.get(columnIndex - 1));
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type)
            throws SQLException
    {
        if (type == null) {
            throw new SQLException("type is null", "HY009");
        }
        if (type == Object.class) {
            return type.cast(getObject(columnIndex));
        }
        return convert(columnIndex, type);
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map)
            throws SQLException
    {
        if (map != null && !map.isEmpty()) {
            throw new SQLFeatureNotSupportedException("Type maps are not supported; ROW values are read as java.sql.Struct", "HYC00");
        }
        return getObject(columnIndex);
    }

    @Override
    public Array getArray(int columnIndex)
            throws SQLException
    {
        return convert(columnIndex, Array.class);
    }

    @Override
    public Reader getCharacterStream(int columnIndex)
            throws SQLException
    {
        String text = value(columnIndex);
        return text == null ? null : new StringReader(text);
    }

    @Override
    public String getNString(int columnIndex)
            throws SQLException
    {
        return getString(columnIndex);
    }

    @Override
    public Reader getNCharacterStream(int columnIndex)
            throws SQLException
    {
        return getCharacterStream(columnIndex);
    }

    @Override
    public URL getURL(int columnIndex)
            throws SQLException
    {
        String text = value(columnIndex);
        if (text == null) {
            return null;
        }
        try {
            return new java.net.URI(text).toURL();
        }
        catch (java.net.URISyntaxException | java.net.MalformedURLException | IllegalArgumentException e) {
            throw new SQLException("Column " + labels.get(columnIndex - 1) + " is not a URL: " + text, "22018", e);
        }
    }

    // By label: each delegates to its index form.

    @Override
    public String getString(String columnLabel)
            throws SQLException
    {
        return getString(findColumn(columnLabel));
    }

    @Override
    public boolean getBoolean(String columnLabel)
            throws SQLException
    {
        return getBoolean(findColumn(columnLabel));
    }

    @Override
    public byte getByte(String columnLabel)
            throws SQLException
    {
        return getByte(findColumn(columnLabel));
    }

    @Override
    public short getShort(String columnLabel)
            throws SQLException
    {
        return getShort(findColumn(columnLabel));
    }

    @Override
    public int getInt(String columnLabel)
            throws SQLException
    {
        return getInt(findColumn(columnLabel));
    }

    @Override
    public long getLong(String columnLabel)
            throws SQLException
    {
        return getLong(findColumn(columnLabel));
    }

    @Override
    public float getFloat(String columnLabel)
            throws SQLException
    {
        return getFloat(findColumn(columnLabel));
    }

    @Override
    public double getDouble(String columnLabel)
            throws SQLException
    {
        return getDouble(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String columnLabel, int scale)
            throws SQLException
    {
        return getBigDecimal(findColumn(columnLabel), scale);
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel)
            throws SQLException
    {
        return getBigDecimal(findColumn(columnLabel));
    }

    @Override
    public byte[] getBytes(String columnLabel)
            throws SQLException
    {
        return getBytes(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel)
            throws SQLException
    {
        return getDate(findColumn(columnLabel));
    }

    @Override
    public Time getTime(String columnLabel)
            throws SQLException
    {
        return getTime(findColumn(columnLabel));
    }

    @Override
    public Timestamp getTimestamp(String columnLabel)
            throws SQLException
    {
        return getTimestamp(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel, Calendar calendar)
            throws SQLException
    {
        return getDate(findColumn(columnLabel), calendar);
    }

    @Override
    public Time getTime(String columnLabel, Calendar calendar)
            throws SQLException
    {
        return getTime(findColumn(columnLabel), calendar);
    }

    @Override
    public Timestamp getTimestamp(String columnLabel, Calendar calendar)
            throws SQLException
    {
        return getTimestamp(findColumn(columnLabel), calendar);
    }

    @Override
    public Object getObject(String columnLabel)
            throws SQLException
    {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type)
            throws SQLException
    {
        return getObject(findColumn(columnLabel), type);
    }

    @Override
    public Object getObject(String columnLabel, Map<String, Class<?>> map)
            throws SQLException
    {
        return getObject(findColumn(columnLabel), map);
    }

    @Override
    public Array getArray(String columnLabel)
            throws SQLException
    {
        return getArray(findColumn(columnLabel));
    }

    @Override
    public Reader getCharacterStream(String columnLabel)
            throws SQLException
    {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public String getNString(String columnLabel)
            throws SQLException
    {
        return getNString(findColumn(columnLabel));
    }

    @Override
    public Reader getNCharacterStream(String columnLabel)
            throws SQLException
    {
        return getNCharacterStream(findColumn(columnLabel));
    }

    @Override
    public URL getURL(String columnLabel)
            throws SQLException
    {
        return getURL(findColumn(columnLabel));
    }

    // Not available on Athena results.

    private static SQLFeatureNotSupportedException notSupported(String what)
    {
        return new SQLFeatureNotSupportedException(what + " is not supported: Athena results are forward-only and read-only", "HYC00");
    }

    @Override
    public InputStream getAsciiStream(int columnIndex)
            throws SQLException
    {
        throw notSupported("getAsciiStream");
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int columnIndex)
            throws SQLException
    {
        throw notSupported("getUnicodeStream");
    }

    @Override
    public InputStream getBinaryStream(int columnIndex)
            throws SQLException
    {
        byte[] bytes = getBytes(columnIndex);
        return bytes == null ? null : new java.io.ByteArrayInputStream(bytes);
    }

    @Override
    public InputStream getAsciiStream(String columnLabel)
            throws SQLException
    {
        throw notSupported("getAsciiStream");
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(String columnLabel)
            throws SQLException
    {
        throw notSupported("getUnicodeStream");
    }

    @Override
    public InputStream getBinaryStream(String columnLabel)
            throws SQLException
    {
        return getBinaryStream(findColumn(columnLabel));
    }

    @Override
    public Ref getRef(int columnIndex)
            throws SQLException
    {
        throw notSupported("getRef");
    }

    @Override
    public Blob getBlob(int columnIndex)
            throws SQLException
    {
        throw notSupported("getBlob (use getBytes)");
    }

    @Override
    public Clob getClob(int columnIndex)
            throws SQLException
    {
        throw notSupported("getClob (use getString)");
    }

    @Override
    public Ref getRef(String columnLabel)
            throws SQLException
    {
        throw notSupported("getRef");
    }

    @Override
    public Blob getBlob(String columnLabel)
            throws SQLException
    {
        throw notSupported("getBlob (use getBytes)");
    }

    @Override
    public Clob getClob(String columnLabel)
            throws SQLException
    {
        throw notSupported("getClob (use getString)");
    }

    @Override
    public RowId getRowId(int columnIndex)
            throws SQLException
    {
        throw notSupported("getRowId");
    }

    @Override
    public RowId getRowId(String columnLabel)
            throws SQLException
    {
        throw notSupported("getRowId");
    }

    @Override
    public NClob getNClob(int columnIndex)
            throws SQLException
    {
        throw notSupported("getNClob (use getString)");
    }

    @Override
    public NClob getNClob(String columnLabel)
            throws SQLException
    {
        throw notSupported("getNClob (use getString)");
    }

    @Override
    public SQLXML getSQLXML(int columnIndex)
            throws SQLException
    {
        throw notSupported("getSQLXML");
    }

    @Override
    public SQLXML getSQLXML(String columnLabel)
            throws SQLException
    {
        throw notSupported("getSQLXML");
    }

    @Override
    public String getCursorName()
            throws SQLException
    {
        throw notSupported("getCursorName");
    }

    @Override
    public SQLWarning getWarnings()
            throws SQLException
    {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings()
            throws SQLException
    {
        checkOpen();
    }

    @Override
    public ResultSetMetaData getMetaData()
            throws SQLException
    {
        checkOpen();
        return new AthenaResultSetMetaData(labels, types);
    }

    @Override
    public boolean isBeforeFirst()
            throws SQLException
    {
        throw notSupported("isBeforeFirst");
    }

    @Override
    public boolean isAfterLast()
            throws SQLException
    {
        throw notSupported("isAfterLast");
    }

    @Override
    public boolean isFirst()
            throws SQLException
    {
        throw notSupported("isFirst");
    }

    @Override
    public boolean isLast()
            throws SQLException
    {
        throw notSupported("isLast");
    }

    @Override
    public void beforeFirst()
            throws SQLException
    {
        throw notSupported("beforeFirst");
    }

    @Override
    public void afterLast()
            throws SQLException
    {
        throw notSupported("afterLast");
    }

    @Override
    public boolean first()
            throws SQLException
    {
        throw notSupported("first");
    }

    @Override
    public boolean last()
            throws SQLException
    {
        throw notSupported("last");
    }

    @Override
    public boolean absolute(int row)
            throws SQLException
    {
        throw notSupported("absolute");
    }

    @Override
    public boolean relative(int rows)
            throws SQLException
    {
        throw notSupported("relative");
    }

    @Override
    public boolean previous()
            throws SQLException
    {
        throw notSupported("previous");
    }

    @Override
    public void setFetchDirection(int direction)
            throws SQLException
    {
        if (direction != FETCH_FORWARD) {
            throw notSupported("A fetch direction other than FETCH_FORWARD");
        }
    }

    @Override
    public int getFetchDirection()
    {
        return FETCH_FORWARD;
    }

    @Override
    public int getType()
    {
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency()
    {
        return CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability()
    {
        return HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public boolean rowUpdated()
    {
        return false;
    }

    @Override
    public boolean rowInserted()
    {
        return false;
    }

    @Override
    public boolean rowDeleted()
    {
        return false;
    }

    @Override
    public void updateNull(int columnIndex)
            throws SQLException
    {
        throw notSupported("updateNull");
    }

    @Override
    public void updateBoolean(int columnIndex, boolean x)
            throws SQLException
    {
        throw notSupported("updateBoolean");
    }

    @Override
    public void updateByte(int columnIndex, byte x)
            throws SQLException
    {
        throw notSupported("updateByte");
    }

    @Override
    public void updateShort(int columnIndex, short x)
            throws SQLException
    {
        throw notSupported("updateShort");
    }

    @Override
    public void updateInt(int columnIndex, int x)
            throws SQLException
    {
        throw notSupported("updateInt");
    }

    @Override
    public void updateLong(int columnIndex, long x)
            throws SQLException
    {
        throw notSupported("updateLong");
    }

    @Override
    public void updateFloat(int columnIndex, float x)
            throws SQLException
    {
        throw notSupported("updateFloat");
    }

    @Override
    public void updateDouble(int columnIndex, double x)
            throws SQLException
    {
        throw notSupported("updateDouble");
    }

    @Override
    public void updateBigDecimal(int columnIndex, BigDecimal x)
            throws SQLException
    {
        throw notSupported("updateBigDecimal");
    }

    @Override
    public void updateString(int columnIndex, String x)
            throws SQLException
    {
        throw notSupported("updateString");
    }

    @Override
    public void updateBytes(int columnIndex, byte[] x)
            throws SQLException
    {
        throw notSupported("updateBytes");
    }

    @Override
    public void updateDate(int columnIndex, Date x)
            throws SQLException
    {
        throw notSupported("updateDate");
    }

    @Override
    public void updateTime(int columnIndex, Time x)
            throws SQLException
    {
        throw notSupported("updateTime");
    }

    @Override
    public void updateTimestamp(int columnIndex, Timestamp x)
            throws SQLException
    {
        throw notSupported("updateTimestamp");
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream x, int length)
            throws SQLException
    {
        throw notSupported("updateAsciiStream");
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream x, int length)
            throws SQLException
    {
        throw notSupported("updateBinaryStream");
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader x, int length)
            throws SQLException
    {
        throw notSupported("updateCharacterStream");
    }

    @Override
    public void updateObject(int columnIndex, Object x, int scaleOrLength)
            throws SQLException
    {
        throw notSupported("updateObject");
    }

    @Override
    public void updateObject(int columnIndex, Object x)
            throws SQLException
    {
        throw notSupported("updateObject");
    }

    @Override
    public void updateNull(String columnLabel)
            throws SQLException
    {
        throw notSupported("updateNull");
    }

    @Override
    public void updateBoolean(String columnLabel, boolean x)
            throws SQLException
    {
        throw notSupported("updateBoolean");
    }

    @Override
    public void updateByte(String columnLabel, byte x)
            throws SQLException
    {
        throw notSupported("updateByte");
    }

    @Override
    public void updateShort(String columnLabel, short x)
            throws SQLException
    {
        throw notSupported("updateShort");
    }

    @Override
    public void updateInt(String columnLabel, int x)
            throws SQLException
    {
        throw notSupported("updateInt");
    }

    @Override
    public void updateLong(String columnLabel, long x)
            throws SQLException
    {
        throw notSupported("updateLong");
    }

    @Override
    public void updateFloat(String columnLabel, float x)
            throws SQLException
    {
        throw notSupported("updateFloat");
    }

    @Override
    public void updateDouble(String columnLabel, double x)
            throws SQLException
    {
        throw notSupported("updateDouble");
    }

    @Override
    public void updateBigDecimal(String columnLabel, BigDecimal x)
            throws SQLException
    {
        throw notSupported("updateBigDecimal");
    }

    @Override
    public void updateString(String columnLabel, String x)
            throws SQLException
    {
        throw notSupported("updateString");
    }

    @Override
    public void updateBytes(String columnLabel, byte[] x)
            throws SQLException
    {
        throw notSupported("updateBytes");
    }

    @Override
    public void updateDate(String columnLabel, Date x)
            throws SQLException
    {
        throw notSupported("updateDate");
    }

    @Override
    public void updateTime(String columnLabel, Time x)
            throws SQLException
    {
        throw notSupported("updateTime");
    }

    @Override
    public void updateTimestamp(String columnLabel, Timestamp x)
            throws SQLException
    {
        throw notSupported("updateTimestamp");
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream x, int length)
            throws SQLException
    {
        throw notSupported("updateAsciiStream");
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream x, int length)
            throws SQLException
    {
        throw notSupported("updateBinaryStream");
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader, int length)
            throws SQLException
    {
        throw notSupported("updateCharacterStream");
    }

    @Override
    public void updateObject(String columnLabel, Object x, int scaleOrLength)
            throws SQLException
    {
        throw notSupported("updateObject");
    }

    @Override
    public void updateObject(String columnLabel, Object x)
            throws SQLException
    {
        throw notSupported("updateObject");
    }

    @Override
    public void insertRow()
            throws SQLException
    {
        throw notSupported("insertRow");
    }

    @Override
    public void updateRow()
            throws SQLException
    {
        throw notSupported("updateRow");
    }

    @Override
    public void deleteRow()
            throws SQLException
    {
        throw notSupported("deleteRow");
    }

    @Override
    public void refreshRow()
            throws SQLException
    {
        throw notSupported("refreshRow");
    }

    @Override
    public void cancelRowUpdates()
            throws SQLException
    {
        throw notSupported("cancelRowUpdates");
    }

    @Override
    public void moveToInsertRow()
            throws SQLException
    {
        throw notSupported("moveToInsertRow");
    }

    @Override
    public void moveToCurrentRow()
            throws SQLException
    {
        throw notSupported("moveToCurrentRow");
    }

    @Override
    public void updateRef(int columnIndex, Ref x)
            throws SQLException
    {
        throw notSupported("updateRef");
    }

    @Override
    public void updateRef(String columnLabel, Ref x)
            throws SQLException
    {
        throw notSupported("updateRef");
    }

    @Override
    public void updateBlob(int columnIndex, Blob x)
            throws SQLException
    {
        throw notSupported("updateBlob");
    }

    @Override
    public void updateBlob(String columnLabel, Blob x)
            throws SQLException
    {
        throw notSupported("updateBlob");
    }

    @Override
    public void updateClob(int columnIndex, Clob x)
            throws SQLException
    {
        throw notSupported("updateClob");
    }

    @Override
    public void updateClob(String columnLabel, Clob x)
            throws SQLException
    {
        throw notSupported("updateClob");
    }

    @Override
    public void updateArray(int columnIndex, Array x)
            throws SQLException
    {
        throw notSupported("updateArray");
    }

    @Override
    public void updateArray(String columnLabel, Array x)
            throws SQLException
    {
        throw notSupported("updateArray");
    }

    @Override
    public void updateRowId(int columnIndex, RowId x)
            throws SQLException
    {
        throw notSupported("updateRowId");
    }

    @Override
    public void updateRowId(String columnLabel, RowId x)
            throws SQLException
    {
        throw notSupported("updateRowId");
    }

    @Override
    public void updateNString(int columnIndex, String nString)
            throws SQLException
    {
        throw notSupported("updateNString");
    }

    @Override
    public void updateNString(String columnLabel, String nString)
            throws SQLException
    {
        throw notSupported("updateNString");
    }

    @Override
    public void updateNClob(int columnIndex, NClob nClob)
            throws SQLException
    {
        throw notSupported("updateNClob");
    }

    @Override
    public void updateNClob(String columnLabel, NClob nClob)
            throws SQLException
    {
        throw notSupported("updateNClob");
    }

    @Override
    public void updateSQLXML(int columnIndex, SQLXML xmlObject)
            throws SQLException
    {
        throw notSupported("updateSQLXML");
    }

    @Override
    public void updateSQLXML(String columnLabel, SQLXML xmlObject)
            throws SQLException
    {
        throw notSupported("updateSQLXML");
    }

    @Override
    public void updateNCharacterStream(int columnIndex, Reader x, long length)
            throws SQLException
    {
        throw notSupported("updateNCharacterStream");
    }

    @Override
    public void updateNCharacterStream(String columnLabel, Reader reader, long length)
            throws SQLException
    {
        throw notSupported("updateNCharacterStream");
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream x, long length)
            throws SQLException
    {
        throw notSupported("updateAsciiStream");
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream x, long length)
            throws SQLException
    {
        throw notSupported("updateBinaryStream");
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader x, long length)
            throws SQLException
    {
        throw notSupported("updateCharacterStream");
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream x, long length)
            throws SQLException
    {
        throw notSupported("updateAsciiStream");
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream x, long length)
            throws SQLException
    {
        throw notSupported("updateBinaryStream");
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader, long length)
            throws SQLException
    {
        throw notSupported("updateCharacterStream");
    }

    @Override
    public void updateBlob(int columnIndex, InputStream inputStream, long length)
            throws SQLException
    {
        throw notSupported("updateBlob");
    }

    @Override
    public void updateBlob(String columnLabel, InputStream inputStream, long length)
            throws SQLException
    {
        throw notSupported("updateBlob");
    }

    @Override
    public void updateClob(int columnIndex, Reader reader, long length)
            throws SQLException
    {
        throw notSupported("updateClob");
    }

    @Override
    public void updateClob(String columnLabel, Reader reader, long length)
            throws SQLException
    {
        throw notSupported("updateClob");
    }

    @Override
    public void updateNClob(int columnIndex, Reader reader, long length)
            throws SQLException
    {
        throw notSupported("updateNClob");
    }

    @Override
    public void updateNClob(String columnLabel, Reader reader, long length)
            throws SQLException
    {
        throw notSupported("updateNClob");
    }

    @Override
    public void updateNCharacterStream(int columnIndex, Reader x)
            throws SQLException
    {
        throw notSupported("updateNCharacterStream");
    }

    @Override
    public void updateNCharacterStream(String columnLabel, Reader reader)
            throws SQLException
    {
        throw notSupported("updateNCharacterStream");
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream x)
            throws SQLException
    {
        throw notSupported("updateAsciiStream");
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream x)
            throws SQLException
    {
        throw notSupported("updateBinaryStream");
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader x)
            throws SQLException
    {
        throw notSupported("updateCharacterStream");
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream x)
            throws SQLException
    {
        throw notSupported("updateAsciiStream");
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream x)
            throws SQLException
    {
        throw notSupported("updateBinaryStream");
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader)
            throws SQLException
    {
        throw notSupported("updateCharacterStream");
    }

    @Override
    public void updateBlob(int columnIndex, InputStream inputStream)
            throws SQLException
    {
        throw notSupported("updateBlob");
    }

    @Override
    public void updateBlob(String columnLabel, InputStream inputStream)
            throws SQLException
    {
        throw notSupported("updateBlob");
    }

    @Override
    public void updateClob(int columnIndex, Reader reader)
            throws SQLException
    {
        throw notSupported("updateClob");
    }

    @Override
    public void updateClob(String columnLabel, Reader reader)
            throws SQLException
    {
        throw notSupported("updateClob");
    }

    @Override
    public void updateNClob(int columnIndex, Reader reader)
            throws SQLException
    {
        throw notSupported("updateNClob");
    }

    @Override
    public void updateNClob(String columnLabel, Reader reader)
            throws SQLException
    {
        throw notSupported("updateNClob");
    }

    @Override
    public Statement getStatement()
            throws SQLException
    {
        checkOpen();
        return null;
    }

    @Override
    public <T> T unwrap(Class<T> type)
            throws SQLException
    {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName(), "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> type)
    {
        return type.isInstance(this);
    }
}
