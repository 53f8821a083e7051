package io.athena4j.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.athena4j.jdbc.AthenaColumnType.BOOLEAN;
import static io.athena4j.jdbc.AthenaColumnType.CHAR;
import static io.athena4j.jdbc.AthenaColumnType.INTERVAL_DAY_TO_SECOND;
import static io.athena4j.jdbc.AthenaColumnType.INTERVAL_YEAR_TO_MONTH;
import static io.athena4j.jdbc.AthenaColumnType.JSON;
import static io.athena4j.jdbc.AthenaColumnType.TIMESTAMP;
import static io.athena4j.jdbc.AthenaColumnType.TIMESTAMP_WITH_TIME_ZONE;
import static io.athena4j.jdbc.AthenaColumnType.TIME_WITH_TIME_ZONE;
import static io.athena4j.jdbc.AthenaColumnType.UNKNOWN;
import static io.athena4j.jdbc.AthenaColumnType.VARBINARY;
import static io.athena4j.jdbc.AthenaColumnType.VARCHAR;
import static java.lang.String.format;
import static java.util.Map.entry;
import static java.util.Objects.requireNonNull;

/**
 * Reads Athena's text for a value ({@code Datum.VarCharValue}, behaviour reference §A.4) as the Java value a
 * {@code ResultSet} getter asks for. Every method takes the text, the column's {@link AthenaType} and the column
 * label (for messages).
 * <p>
 * Contract, for every method:
 * <ul>
 * <li>{@code text} is never null: SQL NULL is an absent VarCharValue, which the caller handles before calling.</li>
 * <li>A value is returned only if the text is exactly in the form Athena prints for the column's type (or, for
 *     {@code varchar}, {@code char} and unknown types, in the form Athena prints for the requested type). Nothing is
 *     guessed, trimmed, rounded to fit or turned into null.</li>
 * <li>Otherwise an {@link SQLException} names the column, the value, and the form expected: SQLState {@code 22018}
 *     for text that cannot be the requested type, {@code 22003} for a number out of the target's range,
 *     {@code 22007} for a malformed date or time, {@code 22008} for a time finer than Java's nanoseconds,
 *     {@code 22000} for a complex value whose text is ambiguous, {@code HY000} for a target class not supported.</li>
 * </ul>
 * {@code parseX} methods read a value as an {@code X}; {@link #toObject}, {@link #toDate}, {@link #toTime} and
 * {@link #toTimestamp} give what {@code getObject(int)} and the {@code java.sql} date getters (with or without a
 * {@link Calendar}) return; {@link #convert} serves {@code getObject(int, Class)}.
 * <p>
 * Hot paths (numbers, dates, times, timestamps) read characters in place and allocate only the result; exceptions
 * are created only for values that fail. Stateless and thread-safe.
 */
final class AthenaValueParser
{
    private static final int MAXIMUM_TEXT_IN_MESSAGE = 200;
    // A double has at most 309 integer digits, a decimal 38.
    private static final int MAXIMUM_INTEGER_DIGITS = 400;
    private static final BigDecimal LONG_MINIMUM = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAXIMUM = BigDecimal.valueOf(Long.MAX_VALUE);

    @FunctionalInterface
    private interface Conversion
    {
        Object convert(String text, AthenaType type, String columnLabel)
                throws SQLException;
    }

    /**
     * What {@link #convert} does for each target class it names in errors; for other classes it returns
     * {@link #toObject}'s value if that is an instance. Looked up by identity: no chain of comparisons per value.
     */
    private static final Map<Class<?>, Conversion> CONVERSIONS = Map.ofEntries(
            entry(String.class, (text, type, columnLabel) -> text),
            entry(Boolean.class, AthenaValueParser::parseBoolean),
            entry(Byte.class, AthenaValueParser::parseByte),
            entry(Short.class, AthenaValueParser::parseShort),
            entry(Integer.class, AthenaValueParser::parseInt),
            entry(Long.class, AthenaValueParser::parseLong),
            entry(BigInteger.class, AthenaValueParser::parseBigInteger),
            entry(Float.class, AthenaValueParser::parseFloat),
            entry(Double.class, AthenaValueParser::parseDouble),
            entry(BigDecimal.class, AthenaValueParser::parseBigDecimal),
            entry(byte[].class, AthenaValueParser::parseBytes),
            entry(LocalDate.class, AthenaValueParser::parseLocalDate),
            entry(LocalTime.class, AthenaValueParser::parseLocalTime),
            entry(LocalDateTime.class, AthenaValueParser::parseLocalDateTime),
            entry(OffsetTime.class, AthenaValueParser::parseOffsetTime),
            entry(OffsetDateTime.class, AthenaValueParser::parseOffsetDateTime),
            entry(ZonedDateTime.class, AthenaValueParser::parseZonedDateTime),
            entry(Instant.class, AthenaValueParser::parseInstant),
            entry(Date.class, (text, type, columnLabel) -> toDate(text, type, columnLabel, null)),
            entry(Time.class, (text, type, columnLabel) -> toTime(text, type, columnLabel, null)),
            entry(Timestamp.class, (text, type, columnLabel) -> toTimestamp(text, type, columnLabel, null)),
            entry(java.util.Date.class, (text, type, columnLabel) -> toTimestamp(text, type, columnLabel, null)),
            entry(UUID.class, AthenaValueParser::parseUuid),
            entry(Duration.class, AthenaValueParser::parseDuration),
            entry(Period.class, AthenaValueParser::parsePeriod),
            entry(Array.class, AthenaValueParser::parseArray),
            entry(List.class, (text, type, columnLabel) -> AthenaComplexValueParser.parseArray(text, requireType(text, type, columnLabel, AthenaColumnType.ARRAY, "a List"), columnLabel)),
            entry(Struct.class, AthenaValueParser::parseStruct),
            entry(Map.class, AthenaValueParser::parseMap),
            entry(Object.class, AthenaValueParser::toObject));

    private static final String SUPPORTED_CLASSES = "String, Boolean, Byte, Short, Integer, Long, BigInteger, Float, Double, BigDecimal, byte[], "
            + "LocalDate, LocalTime, LocalDateTime, OffsetTime, OffsetDateTime, ZonedDateTime, Instant, java.sql.Date, java.sql.Time, "
            + "java.sql.Timestamp, java.util.Date, UUID, Duration, Period, java.sql.Array, List, java.sql.Struct, Map, Object";

    private AthenaValueParser() {}

    /**
     * {@code getObject(int)}: the value as the class {@link AthenaType#javaClassName()} names. Composite values are
     * read best effort (see {@link AthenaComplexValueParser}).
     */
    static Object toObject(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        requireNonNull(text, "text is null");
        return switch (type.columnType()) {
            case BOOLEAN -> parseBoolean(text, type, columnLabel);
            case TINYINT -> parseByte(text, type, columnLabel);
            case SMALLINT -> parseShort(text, type, columnLabel);
            case INTEGER -> parseInt(text, type, columnLabel);
            case BIGINT -> parseLong(text, type, columnLabel);
            case REAL -> parseFloat(text, type, columnLabel);
            case DOUBLE -> parseDouble(text, type, columnLabel);
            case DECIMAL -> parseBigDecimal(text, type, columnLabel);
            case VARBINARY -> parseBytes(text, type, columnLabel);
            case DATE -> toDate(text, type, columnLabel, null);
            case TIME -> toTime(text, type, columnLabel, null);
            case TIME_WITH_TIME_ZONE -> parseOffsetTime(text, type, columnLabel);
            case TIMESTAMP -> toTimestamp(text, type, columnLabel, null);
            case TIMESTAMP_WITH_TIME_ZONE -> parseOffsetDateTime(text, type, columnLabel);
            case ARRAY -> parseArray(text, type, columnLabel);
            case MAP -> parseMap(text, type, columnLabel);
            case ROW -> parseStruct(text, type, columnLabel);
            case VARCHAR, CHAR, INTERVAL_DAY_TO_SECOND, INTERVAL_YEAR_TO_MONTH, JSON, UUID, IPADDRESS, UNKNOWN -> text;
        };
    }

    /**
     * {@code getObject(int, Class)}: the value converted to {@code target}. Besides the classes listed in the
     * message of an unsupported target, any supertype of what {@link #toObject} returns is accepted
     * ({@code Object}, {@code Number}, {@code Temporal}, ...).
     */
    static <T> T convert(String text, AthenaType type, Class<T> target, String columnLabel)
            throws SQLException
    {
        requireNonNull(text, "text is null");
        if (target == null) {
            throw new SQLException(format("Column '%s': the target class is null", columnLabel), "HY000");
        }
        Conversion conversion = CONVERSIONS.get(target);
        if (conversion != null) {
            return target.cast(conversion.convert(text, type, columnLabel));
        }
        Object value = toObject(text, type, columnLabel);
        if (target.isInstance(value)) {
            return target.cast(value);
        }
        throw new SQLException(format("Column '%s' (%s): cannot convert to %s; supported classes: %s",
                columnLabel, type, target.getName(), SUPPORTED_CLASSES), "HY000");
    }

    /**
     * {@code getBoolean}: {@code true} or {@code false} for boolean; {@code 0} or {@code 1} for the integer types, as
     * JDBC specifies; and any of these (true and false in any case) for the character types.
     */
    static boolean parseBoolean(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        switch (type.columnType()) {
            case BOOLEAN:
                if (text.equals("true")) {
                    return true;
                }
                if (text.equals("false")) {
                    return false;
                }
                break;
            case TINYINT, SMALLINT, INTEGER, BIGINT:
                if (text.equals("1")) {
                    return true;
                }
                if (text.equals("0")) {
                    return false;
                }
                break;
            case VARCHAR, CHAR, UNKNOWN:
                if (text.equals("1") || text.equalsIgnoreCase("true")) {
                    return true;
                }
                if (text.equals("0") || text.equalsIgnoreCase("false")) {
                    return false;
                }
                break;
            default:
                throw notConvertible(text, type, columnLabel, "a boolean");
        }
        throw invalidValue("22018", text, type, columnLabel, "is not a boolean: expected true or false (or 0 or 1 for a number)");
    }

    /** {@code getByte}: an integer in [-128, 127]. */
    static byte parseByte(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        return (byte) parseIntegral(text, type, columnLabel, Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte");
    }

    /** {@code getShort}: an integer in [-32768, 32767]. */
    static short parseShort(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        return (short) parseIntegral(text, type, columnLabel, Short.MIN_VALUE, Short.MAX_VALUE, "a short");
    }

    /** {@code getInt}: an integer in int's range. */
    static int parseInt(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        return (int) parseIntegral(text, type, columnLabel, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int");
    }

    /**
     * {@code getLong}: an integer in long's range. Decimal, double and real values convert when they are whole
     * numbers in range ({@code 2.00}, {@code 1.0E3}); a fractional part fails rather than being truncated.
     */
    static long parseLong(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        return parseIntegral(text, type, columnLabel, Long.MIN_VALUE, Long.MAX_VALUE, "a long");
    }

    /** {@code getObject(i, BigInteger.class)}: any whole number. */
    static BigInteger parseBigInteger(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        if (type.columnType() == BOOLEAN) {
            return parseBoolean(text, type, columnLabel) ? BigInteger.ONE : BigInteger.ZERO;
        }
        BigDecimal value = parseBigDecimal(text, type, columnLabel);
        // 1e999999999 is valid text, but not a number to expand into a billion digits.
        if (value.precision() - value.scale() > MAXIMUM_INTEGER_DIGITS) {
            throw invalidValue("22003", text, type, columnLabel, "has more than " + MAXIMUM_INTEGER_DIGITS + " integer digits, too many for a BigInteger read from Athena");
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw invalidValue("22018", text, type, columnLabel, "has a fractional part, so it is not a BigInteger");
        }
        return value.toBigInteger();
    }

    /**
     * {@code getFloat}: Athena prints real and double values as Java does ({@code 1.0E20}, {@code NaN},
     * {@code -Infinity}). A finite value beyond float's range fails; rounding to float's precision is expected.
     */
    static float parseFloat(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        if (type.columnType() == BOOLEAN) {
            return parseBoolean(text, type, columnLabel) ? 1 : 0;
        }
        requireNumberType(text, type, columnLabel, "a float");
        if (!isFloatingPointText(text)) {
            throw invalidValue("22018", text, type, columnLabel, "is not a number: expected digits with an optional fraction and exponent, NaN, Infinity or -Infinity");
        }
        float value = Float.parseFloat(text);
        if (Float.isInfinite(value) && !isNotFinite(text)) {
            throw invalidValue("22003", text, type, columnLabel, "is out of range for a float");
        }
        return value;
    }

    /** {@code getDouble}: as {@link #parseFloat}, in double's range. */
    static double parseDouble(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        if (type.columnType() == BOOLEAN) {
            return parseBoolean(text, type, columnLabel) ? 1 : 0;
        }
        requireNumberType(text, type, columnLabel, "a double");
        if (!isFloatingPointText(text)) {
            throw invalidValue("22018", text, type, columnLabel, "is not a number: expected digits with an optional fraction and exponent, NaN, Infinity or -Infinity");
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value) && !isNotFinite(text)) {
            throw invalidValue("22003", text, type, columnLabel, "is out of range for a double");
        }
        return value;
    }

    /**
     * {@code getBigDecimal}: exact, keeping the scale Athena printed ({@code 1.50} has scale 2). Double and real
     * values convert from their printed (shortest round-trip) form; NaN and the infinities fail.
     */
    static BigDecimal parseBigDecimal(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        if (type.columnType() == BOOLEAN) {
            return parseBoolean(text, type, columnLabel) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        requireNumberType(text, type, columnLabel, "a BigDecimal");
        if (!isFloatingPointText(text)) {
            throw invalidValue("22018", text, type, columnLabel, "is not a number: expected digits with an optional fraction and exponent");
        }
        if (isNotFinite(text)) {
            throw invalidValue("22003", text, type, columnLabel, "has no BigDecimal value");
        }
        return decimal(text, type, columnLabel);
    }

    /**
     * {@code getBytes}: varbinary values are printed as two lowercase hex digits per byte separated by single spaces
     * ({@code 01 02 ca fe}; no bytes: empty text). Character values give their UTF-8 encoding.
     */
    static byte[] parseBytes(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        AthenaColumnType columnType = type.columnType();
        if (columnType == VARCHAR || columnType == CHAR || columnType == JSON || columnType == UNKNOWN) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (columnType != VARBINARY) {
            throw notConvertible(text, type, columnLabel, "bytes");
        }
        int length = text.length();
        if (length == 0) {
            return new byte[0];
        }
        if (length % 3 != 2) {
            throw malformedHex(text, type, columnLabel);
        }
        byte[] bytes = new byte[(length + 1) / 3];
        for (int i = 0, position = 0; i < bytes.length; i++, position += 3) {
            int high = hexValue(text.charAt(position));
            int low = hexValue(text.charAt(position + 1));
            if (high < 0 || low < 0 || (position + 2 < length && text.charAt(position + 2) != ' ')) {
                throw malformedHex(text, type, columnLabel);
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    /** {@code getObject(i, LocalDate.class)}: from date, or the date part of timestamp. */
    static LocalDate parseLocalDate(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        return switch (type.columnType()) {
            case DATE, VARCHAR, CHAR, UNKNOWN -> AthenaDateTimeParser.parseDate(text, type, columnLabel);
            case TIMESTAMP -> AthenaDateTimeParser.parseTimestamp(text, type, columnLabel).toLocalDate();
            case TIMESTAMP_WITH_TIME_ZONE -> throw zonedToLocal(text, type, columnLabel, "LocalDate");
            default -> throw notConvertible(text, type, columnLabel, "a LocalDate");
        };
    }

    /** {@code getObject(i, LocalTime.class)}: from time, or the time part of timestamp. */
    static LocalTime parseLocalTime(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        return switch (type.columnType()) {
            case TIME, VARCHAR, CHAR, UNKNOWN -> AthenaDateTimeParser.parseTime(text, type, columnLabel);
            case TIMESTAMP -> AthenaDateTimeParser.parseTimestamp(text, type, columnLabel).toLocalTime();
            case TIME_WITH_TIME_ZONE, TIMESTAMP_WITH_TIME_ZONE -> throw zonedToLocal(text, type, columnLabel, "LocalTime");
            default -> throw notConvertible(text, type, columnLabel, "a LocalTime");
        };
    }

    /** {@code getObject(i, LocalDateTime.class)}: from timestamp (every fraction digit kept), or date at midnight. */
    static LocalDateTime parseLocalDateTime(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        return switch (type.columnType()) {
            case TIMESTAMP, VARCHAR, CHAR, UNKNOWN -> AthenaDateTimeParser.parseTimestamp(text, type, columnLabel);
            case DATE -> AthenaDateTimeParser.parseDate(text, type, columnLabel).atStartOfDay();
            case TIMESTAMP_WITH_TIME_ZONE -> throw zonedToLocal(text, type, columnLabel, "LocalDateTime");
            default -> throw notConvertible(text, type, columnLabel, "a LocalDateTime");
        };
    }

    /**
     * {@code getObject(i, ZonedDateTime.class)}: from timestamp with time zone, keeping the zone as printed (a region
     * such as {@code America/Los_Angeles}, {@code UTC}, or an offset). A timestamp without time zone is taken as UTC,
     * the convention Hibernate stores instants in.
     */
    static ZonedDateTime parseZonedDateTime(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        return switch (type.columnType()) {
            case TIMESTAMP_WITH_TIME_ZONE, VARCHAR, CHAR, UNKNOWN -> AthenaDateTimeParser.parseTimestampWithTimeZone(text, type, columnLabel);
            case TIMESTAMP -> AthenaDateTimeParser.parseTimestamp(text, type, columnLabel).atZone(ZoneOffset.UTC);
            default -> throw notConvertible(text, type, columnLabel, "a ZonedDateTime");
        };
    }

    /** {@code getObject(i, OffsetDateTime.class)}: as {@link #parseZonedDateTime}, with the zone's offset at that instant. */
    static OffsetDateTime parseOffsetDateTime(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        if (type.columnType() == TIMESTAMP) {
            return AthenaDateTimeParser.parseTimestamp(text, type, columnLabel).atOffset(ZoneOffset.UTC);
        }
        return parseZonedDateTime(text, type, columnLabel).toOffsetDateTime();
    }

    /** {@code getObject(i, Instant.class)}: as {@link #parseZonedDateTime}. */
    static Instant parseInstant(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        if (type.columnType() == TIMESTAMP) {
            return AthenaDateTimeParser.parseTimestamp(text, type, columnLabel).toInstant(ZoneOffset.UTC);
        }
        return parseZonedDateTime(text, type, columnLabel).toInstant();
    }

    /** {@code getObject(i, OffsetTime.class)}: from time with time zone; a time without time zone is taken as UTC. */
    static OffsetTime parseOffsetTime(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        return switch (type.columnType()) {
            case TIME_WITH_TIME_ZONE, VARCHAR, CHAR, UNKNOWN -> AthenaDateTimeParser.parseTimeWithTimeZone(text, type, columnLabel);
            case TIME -> AthenaDateTimeParser.parseTime(text, type, columnLabel).atOffset(ZoneOffset.UTC);
            default -> throw notConvertible(text, type, columnLabel, "an OffsetTime");
        };
    }

    /**
     * {@code getDate(i)} / {@code getDate(i, calendar)}: midnight of the date in the calendar's time zone (the JVM's
     * without one). For a timestamp, its date; for a timestamp with time zone, the date its instant has in that zone.
     */
    static Date toDate(String text, AthenaType type, String columnLabel, Calendar calendar)
            throws SQLException
    {
        ZoneId zone = zone(calendar);
        LocalDate date = type.columnType() == TIMESTAMP_WITH_TIME_ZONE
                ? AthenaDateTimeParser.parseTimestampWithTimeZone(text, type, columnLabel).withZoneSameInstant(zone).toLocalDate()
                : parseLocalDate(text, type, columnLabel);
        return new Date(date.atStartOfDay(zone).toInstant().toEpochMilli());
    }

    /**
     * {@code getTime(i)} / {@code getTime(i, calendar)}: the time on 1970-01-01 in the calendar's time zone (the JVM's
     * without one), to the millisecond, which is all {@code java.sql.Time} holds. A time with time zone keeps its
     * instant; the calendar is not needed.
     */
    static Time toTime(String text, AthenaType type, String columnLabel, Calendar calendar)
            throws SQLException
    {
        if (type.columnType() == TIME_WITH_TIME_ZONE) {
            return new Time(AthenaDateTimeParser.epochMillisOfTime(AthenaDateTimeParser.parseTimeWithTimeZone(text, type, columnLabel)));
        }
        ZoneId zone = zone(calendar);
        LocalTime time = type.columnType() == TIMESTAMP_WITH_TIME_ZONE
                ? AthenaDateTimeParser.parseTimestampWithTimeZone(text, type, columnLabel).withZoneSameInstant(zone).toLocalTime()
                : parseLocalTime(text, type, columnLabel);
        return new Time(AthenaDateTimeParser.epochMillisOfTime(time, zone));
    }

    /**
     * {@code getTimestamp(i)} / {@code getTimestamp(i, calendar)}, to the nanosecond. A timestamp is read as a time in
     * the calendar's zone (the JVM's without one); a timestamp with time zone is its own instant and ignores the
     * calendar; a date is its midnight.
     */
    static Timestamp toTimestamp(String text, AthenaType type, String columnLabel, Calendar calendar)
            throws SQLException
    {
        if (type.columnType() == TIMESTAMP_WITH_TIME_ZONE) {
            return Timestamp.from(AthenaDateTimeParser.parseTimestampWithTimeZone(text, type, columnLabel).toInstant());
        }
        LocalDateTime dateTime = parseLocalDateTime(text, type, columnLabel);
        if (calendar == null) {
            return Timestamp.valueOf(dateTime);
        }
        return Timestamp.from(dateTime.atZone(calendar.getTimeZone().toZoneId()).toInstant());
    }

    /** {@code getObject(i, Duration.class)}: from interval day to second. */
    static Duration parseDuration(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        AthenaColumnType columnType = type.columnType();
        if (columnType != INTERVAL_DAY_TO_SECOND && columnType != VARCHAR && columnType != CHAR && columnType != UNKNOWN) {
            throw notConvertible(text, type, columnLabel, "a Duration");
        }
        return AthenaDateTimeParser.parseIntervalDayToSecond(text, type, columnLabel);
    }

    /** {@code getObject(i, Period.class)}: from interval year to month. */
    static Period parsePeriod(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        AthenaColumnType columnType = type.columnType();
        if (columnType != INTERVAL_YEAR_TO_MONTH && columnType != VARCHAR && columnType != CHAR && columnType != UNKNOWN) {
            throw notConvertible(text, type, columnLabel, "a Period");
        }
        return AthenaDateTimeParser.parseIntervalYearToMonth(text, type, columnLabel);
    }

    /** {@code getObject(i, UUID.class)}: from uuid or text in the canonical 8-4-4-4-12 hex form (either case). */
    static UUID parseUuid(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        AthenaColumnType columnType = type.columnType();
        if (columnType != AthenaColumnType.UUID && columnType != VARCHAR && columnType != CHAR && columnType != UNKNOWN) {
            throw notConvertible(text, type, columnLabel, "a UUID");
        }
        if (text.length() != 36 || text.charAt(8) != '-' || text.charAt(13) != '-' || text.charAt(18) != '-' || text.charAt(23) != '-') {
            throw malformedUuid(text, type, columnLabel);
        }
        for (int i = 0; i < 36; i++) {
            if (i != 8 && i != 13 && i != 18 && i != 23 && hexValue(text.charAt(i)) < 0) {
                throw malformedUuid(text, type, columnLabel);
            }
        }
        long mostSignificant = hexDigits(text, 0, 8) << 32 | hexDigits(text, 9, 13) << 16 | hexDigits(text, 14, 18);
        long leastSignificant = hexDigits(text, 19, 23) << 48 | hexDigits(text, 24, 36);
        return new UUID(mostSignificant, leastSignificant);
    }

    /** {@code getArray}: see {@link AthenaComplexValueParser#parseArray} for what is exact and what is best effort. */
    static Array parseArray(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        requireType(text, type, columnLabel, AthenaColumnType.ARRAY, "a java.sql.Array");
        return new AthenaResultArray(text, AthenaComplexValueParser.parseArray(text, type, columnLabel));
    }

    /**
     * {@code getObject} for map: a {@code LinkedHashMap} in Athena's (sorted) key order. For a named row: its fields
     * by name. See {@link AthenaComplexValueParser#parseMap}.
     */
    static Map<String, Object> parseMap(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        return switch (type.columnType()) {
            case MAP -> AthenaComplexValueParser.parseMap(text, type, columnLabel);
            case ROW -> {
                AthenaResultStruct struct = parseStruct(text, type, columnLabel);
                if (!struct.isNamed()) {
                    throw invalidValue("22018", text, type, columnLabel, "is a row without field names, so it has no Map form: read it as a java.sql.Struct");
                }
                yield struct.toMap();
            }
            default -> throw notConvertible(text, type, columnLabel, "a Map");
        };
    }

    /** {@code getObject} for row. See {@link AthenaComplexValueParser#parseRow}. */
    static AthenaResultStruct parseStruct(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        requireType(text, type, columnLabel, AthenaColumnType.ROW, "a java.sql.Struct");
        return AthenaComplexValueParser.parseRow(text, type, columnLabel);
    }

    /**
     * The failure of a value: {@code Column 'c' (time): value '12:3x' does not have the form HH:mm:ss[.fraction]}.
     * Long values are shortened in the message.
     */
    static SQLException invalidValue(String sqlState, String text, AthenaType type, String columnLabel, String problem)
    {
        String shown = text.length() <= MAXIMUM_TEXT_IN_MESSAGE
                ? text
                : text.substring(0, MAXIMUM_TEXT_IN_MESSAGE) + "… (" + text.length() + " characters)";
        return new SQLException(format("Column '%s' (%s): value '%s' %s", columnLabel, type, shown, problem), sqlState);
    }

    private static long parseIntegral(String text, AthenaType type, String columnLabel, long minimum, long maximum, String target)
            throws SQLException
    {
        if (type.columnType() == BOOLEAN) {
            return parseBoolean(text, type, columnLabel) ? 1 : 0;
        }
        // Fast path: an optionally signed run of digits, accumulated negatively so that Long.MIN_VALUE fits.
        int length = text.length();
        int position = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            position = 1;
        }
        if (position < length) {
            long value = 0;
            boolean digitsOnly = true;
            for (; position < length; position++) {
                int digit = text.charAt(position) - '0';
                if (digit < 0 || digit > 9 || value < Long.MIN_VALUE / 10 || value * 10 < Long.MIN_VALUE + digit) {
                    digitsOnly = false;
                    break;
                }
                value = value * 10 - digit;
            }
            if (digitsOnly) {
                if (!negative) {
                    if (value == Long.MIN_VALUE) {
                        throw outOfRange(text, type, columnLabel, minimum, maximum, target);
                    }
                    value = -value;
                }
                if (value < minimum || value > maximum) {
                    throw outOfRange(text, type, columnLabel, minimum, maximum, target);
                }
                return value;
            }
        }
        // Slow path: a decimal, double or real that may be whole (2.00, 1.0E3), or a long overflow.
        requireNumberType(text, type, columnLabel, target);
        if (!isFloatingPointText(text)) {
            throw invalidValue("22018", text, type, columnLabel, "is not an integer: expected an optionally signed run of digits");
        }
        if (isNotFinite(text)) {
            throw outOfRange(text, type, columnLabel, minimum, maximum, target);
        }
        BigDecimal value = decimal(text, type, columnLabel);
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw invalidValue("22018", text, type, columnLabel, format("has a fractional part, so it is not %s: read it with getBigDecimal or getDouble", target));
        }
        if (value.compareTo(LONG_MINIMUM) < 0 || value.compareTo(LONG_MAXIMUM) > 0) {
            throw outOfRange(text, type, columnLabel, minimum, maximum, target);
        }
        long whole = value.longValue();
        if (whole < minimum || whole > maximum) {
            throw outOfRange(text, type, columnLabel, minimum, maximum, target);
        }
        return whole;
    }

    /**
     * Digits with an optional sign, point, fraction and exponent ({@code -1.5}, {@code 1.0E-7}, {@code 1e5}, {@code .5}),
     * or NaN and the infinities: exactly what Athena prints for numbers, and a subset of what
     * {@link Double#parseDouble} accepts (which also takes blanks, {@code 1d}, {@code 0x1p3}).
     */
    private static boolean isFloatingPointText(String text)
    {
        int length = text.length();
        int position = 0;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            position = 1;
        }
        if (text.startsWith("NaN", position) || text.startsWith("Infinity", position)) {
            return text.length() == position + (text.charAt(position) == 'N' ? 3 : 8) && (position == 0 || text.charAt(position) == 'I');
        }
        int digits = 0;
        while (position < length && isDigit(text.charAt(position))) {
            position++;
            digits++;
        }
        if (position < length && text.charAt(position) == '.') {
            position++;
            while (position < length && isDigit(text.charAt(position))) {
                position++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (position < length && (text.charAt(position) == 'E' || text.charAt(position) == 'e')) {
            position++;
            if (position < length && (text.charAt(position) == '-' || text.charAt(position) == '+')) {
                position++;
            }
            int exponentDigits = 0;
            while (position < length && isDigit(text.charAt(position))) {
                position++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return position == length;
    }

    /** For finite text {@link #isFloatingPointText} accepted. */
    private static BigDecimal decimal(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        try {
            return new BigDecimal(text);
        }
        catch (NumberFormatException e) {
            // Only an exponent beyond int's range gets here.
            throw invalidValue("22003", text, type, columnLabel, "has an exponent out of range");
        }
    }

    /** For text {@link #isFloatingPointText} accepted: whether it is NaN or an infinity. */
    private static boolean isNotFinite(String text)
    {
        char last = text.charAt(text.length() - 1);
        return last == 'N' || last == 'y';
    }

    private static boolean isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    /** The number types, and text, may be read as numbers; dates, binary and the rest may not. */
    private static void requireNumberType(String text, AthenaType type, String columnLabel, String target)
            throws SQLException
    {
        switch (type.columnType()) {
            case TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL, VARCHAR, CHAR, JSON, UNKNOWN -> {}
            default -> throw notConvertible(text, type, columnLabel, target);
        }
    }

    private static AthenaType requireType(String text, AthenaType type, String columnLabel, AthenaColumnType required, String target)
            throws SQLException
    {
        if (type.columnType() != required) {
            throw notConvertible(text, type, columnLabel, target);
        }
        return type;
    }

    /** The value of the hex digits {@code text[start, end)} (at most 16), which the caller has checked. */
    private static long hexDigits(String text, int start, int end)
    {
        long value = 0;
        for (int i = start; i < end; i++) {
            value = value << 4 | hexValue(text.charAt(i));
        }
        return value;
    }

    /** 0 to 15 for an ASCII hex digit of either case, otherwise -1 ({@link Character#digit} also takes non-ASCII digits). */
    private static int hexValue(char c)
    {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static ZoneId zone(Calendar calendar)
    {
        return calendar == null ? ZoneId.systemDefault() : calendar.getTimeZone().toZoneId();
    }

    private static SQLException outOfRange(String text, AthenaType type, String columnLabel, long minimum, long maximum, String target)
    {
        return invalidValue("22003", text, type, columnLabel, format("is out of range for %s [%s, %s]", target, minimum, maximum));
    }

    private static SQLException notConvertible(String text, AthenaType type, String columnLabel, String target)
    {
        return invalidValue("22018", text, type, columnLabel, format("cannot be read as %s: a %s column converts to %s", target, type.columnType().typeName(), type.javaClassName()));
    }

    private static SQLException zonedToLocal(String text, AthenaType type, String columnLabel, String target)
    {
        return invalidValue("22018", text, type, columnLabel, format("has a time zone, which %s would drop: read it as OffsetDateTime, ZonedDateTime, Instant or java.sql.Timestamp", target));
    }

    private static SQLException malformedHex(String text, AthenaType type, String columnLabel)
    {
        return invalidValue("22018", text, type, columnLabel, "is not varbinary text: expected pairs of hex digits separated by single spaces, such as 01 02 ca fe");
    }

    private static SQLException malformedUuid(String text, AthenaType type, String columnLabel)
    {
        return invalidValue("22018", text, type, columnLabel, "is not a UUID: expected 8-4-4-4-12 hex digits, such as 12151fd2-7586-11e9-8f9e-2a86e4085a59");
    }
}
