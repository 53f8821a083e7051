package io.athena4j.jdbc;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
import java.util.TimeZone;
import java.util.UUID;

import static io.athena4j.jdbc.AthenaValueParser.convert;
import static io.athena4j.jdbc.AthenaValueParser.parseBigDecimal;
import static io.athena4j.jdbc.AthenaValueParser.parseBoolean;
import static io.athena4j.jdbc.AthenaValueParser.parseByte;
import static io.athena4j.jdbc.AthenaValueParser.parseBytes;
import static io.athena4j.jdbc.AthenaValueParser.toDate;
import static io.athena4j.jdbc.AthenaValueParser.parseDouble;
import static io.athena4j.jdbc.AthenaValueParser.parseFloat;
import static io.athena4j.jdbc.AthenaValueParser.parseInt;
import static io.athena4j.jdbc.AthenaValueParser.parseLong;
import static io.athena4j.jdbc.AthenaValueParser.toObject;
import static io.athena4j.jdbc.AthenaValueParser.parseShort;
import static io.athena4j.jdbc.AthenaValueParser.toTime;
import static io.athena4j.jdbc.AthenaValueParser.toTimestamp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestAthenaValueParser
{
    private static final String LABEL = "col";
    private static final Calendar UTC_CALENDAR = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    /**
     * Every rendering example of behaviour reference §A.4 for scalar types, read by {@code getObject(i, Class)}.
     */
    @Test
    void testRenderingExamples()
            throws SQLException
    {
        assertConverts("boolean", "true", Boolean.class, true);
        assertConverts("boolean", "false", Boolean.class, false);
        assertConverts("bigint", "9223372036854775807", Long.class, Long.MAX_VALUE);
        assertConverts("bigint", "-9223372036854775808", Long.class, Long.MIN_VALUE);
        assertConverts("integer", "-1", Integer.class, -1);
        assertConverts("tinyint", "-128", Byte.class, (byte) -128);
        assertConverts("smallint", "32767", Short.class, (short) 32767);
        assertConverts("double", "0.30000000000000004", Double.class, 0.1 + 0.2);
        assertConverts("double", "1.0E20", Double.class, 1.0E20);
        assertConverts("double", "1.0E-7", Double.class, 1.0E-7);
        assertConverts("double", "1.0E-5", Double.class, 0.00001);
        assertConverts("double", "1.5", Double.class, 1.5);
        assertConverts("double", "100.0", Double.class, 100.0);
        assertConverts("double", "1.0E7", Double.class, 1.0E7);
        assertConverts("double", "NaN", Double.class, Double.NaN);
        assertConverts("double", "Infinity", Double.class, Double.POSITIVE_INFINITY);
        assertConverts("double", "-Infinity", Double.class, Double.NEGATIVE_INFINITY);
        assertConverts("float", "0.5", Float.class, 0.5f);
        assertConverts("float", "3.4028235E38", Float.class, Float.MAX_VALUE);
        assertConverts("float", "NaN", Float.class, Float.NaN);
        assertConverts("decimal", "0.1", BigDecimal.class, new BigDecimal("0.1"));
        assertConverts("decimal", "1.50", BigDecimal.class, new BigDecimal("1.50"));
        assertConverts("decimal", "-12345678901234567890.123456789012345678", BigDecimal.class, new BigDecimal("-12345678901234567890.123456789012345678"));
        assertConverts("varchar", "line\nbreak\tand tab", String.class, "line\nbreak\tand tab");
        assertConverts("varchar", "", String.class, "");
        assertConverts("varbinary", "01 02", byte[].class, new byte[] {1, 2});
        assertConverts("varbinary", "00 00 00 00 01 01 00 00 00 20 25 76 6d 6f 80 52", byte[].class,
                new byte[] {0, 0, 0, 0, 1, 1, 0, 0, 0, 0x20, 0x25, 0x76, 0x6d, 0x6f, (byte) 0x80, 0x52});
        assertConverts("varbinary", "", byte[].class, new byte[0]);
        assertConverts("date", "2017-01-02", LocalDate.class, LocalDate.of(2017, 1, 2));
        assertConverts("time", "12:34:56.789", LocalTime.class, LocalTime.of(12, 34, 56, 789_000_000));
        assertConverts("time with time zone", "12:34:56.789+00:00", OffsetTime.class, OffsetTime.of(12, 34, 56, 789_000_000, ZoneOffset.UTC));
        assertConverts("timestamp", "2026-09-17 12:34:56.789", LocalDateTime.class, LocalDateTime.of(2026, 9, 17, 12, 34, 56, 789_000_000));
        assertConverts("timestamp", "2020-01-01 12:34:56.789123", LocalDateTime.class, LocalDateTime.of(2020, 1, 1, 12, 34, 56, 789_123_000));
        assertConverts("timestamp", "2026-09-17 12:34:56", LocalDateTime.class, LocalDateTime.of(2026, 9, 17, 12, 34, 56));
        assertConverts("timestamp with time zone", "2026-09-17 12:34:56.789 UTC", ZonedDateTime.class,
                ZonedDateTime.of(2026, 9, 17, 12, 34, 56, 789_000_000, ZoneId.of("UTC")));
        assertConverts("timestamp with time zone", "2001-08-22 03:04:05.321 America/Los_Angeles", ZonedDateTime.class,
                ZonedDateTime.of(2001, 8, 22, 3, 4, 5, 321_000_000, ZoneId.of("America/Los_Angeles")));
        assertConverts("interval day to second", "1 00:00:00.000", Duration.class, Duration.ofDays(1));
        assertConverts("interval day to second", "2 00:00:00.000", Duration.class, Duration.ofDays(2));
        assertConverts("interval year to month", "1-0", Period.class, Period.ofYears(1));
        assertConverts("interval year to month", "0-3", Period.class, Period.ofMonths(3));
        assertConverts("json", "\"Hello Athena\"", String.class, "\"Hello Athena\"");
        assertConverts("uuid", "12151fd2-7586-11e9-8f9e-2a86e4085a59", UUID.class, UUID.fromString("12151fd2-7586-11e9-8f9e-2a86e4085a59"));
        assertConverts("uuid", "12151fd2-7586-11e9-8f9e-2a86e4085a59", String.class, "12151fd2-7586-11e9-8f9e-2a86e4085a59");
        assertConverts("ipaddress", "10.0.0.1", String.class, "10.0.0.1");
    }

    /** {@code getObject(int)} returns the class {@code getColumnClassName} names, for every type. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            boolean                  | true
            tinyint                  | 1
            smallint                 | 1
            integer                  | 1
            bigint                   | 1
            float                    | 0.5
            double                   | 0.5
            decimal                  | 0.5
            varchar                  | x
            char                     | x
            varbinary                | ca fe
            date                     | 2017-01-02
            time                     | 12:34:56.789
            time with time zone      | 12:34:56.789+00:00
            timestamp                | 2026-09-17 12:34:56.789
            timestamp with time zone | 2026-09-17 12:34:56.789 UTC
            interval day to second   | 1 00:00:00.000
            interval year to month   | 1-0
            array                    | [1, 2]
            map                      | {k=1}
            row                      | {a=1}
            json                     | {"a":1}
            uuid                     | 12151fd2-7586-11e9-8f9e-2a86e4085a59
            ipaddress                | 10.0.0.1
            hyperloglog              | x
            """)
    void testObjectClass(String typeName, String text)
            throws Exception
    {
        AthenaType type = type(typeName);
        Object value = toObject(text, type, LABEL);
        assertThat(Class.forName(type.javaClassName())).isAssignableFrom(value.getClass());
        assertThat(convert(text, type, Object.class, LABEL)).isInstanceOf(value.getClass());
    }

    @Test
    void testObjectValues()
            throws SQLException
    {
        assertThat(toObject("2017-01-02", type("date"), LABEL)).isEqualTo(Date.valueOf("2017-01-02"));
        assertThat(toObject("2026-09-17 12:34:56.123456789", type("timestamp"), LABEL)).isEqualTo(Timestamp.valueOf("2026-09-17 12:34:56.123456789"));
        assertThat(toObject("2026-09-17 12:34:56.789 America/Los_Angeles", type("timestamp with time zone"), LABEL))
                .isEqualTo(OffsetDateTime.of(2026, 9, 17, 12, 34, 56, 789_000_000, ZoneOffset.ofHours(-7)));
        assertThat(toObject("ca fe", type("varbinary"), LABEL)).isEqualTo(new byte[] {(byte) 0xca, (byte) 0xfe});
        assertThat(toObject("1 00:00:00.000", type("interval day to second"), LABEL)).isEqualTo("1 00:00:00.000");
    }

    @Test
    void testBoolean()
            throws SQLException
    {
        assertThat(parseBoolean("1", type("integer"), LABEL)).isTrue();
        assertThat(parseBoolean("0", type("bigint"), LABEL)).isFalse();
        assertThat(parseBoolean("TRUE", type("varchar"), LABEL)).isTrue();
        assertThat(parseBoolean("0", type("varchar"), LABEL)).isFalse();
        assertThat(parseInt("true", type("boolean"), LABEL)).isEqualTo(1);
        assertThat(parseBigDecimal("false", type("boolean"), LABEL)).isEqualTo(BigDecimal.ZERO);
        assertFails(() -> parseBoolean("TRUE", type("boolean"), LABEL), "22018", "TRUE");
        assertFails(() -> parseBoolean("t", type("boolean"), LABEL), "22018", "t");
        assertFails(() -> parseBoolean("2", type("integer"), LABEL), "22018", "2");
        assertFails(() -> parseBoolean("yes", type("varchar"), LABEL), "22018", "yes");
        assertFails(() -> parseBoolean("2017-01-02", type("date"), LABEL), "22018", "2017-01-02");
    }

    @Test
    void testIntegerRanges()
            throws SQLException
    {
        assertThat(parseByte("127", type("integer"), LABEL)).isEqualTo((byte) 127);
        assertThat(parseByte("-128", type("integer"), LABEL)).isEqualTo((byte) -128);
        assertFails(() -> parseByte("300", type("integer"), LABEL), "22003", "300");
        assertFails(() -> parseByte("-129", type("integer"), LABEL), "22003", "-129");
        assertThat(parseShort("-32768", type("integer"), LABEL)).isEqualTo((short) -32768);
        assertFails(() -> parseShort("32768", type("integer"), LABEL), "22003", "32768");
        assertThat(parseInt("2147483647", type("bigint"), LABEL)).isEqualTo(Integer.MAX_VALUE);
        assertFails(() -> parseInt("2147483648", type("bigint"), LABEL), "22003", "2147483648");
        assertFails(() -> parseInt("-2147483649", type("bigint"), LABEL), "22003", "-2147483649");
        assertFails(() -> parseLong("9223372036854775808", type("bigint"), LABEL), "22003", "9223372036854775808");
        assertFails(() -> parseLong("-9223372036854775809", type("decimal"), LABEL), "22003", "-9223372036854775809");
        assertFails(() -> parseLong("99999999999999999999999", type("varchar"), LABEL), "22003", "99999999999999999999999");
        assertThat(parseLong("+5", type("varchar"), LABEL)).isEqualTo(5);
        assertThat(parseLong("-0", type("integer"), LABEL)).isZero();
        assertThat(convert("123456789012345678901234567890", type("decimal"), BigInteger.class, LABEL)).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertFails(() -> convert("1.5", type("decimal"), BigInteger.class, LABEL), "22018", "1.5");
        assertThatThrownBy(() -> parseByte("300", type("integer"), LABEL)).hasMessage("Column 'col' (integer): value '300' is out of range for a byte [-128, 127]");
    }

    /** Decimal, double and real values read as integers only when they are whole: nothing is truncated. */
    @Test
    void testWholeNumbersFromFractionalTypes()
            throws SQLException
    {
        assertThat(parseInt("2.00", type("decimal"), LABEL)).isEqualTo(2);
        assertThat(parseLong("1.0E3", type("double"), LABEL)).isEqualTo(1000);
        assertThat(parseLong("100.0", type("double"), LABEL)).isEqualTo(100);
        assertThat(parseByte("-0.0", type("double"), LABEL)).isZero();
        assertFails(() -> parseInt("2.50", type("decimal"), LABEL), "22018", "2.50");
        assertFails(() -> parseLong("0.5", type("float"), LABEL), "22018", "0.5");
        assertFails(() -> parseLong("1.0E20", type("double"), LABEL), "22003", "1.0E20");
        assertFails(() -> parseLong("NaN", type("double"), LABEL), "22003", "NaN");
        assertFails(() -> parseLong("-Infinity", type("double"), LABEL), "22003", "-Infinity");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # type    | text
            integer   | 1.2.3
            integer   | 12a
            integer   | ''
            integer   | -
            integer   | ' 1'
            integer   | '1 '
            varchar   | 1.2.3
            varchar   | 0x10
            varchar   | 1_000
            double    | NaNx
            double    | nan
            double    | -NaN
            double    | 1d
            double    | 1e
            double    | .
            double    | 0x1p3
            double    | ' 1.5'
            double    | 1.5e+
            decimal   | 1.2.3
            decimal   | abc
            """)
    void testMalformedNumbers(String typeName, String text)
    {
        AthenaType type = type(typeName);
        assertFails(() -> parseInt(text, type, LABEL), "22018", text);
        assertFails(() -> parseLong(text, type, LABEL), "22018", text);
        assertFails(() -> parseDouble(text, type, LABEL), "22018", text);
        assertFails(() -> parseFloat(text, type, LABEL), "22018", text);
        assertFails(() -> parseBigDecimal(text, type, LABEL), "22018", text);
    }

    @Test
    void testFloatingPoint()
            throws SQLException
    {
        assertThat(parseDouble("1e5", type("varchar"), LABEL)).isEqualTo(1e5);
        assertThat(parseDouble(".5", type("varchar"), LABEL)).isEqualTo(0.5);
        assertThat(parseDouble("-0.0", type("double"), LABEL)).isEqualTo(-0.0);
        assertThat(parseDouble("9223372036854775807", type("bigint"), LABEL)).isEqualTo(9.223372036854775807E18);
        assertThat(parseDouble("4.9E-324", type("double"), LABEL)).isEqualTo(Double.MIN_VALUE);
        assertThat(parseFloat("0.30000000000000004", type("double"), LABEL)).isEqualTo(0.3f);
        assertFails(() -> parseFloat("1.0E39", type("double"), LABEL), "22003", "1.0E39");
        assertFails(() -> parseDouble("1e400", type("varchar"), LABEL), "22003", "1e400");
        assertFails(() -> parseBigDecimal("NaN", type("double"), LABEL), "22003", "NaN");
        assertFails(() -> parseBigDecimal("Infinity", type("double"), LABEL), "22003", "Infinity");
        assertFails(() -> parseDouble("2017-01-02", type("date"), LABEL), "22018", "2017-01-02");
        assertFails(() -> parseDouble("01 02", type("varbinary"), LABEL), "22018", "01 02");
        assertThat(parseBigDecimal("1.0E20", type("double"), LABEL)).isEqualByComparingTo("100000000000000000000");
        assertThat(parseBigDecimal("1.50", type("decimal"), LABEL).scale()).isEqualTo(2);
        assertThat(parseBigDecimal("0.00", type("decimal"), LABEL).scale()).isEqualTo(2);
    }

    @Test
    void testBytes()
            throws SQLException
    {
        assertThat(parseBytes("ca fe", type("varbinary"), LABEL)).containsExactly(0xca, 0xfe);
        assertThat(parseBytes("CA FE", type("varbinary"), LABEL)).containsExactly(0xca, 0xfe);
        assertThat(parseBytes("ff", type("varbinary"), LABEL)).containsExactly(0xff);
        assertThat(parseBytes("héllo", type("varchar"), LABEL)).isEqualTo("héllo".getBytes(StandardCharsets.UTF_8));
        for (String text : List.of("0x", "0x01", "012", "1", "01 0", "01  02", "01-02", "0102", "gg", "01 02 ", " 01", "٠١")) {
            assertFails(() -> parseBytes(text, type("varbinary"), LABEL), "22018", text);
        }
        assertFails(() -> parseBytes("1", type("integer"), LABEL), "22018", "1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2017-01-02    | 2017-01-02
            0001-01-01    | 0001-01-01
            9999-12-31    | 9999-12-31
            -0001-01-01   | -0001-01-01
            10000-01-01   | +10000-01-01
            2024-02-29    | 2024-02-29
            """)
    void testDates(String text, String expected)
            throws SQLException
    {
        assertThat(convert(text, type("date"), LocalDate.class, LABEL)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12:34:56           | 12:34:56
            12:34:56.7         | 12:34:56.7
            12:34:56.789       | 12:34:56.789
            12:34:56.789123    | 12:34:56.789123
            12:34:56.123456789 | 12:34:56.123456789
            00:00:00.000000000000 | 00:00
            23:59:59.999999999000 | 23:59:59.999999999
            """)
    void testTimes(String text, String expected)
            throws SQLException
    {
        assertThat(convert(text, type("time"), LocalTime.class, LABEL)).isEqualTo(LocalTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-09-17 12:34:56              | 2026-09-17T12:34:56
            2026-09-17 12:34:56.7            | 2026-09-17T12:34:56.7
            2026-09-17 12:34:56.789          | 2026-09-17T12:34:56.789
            2026-09-17 12:34:56.789123       | 2026-09-17T12:34:56.789123
            2026-09-17 12:34:56.000000001    | 2026-09-17T12:34:56.000000001
            2026-09-17 12:34:56.123456789    | 2026-09-17T12:34:56.123456789
            2026-09-17 12:34:56.123456789000 | 2026-09-17T12:34:56.123456789
            """)
    void testTimestamps(String text, String expected)
            throws SQLException
    {
        LocalDateTime dateTime = LocalDateTime.parse(expected);
        AthenaType type = type("timestamp");
        assertThat(convert(text, type, LocalDateTime.class, LABEL)).isEqualTo(dateTime);
        // Nanoseconds survive into java.sql.Timestamp, with and without a calendar.
        Timestamp timestamp = toTimestamp(text, type, LABEL, null);
        assertThat(timestamp.toLocalDateTime()).isEqualTo(dateTime);
        assertThat(timestamp.getNanos()).isEqualTo(dateTime.getNano());
        Timestamp inUtc = toTimestamp(text, type, LABEL, UTC_CALENDAR);
        assertThat(inUtc.toInstant()).isEqualTo(dateTime.toInstant(ZoneOffset.UTC));
        assertThat(inUtc.getNanos()).isEqualTo(dateTime.getNano());
        // Taken as UTC when an instant is asked for.
        assertThat(convert(text, type, Instant.class, LABEL)).isEqualTo(dateTime.toInstant(ZoneOffset.UTC));
        assertThat(convert(text, type, OffsetDateTime.class, LABEL)).isEqualTo(dateTime.atOffset(ZoneOffset.UTC));
        assertThat(convert(text, type, LocalDate.class, LABEL)).isEqualTo(dateTime.toLocalDate());
        assertThat(convert(text, type, LocalTime.class, LABEL)).isEqualTo(dateTime.toLocalTime());
    }

    @Test
    void testTimestampsWithTimeZone()
            throws SQLException
    {
        AthenaType type = type("timestamp with time zone");
        String text = "2026-09-17 12:34:56.789123 America/Los_Angeles";
        ZonedDateTime expected = ZonedDateTime.of(2026, 9, 17, 12, 34, 56, 789_123_000, ZoneId.of("America/Los_Angeles"));
        assertThat(convert(text, type, ZonedDateTime.class, LABEL)).isEqualTo(expected);
        assertThat(convert(text, type, OffsetDateTime.class, LABEL)).isEqualTo(expected.toOffsetDateTime());
        assertThat(convert(text, type, Instant.class, LABEL)).isEqualTo(expected.toInstant());
        assertThat(convert(text, type, Timestamp.class, LABEL).toInstant()).isEqualTo(expected.toInstant());
        // The value is its own instant: a calendar does not move it.
        assertThat(toTimestamp(text, type, LABEL, UTC_CALENDAR).toInstant()).isEqualTo(expected.toInstant());
        assertThat(toTimestamp(text, type, LABEL, null).getNanos()).isEqualTo(789_123_000);
        assertThat(toDate(text, type, LABEL, UTC_CALENDAR)).isEqualTo(new Date(Instant.parse("2026-09-17T00:00:00Z").toEpochMilli()));
        assertThat(toTime(text, type, LABEL, UTC_CALENDAR).getTime()).isEqualTo(Instant.parse("1970-01-01T19:34:56.789Z").toEpochMilli());

        assertThat(convert("2026-09-17 12:34:56.789 +05:30", type, OffsetDateTime.class, LABEL))
                .isEqualTo(OffsetDateTime.of(2026, 9, 17, 12, 34, 56, 789_000_000, ZoneOffset.ofHoursMinutes(5, 30)));
        assertThat(convert("2026-09-17 12:34:56.789 -08:00", type, Instant.class, LABEL)).isEqualTo(Instant.parse("2026-09-17T20:34:56.789Z"));
        assertThat(convert("2026-09-17 12:34:56 Europe/Berlin", type, Instant.class, LABEL)).isEqualTo(Instant.parse("2026-09-17T10:34:56Z"));
        assertThat(convert("2026-09-17 12:34:56.789 UTC", type, ZonedDateTime.class, LABEL).getZone()).isEqualTo(ZoneId.of("UTC"));
        // Where clocks go back, the text names two instants; the earlier offset is taken.
        assertThat(convert("2026-11-01 01:30:00.000 America/Los_Angeles", type, OffsetDateTime.class, LABEL).getOffset()).isEqualTo(ZoneOffset.ofHours(-7));

        // A zone would be dropped silently: refused.
        assertFails(() -> convert(text, type, LocalDateTime.class, LABEL), "22018", text);
        assertFails(() -> convert(text, type, LocalDate.class, LABEL), "22018", text);
        assertFails(() -> convert("2026-09-17 12:34:56.789 Mars/Olympus", type, Instant.class, LABEL), "22007", "2026-09-17 12:34:56.789 Mars/Olympus");
        assertThatThrownBy(() -> convert("2026-09-17 12:34:56.789 Mars/Olympus", type, Instant.class, LABEL)).hasMessageContaining("unknown time zone 'Mars/Olympus'");
    }

    @Test
    void testTimesWithTimeZone()
            throws SQLException
    {
        AthenaType type = type("time with time zone");
        assertThat(convert("01:02:03.456-07:00", type, OffsetTime.class, LABEL)).isEqualTo(OffsetTime.of(1, 2, 3, 456_000_000, ZoneOffset.ofHours(-7)));
        assertThat(convert("12:34:56+05:30", type, OffsetTime.class, LABEL)).isEqualTo(OffsetTime.of(12, 34, 56, 0, ZoneOffset.ofHoursMinutes(5, 30)));
        assertThat(convert("12:34:56.123456789+00:00", type, OffsetTime.class, LABEL).getNano()).isEqualTo(123_456_789);
        assertThat(toTime("12:34:56.789+01:00", type, LABEL, null).getTime()).isEqualTo(Instant.parse("1970-01-01T11:34:56.789Z").toEpochMilli());
        assertThat(convert("12:34:56.789", type("time"), OffsetTime.class, LABEL)).isEqualTo(OffsetTime.of(12, 34, 56, 789_000_000, ZoneOffset.UTC));
        // Engine v2's rendering: a region cannot give a time an offset without a date.
        assertFails(() -> convert("01:02:03.456 America/Los_Angeles", type, OffsetTime.class, LABEL), "22007", "01:02:03.456 America/Los_Angeles");
        assertFails(() -> convert("12:34:56.789+00:00", type, LocalTime.class, LABEL), "22018", "12:34:56.789+00:00");
    }

    @Test
    void testSqlDateTimeWithCalendar()
            throws SQLException
    {
        assertThat(toDate("2017-01-02", type("date"), LABEL, UTC_CALENDAR).getTime()).isEqualTo(Instant.parse("2017-01-02T00:00:00Z").toEpochMilli());
        assertThat(toDate("2017-01-02", type("date"), LABEL, null)).isEqualTo(Date.valueOf(LocalDate.of(2017, 1, 2)));
        assertThat(toDate("2017-01-02 23:59:59.999", type("timestamp"), LABEL, null)).isEqualTo(Date.valueOf(LocalDate.of(2017, 1, 2)));
        assertThat(toTime("12:34:56.789", type("time"), LABEL, UTC_CALENDAR).getTime()).isEqualTo(45_296_789);
        assertThat(toTime("12:34:56.789", type("time"), LABEL, null).toLocalTime()).isEqualTo(LocalTime.of(12, 34, 56));
        assertThat(toTimestamp("2017-01-02", type("date"), LABEL, null)).isEqualTo(Timestamp.valueOf("2017-01-02 00:00:00"));
        Calendar tokyo = Calendar.getInstance(TimeZone.getTimeZone("Asia/Tokyo"));
        assertThat(toTimestamp("2026-09-17 09:00:00", type("timestamp"), LABEL, tokyo).toInstant()).isEqualTo(Instant.parse("2026-09-17T00:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # type                   | text                              | SQLState
            time                     | 12:3x                             | 22007
            time                     | 12:34                             | 22007
            time                     | 24:00:00                          | 22007
            time                     | 12:60:00                          | 22007
            time                     | 12:34:56.                         | 22007
            time                     | 12:34:56,789                      | 22007
            time                     | 12:34:56.1234567891234            | 22007
            time                     | 12:34:56.12345678x                | 22007
            time                     | 12:34:56.123456789123             | 22008
            time                     | 1:02:03                           | 22007
            date                     | 2026-13-01                        | 22007
            date                     | 2026-02-30                        | 22007
            date                     | 2025-02-29                        | 22007
            date                     | 2026-1-01                         | 22007
            date                     | 26-01-01                          | 22007
            date                     | 2026/01/01                        | 22007
            date                     | 2026-09-17x                       | 22007
            date                     | ''                                | 22007
            timestamp                | 2026-09-17T12:34:56               | 22007
            timestamp                | 2026-09-17 12:34                  | 22007
            timestamp                | 2026-09-17  12:34:56              | 22007
            timestamp                | '2026-09-17 12:34:56.789 '        | 22007
            timestamp                | 2026-09-17 12:34:56.789 UTC       | 22007
            timestamp                | 2026-13-17 12:34:56               | 22007
            timestamp                | 2026-09-17                        | 22007
            timestamp                | 2026-09-17 12:34:56.0000000001    | 22008
            timestamp with time zone | 2026-09-17 12:34:56.789           | 22007
            timestamp with time zone | '2026-09-17 12:34:56.789 '        | 22007
            timestamp with time zone | 2026-09-17 12:34:56.789 UTC x     | 22007
            timestamp with time zone | 2026-09-17T12:34:56.789Z          | 22007
            time with time zone      | 12:34:56.789                      | 22007
            time with time zone      | 12:34:56.789+0000                 | 22007
            time with time zone      | 12:34:56.789+25:00                | 22007
            time with time zone      | 12:34:56.789Z                     | 22007
            interval day to second   | x 00:00:00.000                    | 22007
            interval day to second   | 1 24:00:00.000                    | 22007
            interval day to second   | 1 00:00                           | 22007
            interval day to second   | 1                                 | 22007
            interval day to second   | -1                                | 22007
            interval day to second   | 1234567890123 00:00:00.000        | 22007
            interval year to month   | 1-12                              | 22007
            interval year to month   | 1-                                | 22007
            interval year to month   | -1                                | 22007
            interval year to month   | 1                                 | 22007
            interval year to month   | 1-2-3                             | 22007
            interval year to month   | 1-x                               | 22007
            """)
    void testMalformedDateTimes(String typeName, String text, String sqlState)
    {
        AthenaType type = type(typeName);
        if (type.columnType() != AthenaColumnType.INTERVAL_DAY_TO_SECOND && type.columnType() != AthenaColumnType.INTERVAL_YEAR_TO_MONTH) {
            // getObject reads intervals as their text, unparsed.
            assertFails(() -> toObject(text, type, LABEL), sqlState, text);
        }
        Class<?> target = switch (type.columnType()) {
            case DATE -> LocalDate.class;
            case TIME -> LocalTime.class;
            case TIMESTAMP -> LocalDateTime.class;
            case TIMESTAMP_WITH_TIME_ZONE -> ZonedDateTime.class;
            case TIME_WITH_TIME_ZONE -> OffsetTime.class;
            case INTERVAL_DAY_TO_SECOND -> Duration.class;
            case INTERVAL_YEAR_TO_MONTH -> Period.class;
            default -> throw new AssertionError(typeName);
        };
        assertFails(() -> convert(text, type, target, LABEL), sqlState, text);
    }

    @Test
    void testMessages()
    {
        assertThatThrownBy(() -> convert("12:3x", type("time"), LocalTime.class, "started_at"))
                .isInstanceOf(SQLException.class)
                .hasMessage("Column 'started_at' (time): value '12:3x' does not have the form HH:mm:ss[.fraction]");
        assertThatThrownBy(() -> convert("2026-13-01", type("date"), LocalDate.class, "day"))
                .hasMessageStartingWith("Column 'day' (date): value '2026-13-01' is not a valid date or time: ")
                .hasCauseInstanceOf(java.time.DateTimeException.class);
        String longText = "x".repeat(1000);
        assertThatThrownBy(() -> parseInt(longText, type("varchar"), LABEL))
                .hasMessageContaining("… (1000 characters)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 00:00:00.000        | PT24H
            2 03:04:05.006        | PT51H4M5.006S
            0 00:00:00.000        | PT0S
            -1 02:03:04.005       | PT-26H-3M-4.005S
            0 00:00:00.001        | PT0.001S
            -0 00:00:00.001       | PT-0.001S
            106751991167 07:12:55.807 | PT2562047788015H12M55.807S
            3 00:00:00            | PT72H
            """)
    void testIntervalDayToSecond(String text, String expected)
            throws SQLException
    {
        assertThat(convert(text, type("interval day to second"), Duration.class, LABEL)).isEqualTo(Duration.parse(expected));
        assertThat(convert(text, type("interval day to second"), String.class, LABEL)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1-0         | P1Y
            0-3         | P3M
            -1-2        | P-1Y-2M
            0-0         | P0D
            178956970-7 | P178956970Y7M
            """)
    void testIntervalYearToMonth(String text, String expected)
            throws SQLException
    {
        assertThat(convert(text, type("interval year to month"), Period.class, LABEL)).isEqualTo(Period.parse(expected));
    }

    @Test
    void testUuid()
            throws SQLException
    {
        for (String text : List.of("12151fd2-7586-11e9-8f9e-2a86e4085a59", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff")) {
            assertThat(convert(text, type("uuid"), UUID.class, LABEL)).isEqualTo(UUID.fromString(text));
        }
        assertThat(convert("12151FD2-7586-11E9-8F9E-2A86E4085A59", type("varchar"), UUID.class, LABEL)).isEqualTo(UUID.fromString("12151fd2-7586-11e9-8f9e-2a86e4085a59"));
        for (String text : List.of("1-1-1-1-1", "12151fd2-7586-11e9-8f9e-2a86e4085a5g", "12151fd2x7586-11e9-8f9e-2a86e4085a59", "12151fd27586-11e9-8f9e-2a86e4085a59-", "")) {
            assertFails(() -> convert(text, type("uuid"), UUID.class, LABEL), "22018", text);
        }
        assertFails(() -> convert("1", type("integer"), UUID.class, LABEL), "22018", "1");
    }

    @Test
    void testConversionsBetweenTypes()
            throws SQLException
    {
        assertThat(convert("42", type("integer"), String.class, LABEL)).isEqualTo("42");
        assertThat(convert("42", type("integer"), Long.class, LABEL)).isEqualTo(42L);
        assertThat(convert("42", type("integer"), BigDecimal.class, LABEL)).isEqualTo(new BigDecimal("42"));
        assertThat(convert("42", type("integer"), Double.class, LABEL)).isEqualTo(42.0);
        assertThat(convert("42", type("integer"), Number.class, LABEL)).isEqualTo(42);
        assertThat(convert("42", type("varchar"), Integer.class, LABEL)).isEqualTo(42);
        assertThat(convert("2017-01-02", type("date"), LocalDateTime.class, LABEL)).isEqualTo(LocalDateTime.of(2017, 1, 2, 0, 0));
        assertThat(convert("2017-01-02", type("date"), Date.class, LABEL)).isEqualTo(Date.valueOf("2017-01-02"));
        assertThat(convert("2017-01-02", type("varchar"), LocalDate.class, LABEL)).isEqualTo(LocalDate.of(2017, 1, 2));
        assertThat(convert("2026-09-17 12:34:56.5", type("timestamp"), java.util.Date.class, LABEL)).isEqualTo(Timestamp.valueOf("2026-09-17 12:34:56.5"));
        assertThat(convert("12:34:56.789", type("time"), Time.class, LABEL).toLocalTime()).isEqualTo(LocalTime.of(12, 34, 56));
        assertThat((List<?>) convert("[1, 2]", type("array"), List.class, LABEL)).isEqualTo(List.of("1", "2"));
        assertThat(convert("[1, 2]", type("array"), Array.class, LABEL)).isInstanceOf(AthenaResultArray.class);
        assertThat(convert("{a=1, b=x}", type("row"), Struct.class, LABEL).getAttributes()).containsExactly("1", "x");
        assertThat((Map<?, ?>) convert("{a=1, b=x}", type("row"), Map.class, LABEL)).isEqualTo(Map.of("a", "1", "b", "x"));
        assertThat((Map<?, ?>) convert("{k=1}", type("map"), Map.class, LABEL)).isEqualTo(Map.of("k", "1"));
        assertFails(() -> convert("{1, x}", type("row"), Map.class, LABEL), "22018", "{1, x}");
        assertFails(() -> convert("{k=1}", type("map"), Struct.class, LABEL), "22018", "{k=1}");
        assertFails(() -> convert("2017-01-02", type("date"), Duration.class, LABEL), "22018", "2017-01-02");
        assertFails(() -> convert("1-0", type("interval year to month"), Duration.class, LABEL), "22018", "1-0");
        assertFails(() -> convert("12:34:56.789", type("time"), LocalDate.class, LABEL), "22018", "12:34:56.789");
        assertFails(() -> convert("[1]", type("array"), Integer.class, LABEL), "22018", "[1]");
    }

    @Test
    void testUnsupportedTargetClass()
    {
        assertThatThrownBy(() -> convert("1", type("integer"), Thread.class, LABEL))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("HY000"))
                .hasMessageContaining("Column 'col' (integer): cannot convert to java.lang.Thread; supported classes: String, Boolean,");
        assertThatThrownBy(() -> convert("1", type("integer"), int.class, LABEL)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> convert("1", type("integer"), null, LABEL)).isInstanceOf(SQLException.class);
    }

    /**
     * Whatever the text, a parser returns a value or throws SQLException: never another exception that would escape
     * the driver's error handling (index out of bounds, number format, date-time).
     */
    @Test
    void testArbitraryTextFailsOnlyWithSqlException()
    {
        List<String> samples = List.of(
                "true", "-9223372036854775808", "1.0E20", "-Infinity", "0.30000000000000004", "1.50", "01 02 ca fe", "2017-01-02",
                "12:34:56.789", "12:34:56.789+00:00", "2026-09-17 12:34:56.789123", "2026-09-17 12:34:56.789 America/Los_Angeles",
                "-1 02:03:04.005", "-1-2", "12151fd2-7586-11e9-8f9e-2a86e4085a59", "[1, [2, null], {a=b}]", "{k=[1, 2], j={x=1}}", "{1, x}", "[B@2545d692");
        String alphabet = "0123456789-:.+ []{}=,eENaIfinty UTC/Bx@";
        List<Class<?>> targets = List.of(
                String.class, Boolean.class, Byte.class, Short.class, Integer.class, Long.class, BigInteger.class, Float.class, Double.class,
                BigDecimal.class, byte[].class, LocalDate.class, LocalTime.class, LocalDateTime.class, OffsetTime.class, OffsetDateTime.class,
                ZonedDateTime.class, Instant.class, Date.class, Time.class, Timestamp.class, UUID.class, Duration.class, Period.class,
                Array.class, List.class, Struct.class, Map.class, Object.class);
        java.util.Random random = new java.util.Random(20261121);
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder(samples.get(random.nextInt(samples.size())));
            for (int edits = random.nextInt(4); edits > 0 && !text.isEmpty(); edits--) {
                int position = random.nextInt(text.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(position, c);
                    case 1 -> text.insert(position, c);
                    default -> text.deleteCharAt(position);
                }
            }
            for (AthenaColumnType columnType : AthenaColumnType.values()) {
                AthenaType type = AthenaType.of(columnType);
                for (Class<?> target : targets) {
                    try {
                        convert(text.toString(), type, target, LABEL);
                    }
                    catch (SQLException expected) {
                        // the contract
                    }
                    catch (RuntimeException e) {
                        throw new AssertionError(String.format("%s '%s' as %s threw %s", columnType, text, target.getSimpleName(), e), e);
                    }
                }
            }
        }
    }

    /** Valid text for numbers too large to expand or to represent. */
    @Test
    void testHugeExponents()
            throws SQLException
    {
        AthenaType varchar = type("varchar");
        assertThat(convert("1e999999999", varchar, BigDecimal.class, LABEL)).isEqualTo(new BigDecimal("1e999999999"));
        for (Class<?> target : List.of(Long.class, BigInteger.class, Double.class, Float.class)) {
            assertFails(() -> convert("1e999999999", varchar, target, LABEL), "22003", "1e999999999");
        }
        for (Class<?> target : List.of(Long.class, BigInteger.class, BigDecimal.class, Double.class)) {
            assertFails(() -> convert("1e99999999999", varchar, target, LABEL), "22003", "1e99999999999");
        }
        assertThat(convert("-1e-99999999999", varchar, Double.class, LABEL)).isEqualTo(-0.0);
        assertFails(() -> convert("-1e-99999999999", varchar, BigDecimal.class, LABEL), "22003", "-1e-99999999999");
    }

    /**
     * Not a benchmark: a rough per-value cost, printed for whoever changes the hot paths. Nothing is asserted about
     * time.
     */
    @Test
    void testThroughput()
            throws SQLException
    {
        AthenaType bigint = type("bigint");
        AthenaType timestamp = type("timestamp");
        AthenaType decimal = type("decimal");
        AthenaType zoned = type("timestamp with time zone");
        String[] longs = new String[1024];
        String[] timestamps = new String[1024];
        String[] decimals = new String[1024];
        String[] zonedTimestamps = new String[1024];
        for (int i = 0; i < 1024; i++) {
            longs[i] = Long.toString(i * 7_919_812_345L);
            timestamps[i] = String.format("2026-09-%02d 12:%02d:56.%06d", 1 + i % 28, i % 60, i * 977);
            decimals[i] = i + "." + (i % 100);
            zonedTimestamps[i] = timestamps[i] + (i % 2 == 0 ? " UTC" : " America/Los_Angeles");
        }
        int iterations = 200_000;
        long checksum = 0;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                checksum += parseLong(longs[i & 1023], bigint, LABEL);
            }
            long longNanos = System.nanoTime() - start;
            start = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                checksum += convert(timestamps[i & 1023], timestamp, LocalDateTime.class, LABEL).getNano();
            }
            long timestampNanos = System.nanoTime() - start;
            start = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                checksum += parseBigDecimal(decimals[i & 1023], decimal, LABEL).scale();
            }
            long decimalNanos = System.nanoTime() - start;
            start = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                checksum += convert(zonedTimestamps[i & 1023], zoned, Instant.class, LABEL).getNano();
            }
            long zonedNanos = System.nanoTime() - start;
            if (round == 1) {
                System.out.printf("AthenaValueParser per value: bigint %d ns, timestamp %d ns, decimal %d ns, timestamp with time zone %d ns (checksum %d)%n",
                        longNanos / iterations, timestampNanos / iterations, decimalNanos / iterations, zonedNanos / iterations, checksum);
            }
        }
    }

    private static AthenaType type(String typeName)
    {
        return AthenaType.of(typeName, 0, 0);
    }

    private static <T> void assertConverts(String typeName, String text, Class<T> target, T expected)
            throws SQLException
    {
        assertThat(convert(text, type(typeName), target, LABEL)).as("%s '%s' as %s", typeName, text, target.getSimpleName()).isEqualTo(expected);
    }

    static void assertFails(ThrowingCallable callable, String sqlState, String text)
    {
        assertThatThrownBy(callable)
                .as("'%s'", text)
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).as("SQLState of: %s", e.getMessage()).isEqualTo(sqlState);
                    assertThat(e.getMessage()).contains("'" + LABEL + "'").contains("'" + text + "'");
                });
    }
}
