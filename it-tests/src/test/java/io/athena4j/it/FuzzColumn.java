package io.athena4j.it;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.function.Function;

/**
 * One fuzzed type: how a value is generated, bound through the JDBC setter an application would use, read back with
 * the matching getter, and compared (exactly: bits for floating point, value and scale for decimals).
 */
enum FuzzColumn
{
    VARCHAR("s", "string", Types.VARCHAR, values -> values.string(30_000)) {
        @Override
        void bind(PreparedStatement statement, int index, Object value)
                throws SQLException
        {
            statement.setString(index, (String) value);
        }

        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            return rs.getString(index);
        }
    },
    BIGINT("b", "bigint", Types.BIGINT, FuzzValues::bigint) {
        @Override
        void bind(PreparedStatement statement, int index, Object value)
                throws SQLException
        {
            statement.setLong(index, (Long) value);
        }

        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            long value = rs.getLong(index);
            return rs.wasNull() ? null : value;
        }
    },
    INTEGER("i", "int", Types.INTEGER, values -> (int) values.integral(Integer.MIN_VALUE, Integer.MAX_VALUE)) {
        @Override
        void bind(PreparedStatement statement, int index, Object value)
                throws SQLException
        {
            statement.setInt(index, (Integer) value);
        }

        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            int value = rs.getInt(index);
            return rs.wasNull() ? null : value;
        }
    },
    SMALLINT("sm", "smallint", Types.SMALLINT, values -> (short) values.integral(Short.MIN_VALUE, Short.MAX_VALUE)) {
        @Override
        void bind(PreparedStatement statement, int index, Object value)
                throws SQLException
        {
            statement.setShort(index, (Short) value);
        }

        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            short value = rs.getShort(index);
            return rs.wasNull() ? null : value;
        }
    },
    TINYINT("ti", "tinyint", Types.TINYINT, values -> (byte) values.integral(Byte.MIN_VALUE, Byte.MAX_VALUE)) {
        @Override
        void bind(PreparedStatement statement, int index, Object value)
                throws SQLException
        {
            statement.setByte(index, (Byte) value);
        }

        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            byte value = rs.getByte(index);
            return rs.wasNull() ? null : value;
        }
    },
    BOOLEAN("bo", "boolean", Types.BOOLEAN, values -> values.chance(50)) {
        @Override
        void bind(PreparedStatement statement, int index, Object value)
                throws SQLException
        {
            statement.setBoolean(index, (Boolean) value);
        }

        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            boolean value = rs.getBoolean(index);
            return rs.wasNull() ? null : value;
        }
    },
    DOUBLE("d", "double", Types.DOUBLE, FuzzValues::doubleValue) {
        @Override
        void bind(PreparedStatement statement, int index, Object value)
                throws SQLException
        {
            statement.setDouble(index, (Double) value);
        }

        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            double value = rs.getDouble(index);
            return rs.wasNull() ? null : value;
        }
    },
    REAL("r", "float", Types.REAL, FuzzValues::realValue) {
        @Override
        void bind(PreparedStatement statement, int index, Object value)
                throws SQLException
        {
            statement.setFloat(index, (Float) value);
        }

        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            float value = rs.getFloat(index);
            return rs.wasNull() ? null : value;
        }
    },
    /** decimal(38,10): 28 integer and 10 fraction digits, all 38 used at the maximum. */
    DECIMAL_38_10("dec", "decimal(38,10)", Types.DECIMAL, values -> values.decimal(28, 10)) {
        @Override
        boolean same(Object expected, Object actual)
        {
            // The column's scale comes back whatever scale was bound.
            return actual instanceof BigDecimal decimal && decimal.scale() == 10 && decimal.compareTo((BigDecimal) expected) == 0;
        }
    },
    DECIMAL_38_0("dec0", "decimal(38,0)", Types.DECIMAL, values -> values.decimal(38, 0)) {
        @Override
        boolean same(Object expected, Object actual)
        {
            return actual instanceof BigDecimal decimal && decimal.scale() == 0 && decimal.compareTo((BigDecimal) expected) == 0;
        }
    },
    DATE("dt", "date", Types.DATE, FuzzValues::date) {
        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            return rs.getObject(index, LocalDate.class);
        }
    },
    /** Athena's Hive tables keep milliseconds. */
    TIMESTAMP_MILLIS("ts", "timestamp", Types.TIMESTAMP, values -> values.timestamp(3)) {
        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            return rs.getObject(index, LocalDateTime.class);
        }
    },
    VARBINARY("bin", "binary", Types.VARBINARY, FuzzValues::bytes) {
        @Override
        void bind(PreparedStatement statement, int index, Object value)
                throws SQLException
        {
            statement.setBytes(index, (byte[]) value);
        }

        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            return rs.getBytes(index);
        }

        @Override
        boolean same(Object expected, Object actual)
        {
            return actual instanceof byte[] bytes && Arrays.equals((byte[]) expected, bytes);
        }
    },
    // Only in SELECT lists (no table column of these types):
    DECIMAL_ANY("x", null, Types.DECIMAL, FuzzValues::anyDecimal) {
        @Override
        boolean same(Object expected, Object actual)
        {
            // A literal keeps its own scale; Athena has no negative scales, so 5E+3 comes back as 5000.
            BigDecimal bound = (BigDecimal) expected;
            return actual instanceof BigDecimal decimal && decimal.compareTo(bound) == 0 && decimal.scale() == Math.max(bound.scale(), 0);
        }
    },
    TIMESTAMP_MICROS("x", null, Types.TIMESTAMP, values -> values.timestamp(6)) {
        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            return rs.getObject(index, LocalDateTime.class);
        }
    },
    TIMESTAMP_WITH_TIME_ZONE("x", null, Types.TIMESTAMP_WITH_TIMEZONE, FuzzValues::timestampWithTimeZone) {
        @Override
        Object read(ResultSet rs, int index)
                throws SQLException
        {
            return rs.getObject(index, OffsetDateTime.class);
        }
    };

    private final String column;
    private final String hiveType;
    private final int sqlType;
    private final Function<FuzzValues, Object> generator;

    FuzzColumn(String column, String hiveType, int sqlType, Function<FuzzValues, Object> generator)
    {
        this.column = column;
        this.hiveType = hiveType;
        this.sqlType = sqlType;
        this.generator = generator;
    }

    String column()
    {
        return column;
    }

    String hiveType()
    {
        return hiveType;
    }

    boolean isTableColumn()
    {
        return hiveType != null;
    }

    /** Whether a bare literal of this type comes back as bound (a table column's decimal scale is the column's). */
    boolean isEchoed()
    {
        return this != DECIMAL_38_10 && this != DECIMAL_38_0;
    }

    Object generate(FuzzValues values)
    {
        return generator.apply(values);
    }

    /** Binds {@code value}, or NULL of the column's type. */
    void bindOrNull(PreparedStatement statement, int index, Object value)
            throws SQLException
    {
        if (value == null) {
            statement.setNull(index, sqlType);
        }
        else {
            bind(statement, index, value);
        }
    }

    void bind(PreparedStatement statement, int index, Object value)
            throws SQLException
    {
        statement.setObject(index, value);
    }

    Object read(ResultSet rs, int index)
            throws SQLException
    {
        return rs.getObject(index);
    }

    boolean same(Object expected, Object actual)
    {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected instanceof Double d && actual instanceof Double a) {
            return Double.doubleToLongBits(d) == Double.doubleToLongBits(a);
        }
        if (expected instanceof Float f && actual instanceof Float a) {
            return Float.floatToIntBits(f) == Float.floatToIntBits(a);
        }
        return expected.equals(actual);
    }

    boolean sameOrBothNull(Object expected, Object actual)
    {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        return same(expected, actual);
    }
}
