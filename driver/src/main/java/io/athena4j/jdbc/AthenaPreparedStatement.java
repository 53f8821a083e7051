package io.athena4j.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A prepared statement whose parameters are rendered on the client as typed Athena literals ({@code 'it''s'},
 * {@code TIMESTAMP '…'}, {@code ARRAY[…]}, …) into the SQL text: Athena has no server-side binding for every statement,
 * and a literal keeps each value's exact type. The SQL is scanned once; {@code ?} inside strings, comments and quoted
 * identifiers is never a parameter. Statements Athena runs on its Hive engine (DDL) get Hive's string escaping.
 * With {@code UseExecutionParameters=true} the same literals travel as StartQueryExecution's ExecutionParameters, which
 * Athena parses as expressions, for the statements that accept them.
 */
public final class AthenaPreparedStatement
        extends AthenaStatement
        implements PreparedStatement
{
    /** Athena's limit on one ExecutionParameters value. */
    private static final int MAX_EXECUTION_PARAMETER_LENGTH = 1024;

    private final ParameterizedSql sql;
    private final String[] literals;
    private final List<List<String>> batchLiterals = new ArrayList<>();

    AthenaPreparedStatement(AthenaConnection connection, String sql)
            throws SQLException
    {
        super(connection);
        this.sql = ParameterizedSql.parse(requireNonNull(sql, "sql is null"));
        this.literals = new String[this.sql.parameterCount()];
    }

    private void set(int parameterIndex, Object value, int sqlType)
            throws SQLException
    {
        checkOpen();
        if (parameterIndex < 1 || parameterIndex > literals.length) {
            throw new SQLException("Parameter index " + parameterIndex + " is out of range: the statement has " + literals.length + " parameters", "07009");
        }
        literals[parameterIndex - 1] = sql.isHiveEngineStatement() ? AthenaLiteral.ofHive(value) : AthenaLiteral.of(value, sqlType);
    }

    private List<String> boundLiterals()
            throws SQLException
    {
        for (int i = 0; i < literals.length; i++) {
            if (literals[i] == null) {
                throw new SQLException("Parameter " + (i + 1) + " is not set: bind every ? before executing", "07001");
            }
        }
        return List.of(literals);
    }

    /**
     * With UseExecutionParameters, the literals go to Athena as ExecutionParameters where it accepts them (SELECT,
     * WITH, INSERT, UNLOAD) and each fits its 1024-character limit; otherwise, and by default, into the SQL text.
     */
    private Bound bound()
            throws SQLException
    {
        List<String> values = boundLiterals();
        if (connection.config().useExecutionParameters() && sql.acceptsExecutionParameters()
                && values.stream().allMatch(value -> value.length() <= MAX_EXECUTION_PARAMETER_LENGTH)) {
            return new Bound(sql.sql(), values);
        }
        return new Bound(sql.bind(values), List.of());
    }

    private record Bound(String sql, List<String> executionParameters) {}

    @Override
    public ResultSet executeQuery()
            throws SQLException
    {
        Bound bound = bound();
        return executeQuery(bound.sql(), bound.executionParameters());
    }

    @Override
    public int executeUpdate()
            throws SQLException
    {
        return (int) Math.min(Integer.MAX_VALUE, executeLargeUpdate());
    }

    @Override
    public long executeLargeUpdate()
            throws SQLException
    {
        Bound bound = bound();
        return executeLargeUpdate(bound.sql(), bound.executionParameters());
    }

    @Override
    public boolean execute()
            throws SQLException
    {
        Bound bound = bound();
        return execute(bound.sql(), bound.executionParameters());
    }

    @Override
    public void addBatch()
            throws SQLException
    {
        batchLiterals.add(boundLiterals());
    }

    @Override
    public void clearBatch()
            throws SQLException
    {
        super.clearBatch();
        batchLiterals.clear();
    }

    @Override
    public long[] executeLargeBatch()
            throws SQLException
    {
        checkOpen();
        List<List<String>> batch = List.copyOf(batchLiterals);
        batchLiterals.clear();
        // Folding at the template level: the VALUES prefix is taken once, not re-parsed per row.
        return executeChunks(InsertBatchFolder.foldPrepared(sql, batch, InsertBatchFolder.ATHENA_QUERY_LIMIT_BYTES), batch.size());
    }

    @Override
    public void clearParameters()
            throws SQLException
    {
        checkOpen();
        Arrays.fill(literals, null);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType)
            throws SQLException
    {
        set(parameterIndex, null, sqlType);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName)
            throws SQLException
    {
        set(parameterIndex, null, sqlType);
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x)
            throws SQLException
    {
        set(parameterIndex, x, Types.BOOLEAN);
    }

    @Override
    public void setByte(int parameterIndex, byte x)
            throws SQLException
    {
        set(parameterIndex, x, Types.TINYINT);
    }

    @Override
    public void setShort(int parameterIndex, short x)
            throws SQLException
    {
        set(parameterIndex, x, Types.SMALLINT);
    }

    @Override
    public void setInt(int parameterIndex, int x)
            throws SQLException
    {
        set(parameterIndex, x, Types.INTEGER);
    }

    @Override
    public void setLong(int parameterIndex, long x)
            throws SQLException
    {
        set(parameterIndex, x, Types.BIGINT);
    }

    @Override
    public void setFloat(int parameterIndex, float x)
            throws SQLException
    {
        set(parameterIndex, x, Types.REAL);
    }

    @Override
    public void setDouble(int parameterIndex, double x)
            throws SQLException
    {
        set(parameterIndex, x, Types.DOUBLE);
    }

    @Override
    public void setBigDecimal(int parameterIndex, BigDecimal x)
            throws SQLException
    {
        set(parameterIndex, x, Types.DECIMAL);
    }

    @Override
    public void setString(int parameterIndex, String x)
            throws SQLException
    {
        set(parameterIndex, x, Types.VARCHAR);
    }

    @Override
    public void setNString(int parameterIndex, String value)
            throws SQLException
    {
        setString(parameterIndex, value);
    }

    @Override
    public void setBytes(int parameterIndex, byte[] x)
            throws SQLException
    {
        set(parameterIndex, x, Types.VARBINARY);
    }

    @Override
    public void setDate(int parameterIndex, Date x)
            throws SQLException
    {
        set(parameterIndex, x == null ? null : x.toLocalDate(), Types.DATE);
    }

    @Override
    public void setDate(int parameterIndex, Date x, Calendar calendar)
            throws SQLException
    {
        if (x == null || calendar == null) {
            setDate(parameterIndex, x);
            return;
        }
        set(parameterIndex, Instant.ofEpochMilli(x.getTime()).atZone(calendar.getTimeZone().toZoneId()).toLocalDate(), Types.DATE);
    }

    @Override
    public void setTime(int parameterIndex, Time x)
            throws SQLException
    {
        set(parameterIndex, x == null ? null : x.toLocalTime(), Types.TIME);
    }

    @Override
    public void setTime(int parameterIndex, Time x, Calendar calendar)
            throws SQLException
    {
        if (x == null || calendar == null) {
            setTime(parameterIndex, x);
            return;
        }
        set(parameterIndex, Instant.ofEpochMilli(x.getTime()).atZone(calendar.getTimeZone().toZoneId()).toLocalTime(), Types.TIME);
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x)
            throws SQLException
    {
        set(parameterIndex, x == null ? null : x.toLocalDateTime(), Types.TIMESTAMP);
    }

    /** The timestamp's instant as wall-clock time in the calendar's zone, the zone Athena's timestamp is read in. */
    @Override
    public void setTimestamp(int parameterIndex, Timestamp x, Calendar calendar)
            throws SQLException
    {
        if (x == null || calendar == null) {
            setTimestamp(parameterIndex, x);
            return;
        }
        ZoneId zone = calendar.getTimeZone().toZoneId();
        set(parameterIndex, LocalDateTime.ofInstant(x.toInstant(), zone), Types.TIMESTAMP);
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType)
            throws SQLException
    {
        set(parameterIndex, x, targetSqlType);
    }

    @Override
    public void setObject(int parameterIndex, Object x)
            throws SQLException
    {
        set(parameterIndex, x, Types.OTHER);
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength)
            throws SQLException
    {
        set(parameterIndex, x, targetSqlType);
    }

    @Override
    public void setArray(int parameterIndex, Array x)
            throws SQLException
    {
        set(parameterIndex, x, Types.ARRAY);
    }

    @Override
    public void setURL(int parameterIndex, URL x)
            throws SQLException
    {
        set(parameterIndex, x == null ? null : x.toString(), Types.VARCHAR);
    }

    @Override
    public ResultSetMetaData getMetaData()
            throws SQLException
    {
        checkOpen();
        // Known only after running the query; JDBC allows null here.
        return null;
    }

    @Override
    public ParameterMetaData getParameterMetaData()
            throws SQLException
    {
        throw new SQLFeatureNotSupportedException("Athena does not describe parameters before a query runs", "HYC00");
    }

    private static SQLFeatureNotSupportedException noStreams()
    {
        return new SQLFeatureNotSupportedException("Streams and LOBs are not supported: bind strings with setString and binary values with setBytes", "HYC00");
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, int length)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int parameterIndex, InputStream x, int length)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, int length)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, int length)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setRef(int parameterIndex, Ref x)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setBlob(int parameterIndex, Blob x)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setClob(int parameterIndex, Clob x)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setRowId(int parameterIndex, RowId x)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value, long length)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setNClob(int parameterIndex, NClob value)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setClob(int parameterIndex, Reader reader, long length)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream, long length)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader, long length)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setSQLXML(int parameterIndex, SQLXML xmlObject)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, long length)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, long length)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, long length)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setClob(int parameterIndex, Reader reader)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream)
            throws SQLException
    {
        throw noStreams();
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader)
            throws SQLException
    {
        throw noStreams();
    }

    /** Statement's string forms do not apply to a prepared statement, as JDBC requires. */
    @Override
    public void addBatch(String sql)
            throws SQLException
    {
        throw new SQLException("addBatch(String) cannot be called on a PreparedStatement: bind parameters and call addBatch()", "HY000");
    }
}
