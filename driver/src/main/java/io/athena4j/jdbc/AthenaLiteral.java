package io.athena4j.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * Renders bound JDBC parameter values as SQL literals, because Athena has no server-side typed binding: its
 * {@code ExecutionParameters} are parsed as SQL expressions (athena-behaviour.md §B.11), so the driver inlines literals.
 *
 * <p>{@link #of(Object)} and {@link #of(Object, int)} render for Athena's Trino engine (SELECT, INSERT, CTAS, DELETE,
 * UPDATE, MERGE, views). {@link #ofHive(Object)} renders for the Hive DDL engine. Which one applies is decided by
 * {@link ParameterizedSql#isHiveEngineStatement()}, from the statement, never from the value.
 *
 * <p>Decisions, each pinned by a test that parses the output with Trino's own parser:
 * <ul>
 * <li>Strings: {@code '} is doubled and every other character is kept as is (Trino's lexer:
 *     {@code STRING: '\'' ( ~'\'' | '\'\'' )* '\''}, a backslash is an ordinary character). A string holding U+0000 is
 *     written in the {@code U&'…'} form with {@code \0000}, so the query text never carries a raw NUL. An unpaired
 *     surrogate is rejected: a Trino varchar is UTF-8 and cannot hold one, and the SDK would silently send {@code ?}.</li>
 * <li>Typed NULL: {@code setNull(i, type)} renders {@code CAST(NULL AS t)} only for types without a length or
 *     precision to guess (boolean, integers, real, double, date, time, timestamp, varbinary). {@code timestamp} and
 *     {@code time} are precision 3, Athena's Hive-table precision, which widens implicitly into Iceberg's 6. Strings and
 *     decimals stay a bare {@code NULL}: a guessed {@code varchar} or {@code decimal(38,0)} relies on INSERT assigning
 *     it to a {@code varchar(10)} or {@code decimal(10,2)} column, which Trino 483 does but Athena's engine is not
 *     verified to, while a bare NULL goes anywhere. The cost: {@code CREATE TABLE … AS SELECT ? AS c} bound to such a
 *     NULL fails with "Column type is unknown", as it would on Trino.</li>
 * <li>Numbers keep their Java type: Byte is {@code TINYINT '1'}, Short {@code SMALLINT '1'}, Integer and Long plain
 *     digits, Float {@code REAL '…'}, Double always with an exponent ({@code 1.5E0}) so Trino reads a DOUBLE, never a
 *     DECIMAL; BigDecimal is {@code DECIMAL '…'} with its scale kept.</li>
 * <li>Temporal values are written with 3, 6 or 9 fraction digits, the fewest that hold the value exactly: never
 *     rounded, and millisecond values keep Athena's native {@code timestamp(3)} (a {@code timestamp(6)} literal fails a
 *     CTAS into a Hive table: "Incorrect timestamp precision"). Years are limited to 0001–9999.</li>
 * </ul>
 */
final class AthenaLiteral
{
    /** Trino's and Athena's largest decimal precision. */
    static final int MAX_DECIMAL_PRECISION = 38;

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");
    private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

    private static final String ACCEPTED_CLASSES = "String, Character, Boolean, Byte, Short, Integer, Long, BigInteger, "
            + "Float, Double, BigDecimal, LocalDate, LocalTime, LocalDateTime, OffsetTime, OffsetDateTime, ZonedDateTime, "
            + "Instant, java.sql.Date, java.sql.Time, java.sql.Timestamp, byte[], UUID, java.sql.Array, java.sql.Struct, "
            + "Clob, Blob, List, Object[], primitive arrays and Map";

    private AthenaLiteral() {}

    /**
     * The Trino-engine literal for {@code value}, its SQL type inferred from its Java class.
     *
     * @throws SQLException SQLState {@code 22023} for a class that has no Athena literal, {@code 22003} for a number
     *         outside Athena's ranges, {@code 22008} for a date outside years 0001–9999
     */
    static String of(Object value)
            throws SQLException
    {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /**
     * The Trino-engine literal for {@code value} bound with the {@link Types} code {@code sqlType}, as by
     * {@code setNull(i, sqlType)} and {@code setObject(i, value, sqlType)}. {@link Types#OTHER}, {@link Types#JAVA_OBJECT}
     * and {@link Types#NULL} infer the type from the Java class. When the value's own literal type differs from the
     * requested one the literal is wrapped in {@code CAST(… AS type)}, so Trino applies its own conversion rules.
     *
     * @throws SQLException SQLState {@code HY004} for a type code Athena has no type for, otherwise as {@link #of(Object)}
     */
    static String of(Object value, int sqlType)
            throws SQLException
    {
        if (value == null) {
            return nullOf(sqlType);
        }
        switch (sqlType) {
            case Types.OTHER, Types.JAVA_OBJECT, Types.NULL:
                return of(value);
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB,
                    Types.NCLOB:
                if (value instanceof Number || value instanceof Boolean || value instanceof UUID) {
                    // JDBC's own conversion (String.valueOf), not Trino's: CAST(1.5E0 AS varchar) would read "1.5E0".
                    return of(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
                }
                return castUnless(value, value instanceof String || value instanceof Character || value instanceof Clob,
                        "varchar");
            case Types.BIT, Types.BOOLEAN:
                return castUnless(value, value instanceof Boolean, "boolean");
            case Types.TINYINT:
                return integral(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "tinyint");
            case Types.SMALLINT:
                return integral(value, Short.MIN_VALUE, Short.MAX_VALUE, "smallint");
            case Types.INTEGER:
                return integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "integer");
            case Types.BIGINT:
                return integral(value, Long.MIN_VALUE, Long.MAX_VALUE, "bigint");
            case Types.REAL:
                return castUnless(value, value instanceof Float, "real");
            case Types.FLOAT, Types.DOUBLE:
                return castUnless(value, value instanceof Double, "double");
            case Types.DECIMAL, Types.NUMERIC:
                return decimal(value);
            case Types.DATE:
                return castUnless(value, value instanceof LocalDate || value instanceof java.sql.Date, "date");
            case Types.TIME:
                return castUnless(value, value instanceof LocalTime || value instanceof java.sql.Time, "time");
            case Types.TIME_WITH_TIMEZONE:
                return castUnless(value, value instanceof OffsetTime, "time with time zone");
            case Types.TIMESTAMP:
                return castUnless(value, value instanceof LocalDateTime || value instanceof Timestamp, "timestamp");
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return castUnless(value,
                        value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Instant,
                        "timestamp with time zone");
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB:
                return castUnless(value, value instanceof byte[] || value instanceof Blob, "varbinary");
            case Types.ARRAY, Types.STRUCT:
                return of(value);
            default:
                throw unsupportedType(sqlType);
        }
    }

    /**
     * The Hive-engine literal for {@code value}, for the statements Athena runs on Hive (CREATE EXTERNAL TABLE,
     * ALTER TABLE, MSCK, SHOW, DESCRIBE): only what appears in {@code LOCATION '…'}, {@code TBLPROPERTIES ('k'='v')} and
     * {@code PARTITION (k=v)}, i.e. strings, numbers and booleans.
     *
     * <p>Strings use Hive's backslash escapes: {@code \} becomes {@code \\}, and NUL, tab, newline and carriage return
     * become {@code \0 \t \n \r}. A single quote is rejected rather than written {@code \'}: Athena runs ALTER TABLE on
     * Iceberg tables on Trino (§B.4), where {@code \'} ends the literal and the rest of the value becomes SQL. Without a
     * raw quote in the body the literal is one literal on either engine, at worst with doubled backslashes on Trino.
     */
    static String ofHive(Object value)
            throws SQLException
    {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String || value instanceof Character) {
            return hiveString(value.toString());
        }
        if (value instanceof Boolean || value instanceof Byte || value instanceof Short || value instanceof Integer
                || value instanceof Long || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return value.toString();
        }
        throw new SQLException("Cannot bind " + describe(value) + " in a statement Athena runs on its Hive engine "
                + "(CREATE EXTERNAL TABLE, ALTER TABLE, MSCK, SHOW, DESCRIBE): only String, Character, Boolean, finite "
                + "numbers and NULL have Hive literals there. Bind dates and timestamps as strings such as '2024-01-31'",
                "22023");
    }

    /**
     * {@code NULL}, typed with {@code CAST} when {@code sqlType} has one Trino type that widens into every column of
     * its family; see the class comment for why strings and decimals stay untyped.
     */
    static String nullOf(int sqlType)
            throws SQLException
    {
        return switch (sqlType) {
            case Types.BIT, Types.BOOLEAN -> "CAST(NULL AS boolean)";
            case Types.TINYINT -> "CAST(NULL AS tinyint)";
            case Types.SMALLINT -> "CAST(NULL AS smallint)";
            case Types.INTEGER -> "CAST(NULL AS integer)";
            case Types.BIGINT -> "CAST(NULL AS bigint)";
            case Types.REAL -> "CAST(NULL AS real)";
            case Types.FLOAT, Types.DOUBLE -> "CAST(NULL AS double)";
            case Types.DATE -> "CAST(NULL AS date)";
            case Types.TIME -> "CAST(NULL AS time)";
            case Types.TIME_WITH_TIMEZONE -> "CAST(NULL AS time with time zone)";
            case Types.TIMESTAMP -> "CAST(NULL AS timestamp)";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "CAST(NULL AS timestamp with time zone)";
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "CAST(NULL AS varbinary)";
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB,
                    Types.NCLOB, Types.DECIMAL, Types.NUMERIC, Types.NULL, Types.OTHER, Types.JAVA_OBJECT, Types.ARRAY,
                    Types.STRUCT -> "NULL";
            default -> throw unsupportedType(sqlType);
        };
    }

    private static String castUnless(Object value, boolean alreadyOfType, String trinoType)
            throws SQLException
    {
        String literal = of(value);
        return alreadyOfType ? literal : "CAST(" + literal + " AS " + trinoType + ")";
    }

    private static String integral(Object value, long minimum, long maximum, String trinoType)
            throws SQLException
    {
        if (!(value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger)) {
            return "CAST(" + of(value) + " AS " + trinoType + ")";
        }
        BigInteger integer = value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
        if (integer.compareTo(BigInteger.valueOf(minimum)) < 0 || integer.compareTo(BigInteger.valueOf(maximum)) > 0) {
            throw new SQLException("Value " + integer + " is out of range for " + trinoType + " (" + minimum + " to "
                    + maximum + "); bind it with a wider type", "22003");
        }
        return switch (trinoType) {
            case "tinyint" -> "TINYINT '" + integer + "'";
            case "smallint" -> "SMALLINT '" + integer + "'";
            default -> integerLiteral(integer.longValue());
        };
    }

    private static String decimal(Object value)
            throws SQLException
    {
        BigDecimal decimal;
        if (value instanceof BigDecimal big) {
            decimal = big;
        }
        else if (value instanceof BigInteger big) {
            decimal = new BigDecimal(big);
        }
        else if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            // DECIMAL '5' is decimal(1,0), which widens into any decimal(p,s) column; a plain 5 is integer, which
            // only widens into decimal(10+s, s).
            decimal = BigDecimal.valueOf(((Number) value).longValue());
        }
        else if (value instanceof Float || value instanceof Double) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new SQLException("Cannot bind " + number + " as DECIMAL: Athena decimals are finite", "22003");
            }
            // The shortest decimal that reads back as the same float or double: what the user wrote, not its binary expansion.
            decimal = new BigDecimal(value.toString());
        }
        else if (value instanceof String text) {
            try {
                decimal = new BigDecimal(text.strip());
            }
            catch (NumberFormatException e) {
                throw new SQLException("Cannot bind the string '" + abbreviate(text) + "' as DECIMAL: it is not a decimal "
                        + "number", "22018", e);
            }
        }
        else {
            return "CAST(" + of(value) + " AS decimal)";
        }
        StringBuilder out = new StringBuilder();
        appendDecimal(out, decimal);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value)
            throws SQLException
    {
        if (value == null) {
            out.append("NULL");
        }
        else if (value instanceof String string) {
            appendString(out, string);
        }
        else if (value instanceof Integer || value instanceof Long) {
            out.append(integerLiteral(((Number) value).longValue()));
        }
        else if (value instanceof Boolean bool) {
            out.append(bool ? "true" : "false");
        }
        else if (value instanceof Double number) {
            appendDouble(out, number);
        }
        else if (value instanceof BigDecimal decimal) {
            appendDecimal(out, decimal);
        }
        else if (value instanceof LocalDateTime dateTime) {
            appendTimestamp(out, dateTime);
        }
        else if (value instanceof Timestamp timestamp) {
            appendTimestamp(out, timestamp.toLocalDateTime());
        }
        else if (value instanceof LocalDate date) {
            out.append("DATE '");
            appendDate(out, date);
            out.append('\'');
        }
        else if (value instanceof java.sql.Date date) {
            out.append("DATE '");
            appendDate(out, date.toLocalDate());
            out.append('\'');
        }
        else if (value instanceof Character character) {
            appendString(out, character.toString());
        }
        else if (value instanceof Byte number) {
            out.append("TINYINT '").append(number.byteValue()).append('\'');
        }
        else if (value instanceof Short number) {
            out.append("SMALLINT '").append(number.shortValue()).append('\'');
        }
        else if (value instanceof BigInteger integer) {
            appendBigInteger(out, integer);
        }
        else if (value instanceof Float number) {
            appendReal(out, number);
        }
        else if (value instanceof LocalTime time) {
            out.append("TIME '");
            appendTime(out, time);
            out.append('\'');
        }
        else if (value instanceof java.sql.Time time) {
            // Time.toLocalTime() drops the milliseconds; Timestamp keeps them.
            out.append("TIME '");
            appendTime(out, new Timestamp(time.getTime()).toLocalDateTime().toLocalTime());
            out.append('\'');
        }
        else if (value instanceof OffsetTime time) {
            out.append("TIME '");
            appendTime(out, time.toLocalTime());
            out.append(' ');
            appendOffset(out, time.getOffset());
            out.append('\'');
        }
        else if (value instanceof OffsetDateTime dateTime) {
            appendTimestampWithTimeZone(out, dateTime.toLocalDateTime(), dateTime.getOffset(), null);
        }
        else if (value instanceof ZonedDateTime dateTime) {
            appendZoned(out, dateTime);
        }
        else if (value instanceof Instant instant) {
            if (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT)) {
                throw new SQLException("Cannot bind the instant " + instant + ": Athena dates and timestamps are bound "
                        + "for years 0001 to 9999", "22008");
            }
            appendTimestampWithTimeZone(out, LocalDateTime.ofInstant(instant, ZoneOffset.UTC), null, "UTC");
        }
        else if (value instanceof byte[] bytes) {
            appendBinary(out, bytes);
        }
        else if (value instanceof UUID uuid) {
            out.append("UUID '").append(uuid).append('\'');
        }
        else if (value instanceof AthenaArray array) {
            appendArray(out, array.elements(), array.getBaseTypeName());
        }
        else if (value instanceof java.sql.Array array) {
            Object elements = array.getArray();
            appendArray(out, elements instanceof Object[] objects ? objects : toObjectArray(elements), array.getBaseTypeName());
        }
        else if (value instanceof Struct struct) {
            appendStruct(out, struct);
        }
        else if (value instanceof Collection<?> collection) {
            appendArray(out, collection);
        }
        else if (value instanceof Object[] objects) {
            appendArray(out, java.util.Arrays.asList(objects));
        }
        else if (value instanceof Map<?, ?> map) {
            appendMap(out, map);
        }
        else if (value instanceof char[] characters) {
            appendString(out, new String(characters));
        }
        else if (value.getClass().isArray()) {
            appendArray(out, java.util.Arrays.asList(toObjectArray(value)));
        }
        else if (value instanceof Clob clob) {
            long length = clob.length();
            if (length > Integer.MAX_VALUE) {
                throw new SQLException("Cannot bind a Clob of " + length + " characters: an Athena query holds at most "
                        + "262,144 bytes", "22001");
            }
            appendString(out, clob.getSubString(1, (int) length));
        }
        else if (value instanceof Blob blob) {
            long length = blob.length();
            if (length > Integer.MAX_VALUE) {
                throw new SQLException("Cannot bind a Blob of " + length + " bytes: an Athena query holds at most "
                        + "262,144 bytes", "22001");
            }
            appendBinary(out, blob.getBytes(1, (int) length));
        }
        else {
            throw new SQLException("Cannot bind " + describe(value) + ": Athena literals are rendered for "
                    + ACCEPTED_CLASSES + ". Convert the value to one of these (java.util.Date: use java.sql.Timestamp, "
                    + "LocalDateTime or Instant)", "22023");
        }
    }

    /**
     * Appends {@code value} as a Trino string literal. See the class comment for the NUL and surrogate rules.
     */
    static void appendString(StringBuilder out, String value)
            throws SQLException
    {
        int length = value.length();
        boolean hasNul = false;
        for (int index = 0; index < length; index++) {
            char character = value.charAt(index);
            if (Character.isSurrogate(character)) {
                if (Character.isHighSurrogate(character) && index + 1 < length
                        && Character.isLowSurrogate(value.charAt(index + 1))) {
                    index++;
                    continue;
                }
                throw new SQLException("Cannot bind a string with an unpaired surrogate (\\u"
                        + Integer.toHexString(character) + " at index " + index + "): Athena strings are UTF-8, which "
                        + "cannot encode it. Remove or replace the character", "22021");
            }
            hasNul |= character == '\0';
        }
        out.ensureCapacity(out.length() + length + 2);
        if (hasNul) {
            out.append("U&'");
            for (int index = 0; index < length; index++) {
                char character = value.charAt(index);
                switch (character) {
                    case '\0' -> out.append("\\0000");
                    case '\\' -> out.append("\\\\");
                    case '\'' -> out.append("''");
                    default -> out.append(character);
                }
            }
            out.append('\'');
            return;
        }
        out.append('\'');
        int start = 0;
        for (int index = value.indexOf('\''); index >= 0; index = value.indexOf('\'', index + 1)) {
            out.append(value, start, index + 1).append('\'');
            start = index + 1;
        }
        out.append(value, start, length).append('\'');
    }

    private static String hiveString(String value)
            throws SQLException
    {
        StringBuilder out = new StringBuilder(value.length() + 8).append('\'');
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            switch (character) {
                case '\'' -> throw new SQLException("Cannot bind a string containing a single quote (at index " + index
                        + ") in a statement Athena runs on its Hive engine: Hive would need \\' and Trino, which runs "
                        + "some ALTER TABLE statements, would end the literal there. Write the value into the SQL text "
                        + "yourself or avoid the quote", "22023");
                case '\\' -> out.append("\\\\");
                case '\0' -> out.append("\\0");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isSurrogate(character)) {
                        if (!(Character.isHighSurrogate(character) && index + 1 < value.length()
                                && Character.isLowSurrogate(value.charAt(index + 1)))) {
                            throw new SQLException("Cannot bind a string with an unpaired surrogate (at index " + index
                                    + "): Athena strings are UTF-8, which cannot encode it", "22021");
                        }
                        out.append(character).append(value.charAt(++index));
                    }
                    else {
                        out.append(character);
                    }
                }
            }
        }
        return out.append('\'').toString();
    }

    private static String integerLiteral(long value)
    {
        // Trino's lexer has no negative literals: -9223372036854775808 is minus 9223372036854775808, which overflows.
        return value == Long.MIN_VALUE ? "BIGINT '-9223372036854775808'" : Long.toString(value);
    }

    private static void appendBigInteger(StringBuilder out, BigInteger integer)
            throws SQLException
    {
        if (integer.compareTo(MIN_LONG) >= 0 && integer.compareTo(MAX_LONG) <= 0) {
            out.append(integerLiteral(integer.longValue()));
            return;
        }
        // Beyond bigint, Athena's widest exact integer is decimal(38,0).
        appendDecimal(out, new BigDecimal(integer));
    }

    private static void appendReal(StringBuilder out, float value)
    {
        if (Float.isNaN(value)) {
            out.append("CAST(nan() AS real)");
        }
        else if (Float.isInfinite(value)) {
            out.append(value > 0 ? "CAST(infinity() AS real)" : "CAST(-infinity() AS real)");
        }
        else {
            // Float.toString is the shortest text that reads back as the same float.
            out.append("REAL '").append(value).append('\'');
        }
    }

    private static void appendDouble(StringBuilder out, double value)
    {
        if (Double.isNaN(value)) {
            out.append("nan()");
        }
        else if (Double.isInfinite(value)) {
            out.append(value > 0 ? "infinity()" : "-infinity()");
        }
        else {
            // Double.toString is the shortest text that reads back as the same double; Trino reads a number as DOUBLE
            // only with an exponent (1.5 alone is a DECIMAL on stock Trino and a DOUBLE on Athena).
            String text = Double.toString(value);
            out.append(text);
            if (text.indexOf('E') < 0) {
                out.append("E0");
            }
        }
    }

    private static void appendDecimal(StringBuilder out, BigDecimal value)
            throws SQLException
    {
        int scale = Math.max(value.scale(), 0);
        int integerDigits = Math.max(value.precision() - value.scale(), 0);
        int precision = Math.max(integerDigits + scale, 1);
        if (precision > MAX_DECIMAL_PRECISION) {
            throw new SQLException("Cannot bind " + abbreviate(value.toPlainString()) + " as DECIMAL: it needs precision "
                    + precision + " (" + integerDigits + " integer and " + scale + " fraction digits) and Athena decimals "
                    + "hold at most " + MAX_DECIMAL_PRECISION + " digits; round it (BigDecimal.setScale) or bind a Double",
                    "22003");
        }
        out.append("DECIMAL '").append(value.toPlainString()).append('\'');
    }

    private static void appendDate(StringBuilder out, LocalDate date)
            throws SQLException
    {
        int year = date.getYear();
        if (year < 1 || year > 9999) {
            throw new SQLException("Cannot bind the date " + date + ": Athena dates and timestamps are bound for years "
                    + "0001 to 9999", "22008");
        }
        appendPadded(out, year, 4);
        out.append('-');
        appendPadded(out, date.getMonthValue(), 2);
        out.append('-');
        appendPadded(out, date.getDayOfMonth(), 2);
    }

    private static void appendTime(StringBuilder out, LocalTime time)
    {
        appendPadded(out, time.getHour(), 2);
        out.append(':');
        appendPadded(out, time.getMinute(), 2);
        out.append(':');
        appendPadded(out, time.getSecond(), 2);
        int nanos = time.getNano();
        // 3, 6 or 9 digits: the fewest that keep the value exactly, never fewer than milliseconds.
        out.append('.');
        if (nanos % 1_000_000 == 0) {
            appendPadded(out, nanos / 1_000_000, 3);
        }
        else if (nanos % 1_000 == 0) {
            appendPadded(out, nanos / 1_000, 6);
        }
        else {
            appendPadded(out, nanos, 9);
        }
    }

    private static void appendTimestamp(StringBuilder out, LocalDateTime dateTime)
            throws SQLException
    {
        out.append("TIMESTAMP '");
        appendDate(out, dateTime.toLocalDate());
        out.append(' ');
        appendTime(out, dateTime.toLocalTime());
        out.append('\'');
    }

    private static void appendZoned(StringBuilder out, ZonedDateTime dateTime)
            throws SQLException
    {
        if (dateTime.getZone() instanceof ZoneOffset offset) {
            appendTimestampWithTimeZone(out, dateTime.toLocalDateTime(), offset, null);
        }
        else if (!dateTime.withEarlierOffsetAtOverlap().equals(dateTime)) {
            // In a DST overlap a zone name is ambiguous and Trino takes the earlier offset; the offset keeps the instant.
            appendTimestampWithTimeZone(out, dateTime.toLocalDateTime(), dateTime.getOffset(), null);
        }
        else {
            appendTimestampWithTimeZone(out, dateTime.toLocalDateTime(), null, dateTime.getZone().getId());
        }
    }

    private static void appendTimestampWithTimeZone(StringBuilder out, LocalDateTime dateTime, ZoneOffset offset,
            String zoneId)
            throws SQLException
    {
        out.append("TIMESTAMP '");
        appendDate(out, dateTime.toLocalDate());
        out.append(' ');
        appendTime(out, dateTime.toLocalTime());
        out.append(' ');
        if (offset != null) {
            appendOffset(out, offset);
        }
        else {
            // Zone ids are [A-Za-z0-9/_+-]; none can end the literal.
            out.append(zoneId);
        }
        out.append('\'');
    }

    private static void appendOffset(StringBuilder out, ZoneOffset offset)
            throws SQLException
    {
        int totalSeconds = offset.getTotalSeconds();
        if (totalSeconds % 60 != 0) {
            throw new SQLException("Cannot bind the offset " + offset + ": Athena time zone offsets are whole minutes",
                    "22009");
        }
        int minutes = Math.abs(totalSeconds / 60);
        out.append(totalSeconds < 0 ? '-' : '+');
        appendPadded(out, minutes / 60, 2);
        out.append(':');
        appendPadded(out, minutes % 60, 2);
    }

    private static void appendPadded(StringBuilder out, int value, int width)
    {
        String digits = Integer.toString(value);
        for (int padding = width - digits.length(); padding > 0; padding--) {
            out.append('0');
        }
        out.append(digits);
    }

    private static void appendBinary(StringBuilder out, byte[] bytes)
    {
        out.ensureCapacity(out.length() + bytes.length * 2 + 3);
        out.append("X'");
        for (byte value : bytes) {
            out.append(HEX_DIGITS[(value >> 4) & 0xF]).append(HEX_DIGITS[value & 0xF]);
        }
        out.append('\'');
    }

    private static void appendArray(StringBuilder out, Iterable<?> elements)
            throws SQLException
    {
        out.append("ARRAY[");
        Iterator<?> iterator = elements.iterator();
        while (iterator.hasNext()) {
            append(out, iterator.next());
            if (iterator.hasNext()) {
                out.append(", ");
            }
        }
        out.append(']');
    }

    private static void appendArray(StringBuilder out, Object[] elements, String baseTypeName)
            throws SQLException
    {
        if (baseTypeName == null || baseTypeName.isBlank()) {
            appendArray(out, java.util.Arrays.asList(elements));
            return;
        }
        // The CAST makes the element type the declared one (ARRAY[1] alone is array(integer), ARRAY[] array(unknown)).
        out.append("CAST(");
        appendArray(out, java.util.Arrays.asList(elements));
        out.append(" AS ARRAY(").append(TrinoTypeName.check(baseTypeName)).append("))");
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map)
            throws SQLException
    {
        if (map.isEmpty()) {
            out.append("MAP()");
            return;
        }
        StringBuilder values = new StringBuilder();
        out.append("MAP(ARRAY[");
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getKey() == null) {
                throw new SQLException("Cannot bind a Map with a null key: Athena map keys cannot be NULL", "22004");
            }
            if (!first) {
                out.append(", ");
                values.append(", ");
            }
            first = false;
            append(out, entry.getKey());
            append(values, entry.getValue());
        }
        out.append("], ARRAY[").append(values).append("])");
    }

    private static void appendStruct(StringBuilder out, Struct struct)
            throws SQLException
    {
        String typeName = struct.getSQLTypeName();
        Object[] attributes = struct.getAttributes();
        boolean typed = typeName != null && !typeName.isBlank();
        if (typed) {
            out.append("CAST(");
        }
        out.append("ROW(");
        for (int index = 0; index < attributes.length; index++) {
            if (index > 0) {
                out.append(", ");
            }
            append(out, attributes[index]);
        }
        out.append(')');
        if (typed) {
            out.append(" AS ").append(TrinoTypeName.check(typeName)).append(')');
        }
    }

    private static Object[] toObjectArray(Object primitiveArray)
    {
        int length = java.lang.reflect.Array.getLength(primitiveArray);
        Object[] objects = new Object[length];
        for (int index = 0; index < length; index++) {
            objects[index] = java.lang.reflect.Array.get(primitiveArray, index);
        }
        return objects;
    }

    private static SQLException unsupportedType(int sqlType)
    {
        return new SQLException("Athena has no type for java.sql.Types code " + sqlType + " (" + typeCodeName(sqlType)
                + "); bind with a character, numeric, boolean, date/time, binary, ARRAY or STRUCT type, or Types.OTHER "
                + "to infer the type from the value", "HY004");
    }

    private static String typeCodeName(int sqlType)
    {
        for (java.lang.reflect.Field field : Types.class.getFields()) {
            try {
                if (field.getType() == int.class && field.getInt(null) == sqlType) {
                    return "Types." + field.getName();
                }
            }
            catch (IllegalAccessException e) {
                // public constants of a JDK class: not reachable
            }
        }
        return "unknown";
    }

    private static String describe(Object value)
    {
        return "a value of class " + value.getClass().getName();
    }

    private static String abbreviate(String text)
    {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
