package io.athena4j.jdbc;

import static io.athena4j.jdbc.TrinoParsing.format;
import static io.athena4j.jdbc.TrinoParsing.literal;
import static io.athena4j.jdbc.TrinoParsing.stringValues;
import static io.athena4j.jdbc.TrinoParsing.unsigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trino.sql.tree.Array;
import io.trino.sql.tree.BinaryLiteral;
import io.trino.sql.tree.BooleanLiteral;
import io.trino.sql.tree.Cast;
import io.trino.sql.tree.DecimalLiteral;
import io.trino.sql.tree.DoubleLiteral;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.FunctionCall;
import io.trino.sql.tree.GenericLiteral;
import io.trino.sql.tree.LongLiteral;
import io.trino.sql.tree.NullLiteral;
import io.trino.sql.tree.Row;
import io.trino.sql.tree.StringLiteral;
import io.trino.sql.tree.TimeLiteral;
import io.trino.sql.tree.TimestampLiteral;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every literal is parsed back with Trino's own parser ({@code SELECT <literal>}) and the parsed value compared with the
 * Java value that was bound.
 */
class TestAthenaLiteral
{
    static Stream<String> adversarialStrings()
    {
        StringBuilder everyCharacter = new StringBuilder();
        for (char character = 1; character < Character.MIN_SURROGATE; character++) {
            everyCharacter.append(character);
        }
        for (char character = Character.MAX_SURROGATE + 1; character != 0; character++) {
            everyCharacter.append(character);
        }
        return Stream.of(
                "",
                "a",
                "'",
                "''",
                "it's",
                "\\",
                "\\'",
                "a\\' OR 1=1 --",
                "a' OR 1=1 --",
                "'; DROP TABLE t; --",
                "?",
                "'?'",
                "--",
                "/*",
                "*/",
                "/* ? */",
                "line\nbreak\r\nand\ttab",
                "\0",
                "a\0b'c\\d",
                "\0\0\\0000",
                "U&'\\0000'",
                "X'00'",
                "\uD83D\uDE00 grinning, \uD834\uDD1E clef",
                "ü€日本語",
                "\"double\" `back`",
                everyCharacter.toString(),
                "x".repeat(200_000) + "'" + "y".repeat(1000));
    }

    @ParameterizedTest
    @MethodSource("adversarialStrings")
    void stringsRoundTripThroughTrinosParser(String value)
            throws SQLException
    {
        String rendered = AthenaLiteral.of(value);
        Expression parsed = literal(rendered);
        assertThat(parsed).isInstanceOf(StringLiteral.class);
        assertThat(((StringLiteral) parsed).getValue()).isEqualTo(value);
        assertThat(AthenaLiteral.of(value, Types.VARCHAR)).isEqualTo(rendered);
        assertThat(AthenaLiteral.of(value, Types.OTHER)).isEqualTo(rendered);
    }

    @Test
    void stringsQuoteByDoublingAndKeepBackslashes()
            throws SQLException
    {
        assertThat(AthenaLiteral.of("it's")).isEqualTo("'it''s'");
        assertThat(AthenaLiteral.of("a\\b")).isEqualTo("'a\\b'");
        assertThat(AthenaLiteral.of('\'')).isEqualTo("''''");
        assertThat(AthenaLiteral.of(new char[] {'o', 'k'})).isEqualTo("'ok'");
    }

    @Test
    void nulUsesTheUnicodeEscapeForm()
            throws SQLException
    {
        assertThat(AthenaLiteral.of("a\0b'\\")).isEqualTo("U&'a\\0000b''\\\\'");
    }

    @Test
    void unpairedSurrogatesAreRejected()
    {
        for (String value : List.of("\uD83D", "a\uDE00", "\uDE00\uD83D", "x\uD83Dy")) {
            assertSqlState(() -> AthenaLiteral.of(value), "22021", "unpaired surrogate");
        }
    }

    @Test
    void booleans()
            throws SQLException
    {
        assertThat(literal(AthenaLiteral.of(true))).isEqualTo(new BooleanLiteral("true"));
        assertThat(literal(AthenaLiteral.of(false))).isEqualTo(new BooleanLiteral("false"));
        assertThat(AthenaLiteral.of(true, Types.BIT)).isEqualTo("true");
        assertThat(AthenaLiteral.of(1, Types.BOOLEAN)).isEqualTo("CAST(1 AS boolean)");
    }

    static Stream<Arguments> integers()
    {
        return Stream.of(
                Arguments.of(Byte.MIN_VALUE, "TINYINT '-128'"),
                Arguments.of(Byte.MAX_VALUE, "TINYINT '127'"),
                Arguments.of(Short.MIN_VALUE, "SMALLINT '-32768'"),
                Arguments.of(Short.MAX_VALUE, "SMALLINT '32767'"),
                Arguments.of(0, "0"),
                Arguments.of(-1, "-1"),
                Arguments.of(Integer.MIN_VALUE, "-2147483648"),
                Arguments.of(Integer.MAX_VALUE, "2147483647"),
                Arguments.of(Long.MAX_VALUE, "9223372036854775807"),
                Arguments.of(Long.MIN_VALUE + 1, "-9223372036854775807"),
                Arguments.of(Long.MIN_VALUE, "BIGINT '-9223372036854775808'"),
                Arguments.of(BigInteger.valueOf(Long.MAX_VALUE), "9223372036854775807"),
                Arguments.of(BigInteger.valueOf(Long.MIN_VALUE), "BIGINT '-9223372036854775808'"));
    }

    @ParameterizedTest
    @MethodSource("integers")
    void integersKeepTheirValueAndType(Object value, String expected)
            throws SQLException
    {
        String rendered = AthenaLiteral.of(value);
        assertThat(rendered).isEqualTo(expected);
        long expectedValue = ((Number) value).longValue();
        boolean[] negative = new boolean[1];
        Expression parsed = unsigned(literal(rendered), negative);
        if (parsed instanceof LongLiteral number) {
            assertThat(negative[0] ? -number.getParsedValue() : number.getParsedValue()).isEqualTo(expectedValue);
        }
        else {
            GenericLiteral generic = (GenericLiteral) parsed;
            assertThat(negative[0]).isFalse();
            assertThat(generic.getType()).isEqualTo(value instanceof Byte ? "TINYINT" : value instanceof Short ? "SMALLINT" : "BIGINT");
            assertThat(Long.parseLong(generic.getValue())).isEqualTo(expectedValue);
        }
    }

    @Test
    void bigIntegersBeyondBigintAreDecimals()
            throws SQLException
    {
        BigInteger large = BigInteger.TEN.pow(37).negate();
        String rendered = AthenaLiteral.of(large);
        assertThat(literal(rendered)).isEqualTo(new DecimalLiteral(large.toString()));
        assertSqlState(() -> AthenaLiteral.of(BigInteger.TEN.pow(38)), "22003", "at most 38 digits");
    }

    static Stream<Double> doubles()
    {
        return Stream.of(0.0, -0.0, 1.0, -1.5, 0.1, 0.30000000000000004, 1.0E20, 1.0E-7, 123456.789, 1.0E7, 9.999999E6,
                Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Math.PI, (double) Long.MAX_VALUE);
    }

    @ParameterizedTest
    @MethodSource("doubles")
    void doublesAreDoubleLiteralsWithEveryBit(double value)
            throws SQLException
    {
        String rendered = AthenaLiteral.of(value);
        assertThat(rendered).contains("E");
        boolean[] negative = new boolean[1];
        Expression parsed = unsigned(literal(rendered), negative);
        assertThat(parsed).isInstanceOf(DoubleLiteral.class);
        double parsedValue = ((DoubleLiteral) parsed).getValue();
        // Trino negates the parsed double; compare bits so that -0.0 is told from 0.0.
        assertThat(Double.doubleToRawLongBits(negative[0] ? -parsedValue : parsedValue))
                .isEqualTo(Double.doubleToRawLongBits(value));
    }

    @Test
    void nonFiniteDoublesAndReals()
            throws SQLException
    {
        assertThat(AthenaLiteral.of(Double.NaN)).isEqualTo("nan()");
        assertThat(AthenaLiteral.of(Double.POSITIVE_INFINITY)).isEqualTo("infinity()");
        assertThat(AthenaLiteral.of(Double.NEGATIVE_INFINITY)).isEqualTo("-infinity()");
        assertThat(AthenaLiteral.of(Float.NaN)).isEqualTo("CAST(nan() AS real)");
        assertThat(AthenaLiteral.of(Float.POSITIVE_INFINITY)).isEqualTo("CAST(infinity() AS real)");
        assertThat(AthenaLiteral.of(Float.NEGATIVE_INFINITY)).isEqualTo("CAST(-infinity() AS real)");
        for (Object value : List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Float.NaN,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY)) {
            Expression parsed = literal(AthenaLiteral.of(value));
            assertThat(format(parsed)).containsAnyOf("nan()", "infinity()");
        }
        assertThat(literal("-infinity()")).isInstanceOf(io.trino.sql.tree.ArithmeticUnaryExpression.class);
        assertThat(((Cast) literal(AthenaLiteral.of(Float.NaN))).getExpression()).isInstanceOf(FunctionCall.class);
    }

    static Stream<Float> reals()
    {
        return Stream.of(0.0f, -0.0f, 1.5f, 0.1f, -3.4028235E38f, Float.MIN_VALUE, Float.MIN_NORMAL, 16777217f, 1.0E10f);
    }

    @ParameterizedTest
    @MethodSource("reals")
    void realsAreTypedLiteralsThatReadBackExactly(float value)
            throws SQLException
    {
        GenericLiteral parsed = (GenericLiteral) literal(AthenaLiteral.of(value));
        assertThat(parsed.getType()).isEqualTo("REAL");
        assertThat(Float.floatToRawIntBits(Float.parseFloat(parsed.getValue()))).isEqualTo(Float.floatToRawIntBits(value));
    }

    static Stream<String> decimals()
    {
        return Stream.of("0", "1.50", "-1.50", "0.001", "123456789012345678901234567890.12345678",
                "9".repeat(38), "-" + "9".repeat(38), "0." + "0".repeat(37) + "1", "1E+5", "-1.23E-10", "0E-10", "0E+3");
    }

    @ParameterizedTest
    @MethodSource("decimals")
    void decimalsKeepTheirScale(String text)
            throws SQLException
    {
        BigDecimal value = new BigDecimal(text);
        String rendered = AthenaLiteral.of(value);
        assertThat(rendered).isEqualTo("DECIMAL '" + value.toPlainString() + "'");
        Expression parsed = literal(rendered);
        assertThat(parsed).isInstanceOf(DecimalLiteral.class);
        BigDecimal parsedValue = new BigDecimal(((DecimalLiteral) parsed).getValue());
        assertThat(parsedValue).isEqualTo(value.scale() < 0 ? value.setScale(0) : value);
    }

    @Test
    void decimalsOverPrecision38AreRejected()
    {
        assertSqlState(() -> AthenaLiteral.of(new BigDecimal("9".repeat(39))), "22003", "precision 39");
        assertSqlState(() -> AthenaLiteral.of(new BigDecimal("1." + "0".repeat(38))), "22003", "at most 38");
        assertSqlState(() -> AthenaLiteral.of(new BigDecimal("1E-39")), "22003", "at most 38");
        assertSqlState(() -> AthenaLiteral.of(new BigDecimal("1E+38")), "22003", "at most 38");
    }

    static Stream<Arguments> dates()
    {
        return Stream.of(
                Arguments.of(LocalDate.of(1, 1, 1), "DATE '0001-01-01'"),
                Arguments.of(LocalDate.of(9999, 12, 31), "DATE '9999-12-31'"),
                Arguments.of(LocalDate.of(2024, 2, 29), "DATE '2024-02-29'"),
                Arguments.of(LocalDate.of(1970, 1, 1), "DATE '1970-01-01'"),
                Arguments.of(java.sql.Date.valueOf("2017-01-02"), "DATE '2017-01-02'"));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void datesAreDateLiterals(Object value, String expected)
            throws SQLException
    {
        assertThat(AthenaLiteral.of(value)).isEqualTo(expected);
        GenericLiteral parsed = (GenericLiteral) literal(expected);
        assertThat(parsed.getType()).isEqualTo("DATE");
        LocalDate date = value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
        assertThat(LocalDate.parse(parsed.getValue())).isEqualTo(date);
    }

    @Test
    void yearsOutside0001To9999AreRejected()
    {
        assertSqlState(() -> AthenaLiteral.of(LocalDate.of(0, 12, 31)), "22008", "0001 to 9999");
        assertSqlState(() -> AthenaLiteral.of(LocalDate.of(10000, 1, 1)), "22008", "0001 to 9999");
        assertSqlState(() -> AthenaLiteral.of(LocalDate.MIN), "22008", "0001 to 9999");
        assertSqlState(() -> AthenaLiteral.of(LocalDateTime.MAX), "22008", "0001 to 9999");
        assertSqlState(() -> AthenaLiteral.of(Instant.MAX), "22008", "0001 to 9999");
    }

    static Stream<Arguments> times()
    {
        return Stream.of(
                Arguments.of(LocalTime.MIDNIGHT, "TIME '00:00:00.000'"),
                Arguments.of(LocalTime.of(12, 34, 56, 789_000_000), "TIME '12:34:56.789'"),
                Arguments.of(LocalTime.of(12, 34, 56, 789_123_000), "TIME '12:34:56.789123'"),
                Arguments.of(LocalTime.of(12, 34, 56, 1), "TIME '12:34:56.000000001'"),
                Arguments.of(LocalTime.MAX, "TIME '23:59:59.999999999'"),
                // java.sql.Time.toLocalTime() would drop the milliseconds
                Arguments.of(new java.sql.Time(java.sql.Time.valueOf(LocalTime.of(1, 2, 3)).getTime() + 456),
                        "TIME '01:02:03.456'"));
    }

    @ParameterizedTest
    @MethodSource("times")
    void timesKeepEveryDigitAsGiven(Object value, String expected)
            throws SQLException
    {
        assertThat(AthenaLiteral.of(value)).isEqualTo(expected);
        TimeLiteral parsed = (TimeLiteral) literal(expected);
        if (value instanceof LocalTime time) {
            assertThat(LocalTime.parse(parsed.getValue())).isEqualTo(time);
        }
    }

    static Stream<Arguments> timestamps()
    {
        Timestamp nanos = Timestamp.valueOf("2020-01-02 03:04:05");
        nanos.setNanos(123_456_789);
        return Stream.of(
                Arguments.of(LocalDateTime.of(2020, 1, 2, 3, 4, 5), "TIMESTAMP '2020-01-02 03:04:05.000'"),
                Arguments.of(LocalDateTime.of(2020, 1, 2, 3, 4, 5, 120_000_000), "TIMESTAMP '2020-01-02 03:04:05.120'"),
                Arguments.of(LocalDateTime.of(2020, 1, 2, 3, 4, 5, 123_456_000), "TIMESTAMP '2020-01-02 03:04:05.123456'"),
                Arguments.of(LocalDateTime.of(2020, 1, 2, 3, 4, 5, 999_999_999), "TIMESTAMP '2020-01-02 03:04:05.999999999'"),
                Arguments.of(LocalDateTime.of(1, 1, 1, 0, 0), "TIMESTAMP '0001-01-01 00:00:00.000'"),
                Arguments.of(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999), "TIMESTAMP '9999-12-31 23:59:59.999999999'"),
                Arguments.of(nanos, "TIMESTAMP '2020-01-02 03:04:05.123456789'"),
                Arguments.of(Timestamp.valueOf("2020-01-02 03:04:05.5"), "TIMESTAMP '2020-01-02 03:04:05.500'"));
    }

    @ParameterizedTest
    @MethodSource("timestamps")
    void timestampsKeepEveryDigitAsGiven(Object value, String expected)
            throws SQLException
    {
        assertThat(AthenaLiteral.of(value)).isEqualTo(expected);
        TimestampLiteral parsed = (TimestampLiteral) literal(expected);
        LocalDateTime dateTime = value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
        assertThat(LocalDateTime.parse(parsed.getValue().replace(' ', 'T'))).isEqualTo(dateTime);
    }

    static Stream<Arguments> zonedTimestamps()
    {
        ZoneId paris = ZoneId.of("Europe/Paris");
        // 2023-10-29 02:30 happens twice in Paris; the later one is +01:00.
        ZonedDateTime overlapLater = ZonedDateTime.of(LocalDateTime.of(2023, 10, 29, 2, 30), paris).withLaterOffsetAtOverlap();
        return Stream.of(
                Arguments.of(OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 6_000_000, ZoneOffset.ofHoursMinutes(5, 30)),
                        "TIMESTAMP '2020-01-02 03:04:05.006 +05:30'"),
                Arguments.of(OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(-8)),
                        "TIMESTAMP '2020-01-02 03:04:05.000 -08:00'"),
                Arguments.of(OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), "TIMESTAMP '2020-01-02 03:04:05.000 +00:00'"),
                Arguments.of(ZonedDateTime.of(2020, 7, 1, 12, 0, 0, 1_000, paris), "TIMESTAMP '2020-07-01 12:00:00.000001 Europe/Paris'"),
                Arguments.of(ZonedDateTime.of(2020, 7, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)), "TIMESTAMP '2020-07-01 12:00:00.000 +02:00'"),
                Arguments.of(overlapLater, "TIMESTAMP '2023-10-29 02:30:00.000 +01:00'"),
                Arguments.of(overlapLater.withEarlierOffsetAtOverlap(), "TIMESTAMP '2023-10-29 02:30:00.000 Europe/Paris'"),
                Arguments.of(Instant.parse("2020-01-02T03:04:05.123456Z"), "TIMESTAMP '2020-01-02 03:04:05.123456 UTC'"),
                Arguments.of(Instant.EPOCH, "TIMESTAMP '1970-01-01 00:00:00.000 UTC'"));
    }

    @ParameterizedTest
    @MethodSource("zonedTimestamps")
    void timestampsWithTimeZone(Object value, String expected)
            throws SQLException
    {
        assertThat(AthenaLiteral.of(value)).isEqualTo(expected);
        assertThat(AthenaLiteral.of(value, Types.TIMESTAMP_WITH_TIMEZONE)).isEqualTo(expected);
        assertThat(literal(expected)).isInstanceOf(TimestampLiteral.class);
    }

    @Test
    void timesWithTimeZoneAndOddOffsets()
            throws SQLException
    {
        String rendered = AthenaLiteral.of(OffsetTime.of(10, 0, 0, 0, ZoneOffset.ofHours(-3)));
        assertThat(rendered).isEqualTo("TIME '10:00:00.000 -03:00'");
        assertThat(literal(rendered)).isInstanceOf(TimeLiteral.class);
        assertSqlState(() -> AthenaLiteral.of(OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(3601))),
                "22009", "whole minutes");
    }

    @Test
    void binaryAndUuid()
            throws SQLException
    {
        byte[] bytes = {0, 1, 2, (byte) 0xab, (byte) 0xff, 0x7f, (byte) 0x80};
        String rendered = AthenaLiteral.of(bytes);
        assertThat(rendered).isEqualTo("X'000102abff7f80'");
        assertThat(((BinaryLiteral) literal(rendered)).getValue()).isEqualTo(bytes);
        assertThat(((BinaryLiteral) literal(AthenaLiteral.of(new byte[0]))).getValue()).isEmpty();

        UUID uuid = UUID.fromString("12151fd2-7586-11e9-8f9e-2a86e4085a59");
        GenericLiteral parsed = (GenericLiteral) literal(AthenaLiteral.of(uuid));
        assertThat(parsed.getType()).isEqualTo("UUID");
        assertThat(UUID.fromString(parsed.getValue())).isEqualTo(uuid);
    }

    @Test
    void arraysFromListsJavaArraysAndSqlArrays()
            throws SQLException
    {
        assertThat(AthenaLiteral.of(List.of(1, 2, 3))).isEqualTo("ARRAY[1, 2, 3]");
        assertThat(AthenaLiteral.of(new Object[] {"a", null})).isEqualTo("ARRAY['a', NULL]");
        assertThat(AthenaLiteral.of(new int[] {1, -2})).isEqualTo("ARRAY[1, -2]");
        assertThat(AthenaLiteral.of(new double[] {0.5})).isEqualTo("ARRAY[0.5E0]");
        assertThat(AthenaLiteral.of(List.of())).isEqualTo("ARRAY[]");
        assertThat(AthenaLiteral.of(List.of(List.of(1), List.of(2, 3)))).isEqualTo("ARRAY[ARRAY[1], ARRAY[2, 3]]");
        assertThat(AthenaLiteral.of(new AthenaArray("bigint", new Object[] {1, 2L})))
                .isEqualTo("CAST(ARRAY[1, 2] AS ARRAY(bigint))");
        assertThat(AthenaLiteral.of(new AthenaArray("string", new Object[0]))).isEqualTo("CAST(ARRAY[] AS ARRAY(varchar))");
        assertThat(AthenaLiteral.of(new AthenaArray("varchar", new Object[] {"it's"}), Types.ARRAY))
                .isEqualTo("CAST(ARRAY['it''s'] AS ARRAY(varchar))");

        Expression parsed = literal(AthenaLiteral.of(List.of("x'", List.of())));
        assertThat(parsed).isInstanceOf(Array.class);
        assertThat(stringValues(parsed)).containsExactly("x'");
        Cast cast = (Cast) literal(AthenaLiteral.of(new AthenaArray("row(a integer, \"b c\" varchar)",
                new Object[] {new AthenaStruct("row(a integer, \"b c\" varchar)", new Object[] {1, "v"})})));
        assertThat(format(cast.getType())).isEqualTo("ARRAY(ROW(a integer, \"b c\" varchar))");
    }

    @Test
    void mapsKeepEntryOrder()
            throws SQLException
    {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("k'", 1);
        map.put("j", null);
        String rendered = AthenaLiteral.of(map);
        assertThat(rendered).isEqualTo("MAP(ARRAY['k''', 'j'], ARRAY[1, NULL])");
        FunctionCall parsed = (FunctionCall) literal(rendered);
        assertThat(parsed.getName().toString()).isEqualTo("map");
        assertThat(parsed.getArguments()).hasSize(2).allMatch(Array.class::isInstance);
        assertThat(AthenaLiteral.of(Map.of())).isEqualTo("MAP()");
        assertThat(literal("MAP()")).isInstanceOf(FunctionCall.class);
        assertThat(AthenaLiteral.of(Map.of("a", List.of(1)))).isEqualTo("MAP(ARRAY['a'], ARRAY[ARRAY[1]])");

        Map<Object, Object> nullKey = new LinkedHashMap<>();
        nullKey.put(null, 1);
        assertSqlState(() -> AthenaLiteral.of(nullKey), "22004", "null key");
    }

    @Test
    void structsAreCastRows()
            throws SQLException
    {
        AthenaStruct inner = new AthenaStruct("row(n integer)", new Object[] {7});
        AthenaStruct struct = new AthenaStruct("row(a integer, b varchar, c row(n integer), d array(date))",
                new Object[] {1, "x'y", inner, List.of(LocalDate.of(2020, 1, 1))});
        String rendered = AthenaLiteral.of(struct);
        assertThat(rendered).isEqualTo("CAST(ROW(1, 'x''y', CAST(ROW(7) AS row(n integer)), ARRAY[DATE '2020-01-01']) "
                + "AS row(a integer, b varchar, c row(n integer), d array(date)))");
        Cast parsed = (Cast) literal(rendered);
        assertThat(parsed.getExpression()).isInstanceOf(Row.class);
        assertThat(format(parsed.getType())).isEqualTo("ROW(a integer, b varchar, c ROW(n integer), d array(date))");
        assertThat(stringValues(parsed)).containsExactly("x'y");
    }

    @Test
    void typeNamesCannotInjectSql()
    {
        for (String typeName : List.of("integer) AS varchar)) --", "varchar'", "row(a integer", "integer; DROP TABLE t",
                "integer/*", "\"unterminated", "")) {
            assertSqlState(() -> new AthenaArray(typeName, new Object[0]), "22023", "Invalid Athena type name");
            assertSqlState(() -> new AthenaStruct(typeName, new Object[0]), "22023", "Invalid Athena type name");
        }
    }

    static Stream<Arguments> typedNulls()
    {
        return Stream.of(
                Arguments.of(Types.BOOLEAN, "CAST(NULL AS boolean)"),
                Arguments.of(Types.BIT, "CAST(NULL AS boolean)"),
                Arguments.of(Types.TINYINT, "CAST(NULL AS tinyint)"),
                Arguments.of(Types.SMALLINT, "CAST(NULL AS smallint)"),
                Arguments.of(Types.INTEGER, "CAST(NULL AS integer)"),
                Arguments.of(Types.BIGINT, "CAST(NULL AS bigint)"),
                Arguments.of(Types.REAL, "CAST(NULL AS real)"),
                Arguments.of(Types.FLOAT, "CAST(NULL AS double)"),
                Arguments.of(Types.DOUBLE, "CAST(NULL AS double)"),
                Arguments.of(Types.DATE, "CAST(NULL AS date)"),
                Arguments.of(Types.TIME, "CAST(NULL AS time)"),
                Arguments.of(Types.TIME_WITH_TIMEZONE, "CAST(NULL AS time with time zone)"),
                Arguments.of(Types.TIMESTAMP, "CAST(NULL AS timestamp)"),
                Arguments.of(Types.TIMESTAMP_WITH_TIMEZONE, "CAST(NULL AS timestamp with time zone)"),
                Arguments.of(Types.VARBINARY, "CAST(NULL AS varbinary)"),
                Arguments.of(Types.BLOB, "CAST(NULL AS varbinary)"),
                Arguments.of(Types.VARCHAR, "NULL"),
                Arguments.of(Types.CHAR, "NULL"),
                Arguments.of(Types.CLOB, "NULL"),
                Arguments.of(Types.DECIMAL, "NULL"),
                Arguments.of(Types.NUMERIC, "NULL"),
                Arguments.of(Types.NULL, "NULL"),
                Arguments.of(Types.OTHER, "NULL"),
                Arguments.of(Types.ARRAY, "NULL"),
                Arguments.of(Types.STRUCT, "NULL"));
    }

    @ParameterizedTest
    @MethodSource("typedNulls")
    void nullsAreTypedOnlyWhereTheTypeHasNoParameterToGuess(int sqlType, String expected)
            throws SQLException
    {
        String rendered = AthenaLiteral.of(null, sqlType);
        assertThat(rendered).isEqualTo(expected);
        Expression parsed = literal(rendered);
        if (parsed instanceof Cast cast) {
            assertThat(cast.getExpression()).isInstanceOf(NullLiteral.class);
            assertThat(format(cast)).isEqualToIgnoringCase(expected);
        }
        else {
            assertThat(parsed).isInstanceOf(NullLiteral.class);
        }
        assertThat(AthenaLiteral.of(null)).isEqualTo("NULL");
    }

    static Stream<Arguments> conversions()
    {
        return Stream.of(
                Arguments.of("12", Types.INTEGER, "CAST('12' AS integer)"),
                Arguments.of(5, Types.TINYINT, "TINYINT '5'"),
                Arguments.of(5L, Types.SMALLINT, "SMALLINT '5'"),
                Arguments.of((byte) 5, Types.INTEGER, "5"),
                Arguments.of(5, Types.BIGINT, "5"),
                Arguments.of(new BigDecimal("1.5"), Types.INTEGER, "CAST(DECIMAL '1.5' AS integer)"),
                Arguments.of(1.5, Types.DECIMAL, "DECIMAL '1.5'"),
                Arguments.of(0.1f, Types.NUMERIC, "DECIMAL '0.1'"),
                Arguments.of(5, Types.DECIMAL, "DECIMAL '5'"),
                Arguments.of(" -12.340 ", Types.DECIMAL, "DECIMAL '-12.340'"),
                Arguments.of(new BigDecimal("2.50"), Types.DECIMAL, "DECIMAL '2.50'"),
                Arguments.of(1.5, Types.VARCHAR, "'1.5'"),
                Arguments.of(new BigDecimal("1E+3"), Types.VARCHAR, "'1000'"),
                Arguments.of(true, Types.CHAR, "'true'"),
                Arguments.of(LocalDate.of(2020, 1, 1), Types.VARCHAR, "CAST(DATE '2020-01-01' AS varchar)"),
                Arguments.of(LocalDate.of(2020, 1, 1), Types.TIMESTAMP, "CAST(DATE '2020-01-01' AS timestamp)"),
                Arguments.of("2020-01-01", Types.DATE, "CAST('2020-01-01' AS date)"),
                Arguments.of(1, Types.DOUBLE, "CAST(1 AS double)"),
                Arguments.of(1.5, Types.FLOAT, "1.5E0"),
                Arguments.of(1.5f, Types.REAL, "REAL '1.5'"),
                Arguments.of(1.5, Types.REAL, "CAST(1.5E0 AS real)"),
                Arguments.of("abc", Types.VARBINARY, "CAST('abc' AS varbinary)"),
                Arguments.of(new byte[] {1}, Types.BINARY, "X'01'"),
                Arguments.of(Instant.EPOCH, Types.TIMESTAMP, "CAST(TIMESTAMP '1970-01-01 00:00:00.000 UTC' AS timestamp)"),
                Arguments.of(LocalDateTime.of(2020, 1, 1, 0, 0), Types.TIMESTAMP_WITH_TIMEZONE,
                        "CAST(TIMESTAMP '2020-01-01 00:00:00.000' AS timestamp with time zone)"),
                Arguments.of(List.of(1), Types.OTHER, "ARRAY[1]"),
                Arguments.of(UUID.fromString("12151fd2-7586-11e9-8f9e-2a86e4085a59"), Types.JAVA_OBJECT,
                        "UUID '12151fd2-7586-11e9-8f9e-2a86e4085a59'"));
    }

    @ParameterizedTest
    @MethodSource("conversions")
    void setObjectWithATargetTypeConvertsOrCasts(Object value, int sqlType, String expected)
            throws SQLException
    {
        String rendered = AthenaLiteral.of(value, sqlType);
        assertThat(rendered).isEqualTo(expected);
        assertThat(literal(rendered)).isNotNull();
    }

    @Test
    void setObjectOutOfRangeAndUnknownTypes()
    {
        assertSqlState(() -> AthenaLiteral.of(300, Types.TINYINT), "22003", "out of range for tinyint (-128 to 127)");
        assertSqlState(() -> AthenaLiteral.of(1L << 40, Types.INTEGER), "22003", "out of range for integer");
        assertSqlState(() -> AthenaLiteral.of(Double.NaN, Types.DECIMAL), "22003", "finite");
        assertSqlState(() -> AthenaLiteral.of("1,5", Types.DECIMAL), "22018", "not a decimal");
        assertSqlState(() -> AthenaLiteral.of(1, Types.ROWID), "HY004", "Types.ROWID");
        assertSqlState(() -> AthenaLiteral.of(null, Types.SQLXML), "HY004", "Types.SQLXML");
        assertSqlState(() -> AthenaLiteral.of(null, 12345), "HY004", "12345");
    }

    @Test
    void unsupportedClassesNameTheClassAndTheAcceptedOnes()
    {
        assertSqlState(() -> AthenaLiteral.of(new Object()), "22023", "java.lang.Object");
        assertSqlState(() -> AthenaLiteral.of(new java.util.Date()), "22023", "java.util.Date");
        assertSqlState(() -> AthenaLiteral.of(new java.util.Date()), "22023", "LocalDateTime");
        assertSqlState(() -> AthenaLiteral.of(List.of(new Object())), "22023", "java.lang.Object");
        assertSqlState(() -> AthenaLiteral.of(new StringBuilder("x"), Types.OTHER), "22023", "java.lang.StringBuilder");
    }

    @Test
    void hiveLiteralsUseBackslashEscapesAndNeverARawQuote()
            throws SQLException
    {
        assertThat(AthenaLiteral.ofHive("s3://bucket/path/")).isEqualTo("'s3://bucket/path/'");
        assertThat(AthenaLiteral.ofHive("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(AthenaLiteral.ofHive("line\nbreak\r\ttab\0")).isEqualTo("'line\\nbreak\\r\\ttab\\0'");
        assertThat(AthenaLiteral.ofHive("\"x\" ?")).isEqualTo("'\"x\" ?'");
        assertThat(AthenaLiteral.ofHive("\uD83D\uDE00")).isEqualTo("'\uD83D\uDE00'");
        assertThat(AthenaLiteral.ofHive('c')).isEqualTo("'c'");
        assertThat(AthenaLiteral.ofHive(12)).isEqualTo("12");
        assertThat(AthenaLiteral.ofHive(-12L)).isEqualTo("-12");
        assertThat(AthenaLiteral.ofHive(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(AthenaLiteral.ofHive(1.5)).isEqualTo("1.5");
        assertThat(AthenaLiteral.ofHive(true)).isEqualTo("true");
        assertThat(AthenaLiteral.ofHive(null)).isEqualTo("NULL");

        assertSqlState(() -> AthenaLiteral.ofHive("it's"), "22023", "single quote");
        assertSqlState(() -> AthenaLiteral.ofHive("\uD83D"), "22021", "unpaired surrogate");
        assertSqlState(() -> AthenaLiteral.ofHive(LocalDate.of(2020, 1, 1)), "22023", "java.time.LocalDate");
        assertSqlState(() -> AthenaLiteral.ofHive(Double.NaN), "22023", "Hive engine");
        assertSqlState(() -> AthenaLiteral.ofHive(new byte[1]), "22023", "Hive engine");
    }

    @ParameterizedTest
    @MethodSource("adversarialStrings")
    void hiveLiteralsAreOneLiteralEvenIfTrinoRunsTheStatement(String value)
    {
        // ALTER TABLE on an Iceberg table runs on Trino: a Hive literal sent there must still end where it should.
        String rendered;
        try {
            rendered = AthenaLiteral.ofHive(value);
        }
        catch (SQLException e) {
            assertThat(e.getSQLState()).isEqualTo("22023");
            assertThat(value).contains("'");
            return;
        }
        assertThat(literal(rendered)).isInstanceOf(StringLiteral.class);
    }

    @Test
    void nestedLiteralsParseAsOneExpression()
            throws SQLException
    {
        List<Object> values = new ArrayList<>(Arrays.asList("a'b", null, 1, 2L, (short) 3, (byte) 4, 5.5, 6.5f,
                new BigDecimal("7.50"), true, LocalDate.of(2020, 1, 1), LocalDateTime.of(2020, 1, 1, 1, 1),
                new byte[] {1}, UUID.randomUUID(), Map.of("k", List.of(1.0E-7))));
        String rendered = AthenaLiteral.of(values);
        Array parsed = (Array) literal(rendered);
        assertThat(parsed.getValues()).hasSize(values.size());
        assertThat(stringValues(parsed)).startsWith("a'b").contains("k");
    }

    static void assertSqlState(ThrowingCallable call, String sqlState, String messagePart)
    {
        assertThatThrownBy(call)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining(messagePart)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(sqlState));
    }
}
