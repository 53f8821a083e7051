package io.athena4j.local.server.result;

import io.trino.spi.block.Block;
import io.trino.spi.block.DictionaryBlock;
import io.trino.spi.block.RunLengthEncodedBlock;
import io.trino.spi.type.ArrayType;
import io.trino.spi.type.Int128;
import io.trino.spi.type.LongTimestamp;
import io.trino.spi.type.LongTimestampWithTimeZone;
import io.trino.spi.type.MapType;
import io.trino.spi.type.RowType;
import io.trino.spi.type.SqlDate;
import io.trino.spi.type.SqlDecimal;
import io.trino.spi.type.SqlTimestamp;
import io.trino.spi.type.TimeZoneKey;
import io.trino.spi.type.Type;
import io.trino.spi.type.TypeOperators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.athena4j.local.server.result.TestingBlocks.blockOf;
import static io.athena4j.local.server.result.TestingBlocks.epochDay;
import static io.athena4j.local.server.result.TestingBlocks.epochMicros;
import static io.athena4j.local.server.result.TestingBlocks.epochMillis;
import static io.athena4j.local.server.result.TestingBlocks.list;
import static io.athena4j.local.server.result.TestingBlocks.orderedMap;
import static io.athena4j.local.server.result.TestingBlocks.picosOfDay;
import static io.trino.spi.type.BigintType.BIGINT;
import static io.trino.spi.type.BooleanType.BOOLEAN;
import static io.trino.spi.type.CharType.createCharType;
import static io.trino.spi.type.DateTimeEncoding.packDateTimeWithZone;
import static io.trino.spi.type.DateTimeEncoding.packTimeWithTimeZone;
import static io.trino.spi.type.DateType.DATE;
import static io.trino.spi.type.DecimalType.createDecimalType;
import static io.trino.spi.type.DoubleType.DOUBLE;
import static io.trino.spi.type.IntegerType.INTEGER;
import static io.trino.spi.type.RealType.REAL;
import static io.trino.spi.type.RowType.anonymous;
import static io.trino.spi.type.RowType.field;
import static io.trino.spi.type.SmallintType.SMALLINT;
import static io.trino.spi.type.TimeType.createTimeType;
import static io.trino.spi.type.TimeWithTimeZoneType.createTimeWithTimeZoneType;
import static io.trino.spi.type.TimestampType.createTimestampType;
import static io.trino.spi.type.TimestampWithTimeZoneType.createTimestampWithTimeZoneType;
import static io.trino.spi.type.TinyintType.TINYINT;
import static io.trino.spi.type.UuidType.UUID;
import static io.trino.spi.type.UuidType.javaUuidToTrinoUuid;
import static io.trino.spi.type.VarbinaryType.VARBINARY;
import static io.trino.spi.type.VarcharType.VARCHAR;
import static io.trino.spi.type.VarcharType.createVarcharType;
import static io.trino.type.IntervalDayTimeType.INTERVAL_DAY_TIME;
import static io.trino.type.IntervalYearMonthType.INTERVAL_YEAR_MONTH;
import static io.trino.type.IpAddressType.IPADDRESS;
import static io.trino.type.JsonType.JSON;
import static io.trino.type.UnknownType.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

final class TestAthenaValueRenderer
{
    private static final TypeOperators TYPE_OPERATORS = new TypeOperators();

    /** One Athena rendering rule (athena-behaviour.md §A.4): a value of a type and the text Athena gives it. */
    record Rendering(String rule, Type type, Object value, String expected)
    {
        @Override
        public String toString()
        {
            return rule;
        }
    }

    static Stream<Rendering> scalarRenderings()
    {
        return Stream.of(
                new Rendering("boolean true", BOOLEAN, true, "true"),
                new Rendering("boolean false", BOOLEAN, false, "false"),
                new Rendering("tinyint", TINYINT, -128L, "-128"),
                new Rendering("smallint", SMALLINT, 32767L, "32767"),
                new Rendering("integer", INTEGER, -1L, "-1"),
                new Rendering("bigint max", BIGINT, Long.MAX_VALUE, "9223372036854775807"),
                new Rendering("bigint min", BIGINT, Long.MIN_VALUE, "-9223372036854775808"),
                new Rendering("double 0.1 + 0.2", DOUBLE, 0.1 + 0.2, "0.30000000000000004"),
                new Rendering("double 1e20", DOUBLE, 1e20, "1.0E20"),
                new Rendering("double 1e-7", DOUBLE, 1e-7, "1.0E-7"),
                new Rendering("double 1e-5", DOUBLE, 1e-5, "1.0E-5"),
                new Rendering("double 1e-3 plain", DOUBLE, 1e-3, "0.001"),
                new Rendering("double 1.5", DOUBLE, 1.5, "1.5"),
                new Rendering("double 100", DOUBLE, 100.0, "100.0"),
                new Rendering("double 1e7", DOUBLE, 1e7, "1.0E7"),
                new Rendering("double negative zero", DOUBLE, -0.0, "-0.0"),
                new Rendering("double NaN", DOUBLE, Double.NaN, "NaN"),
                new Rendering("double Infinity", DOUBLE, Double.POSITIVE_INFINITY, "Infinity"),
                new Rendering("double -Infinity", DOUBLE, Double.NEGATIVE_INFINITY, "-Infinity"),
                new Rendering("real 0.5", REAL, realBits(0.5f), "0.5"),
                new Rendering("real 0.1 (Float.toString, not widened to double)", REAL, realBits(0.1f), "0.1"),
                new Rendering("real 1e20", REAL, realBits(1e20f), "1.0E20"),
                new Rendering("real NaN", REAL, realBits(Float.NaN), "NaN"),
                new Rendering("decimal(3,2) keeps its scale", createDecimalType(3, 2), 150L, "1.50"),
                new Rendering("decimal(10,1)", createDecimalType(10, 1), 1L, "0.1"),
                new Rendering("decimal(3,2) negative below one", createDecimalType(3, 2), -5L, "-0.05"),
                new Rendering("decimal(5,0)", createDecimalType(5, 0), 42L, "42"),
                new Rendering("decimal(18,18) short", createDecimalType(18, 18), 1L, "0.000000000000000001"),
                new Rendering("decimal(38,9) long", createDecimalType(38, 9), int128("-12345678901234567890123456789"), "-12345678901234567890.123456789"),
                new Rendering("decimal(38,0) long", createDecimalType(38, 0), int128("99999999999999999999999999999999999999"), "99999999999999999999999999999999999999"),
                new Rendering("decimal(20,2) long zero", createDecimalType(20, 2), int128("0"), "0.00"),
                new Rendering("varchar raw text", VARCHAR, "hello", "hello"),
                new Rendering("varchar empty", VARCHAR, "", ""),
                new Rendering("varchar keeps newlines, tabs and quotes", VARCHAR, "a\n\tb \"c\"", "a\n\tb \"c\""),
                new Rendering("varchar non-ASCII", VARCHAR, "ü€😀", "ü€😀"),
                new Rendering("varchar(5)", createVarcharType(5), "abc", "abc"),
                new Rendering("char(5) padded as Trino gives it", createCharType(5), "ab", "ab   "),
                new Rendering("varbinary hex bytes", VARBINARY, new byte[] {1, 2, (byte) 0xca, (byte) 0xfe}, "01 02 ca fe"),
                new Rendering("varbinary one byte", VARBINARY, new byte[] {0}, "00"),
                new Rendering("varbinary empty", VARBINARY, new byte[0], ""),
                new Rendering("date", DATE, epochDay("2017-01-02"), "2017-01-02"),
                new Rendering("date before the epoch", DATE, epochDay("1900-02-28"), "1900-02-28"),
                new Rendering("time(3)", createTimeType(3), picosOfDay("12:34:56.789"), "12:34:56.789"),
                new Rendering("time(0)", createTimeType(0), picosOfDay("12:34:56"), "12:34:56"),
                new Rendering("time(6)", createTimeType(6), picosOfDay("00:00:00.000001"), "00:00:00.000001"),
                new Rendering("time(3) with time zone", createTimeWithTimeZoneType(3), packTimeWithTimeZone(picosOfDay("12:34:56.789") / 1_000, 0), "12:34:56.789+00:00"),
                new Rendering("time(3) with negative offset", createTimeWithTimeZoneType(3), packTimeWithTimeZone(picosOfDay("01:02:03.456") / 1_000, -480), "01:02:03.456-08:00"),
                new Rendering("timestamp(3)", createTimestampType(3), epochMicros("2026-09-17T12:34:56.789"), "2026-09-17 12:34:56.789"),
                new Rendering("timestamp(3) whole second keeps .000", createTimestampType(3), epochMicros("2026-09-17T12:34:56"), "2026-09-17 12:34:56.000"),
                new Rendering("timestamp(6)", createTimestampType(6), epochMicros("2020-01-01T12:34:56.789123"), "2020-01-01 12:34:56.789123"),
                new Rendering("timestamp(0) has no fraction", createTimestampType(0), epochMicros("2020-01-01T12:34:56"), "2020-01-01 12:34:56"),
                new Rendering("timestamp(1)", createTimestampType(1), epochMicros("2020-01-01T00:00:00.5"), "2020-01-01 00:00:00.5"),
                new Rendering("timestamp(6) before the epoch", createTimestampType(6), -1_000_001L, "1969-12-31 23:59:58.999999"),
                new Rendering("timestamp(3) year 1", createTimestampType(3), epochMicros("0001-01-01T00:00:00"), "0001-01-01 00:00:00.000"),
                new Rendering("timestamp(9)", createTimestampType(9), new LongTimestamp(epochMicros("2020-01-01T12:34:56.123456"), 789_000), "2020-01-01 12:34:56.123456789"),
                new Rendering("timestamp(3) with time zone UTC", createTimestampWithTimeZoneType(3), packDateTimeWithZone(epochMillis("2026-09-17T12:34:56.789Z"), "UTC"), "2026-09-17 12:34:56.789 UTC"),
                new Rendering("timestamp(3) with time zone id", createTimestampWithTimeZoneType(3), packDateTimeWithZone(epochMillis("2001-08-22T03:04:05.321-07:00[America/Los_Angeles]"), "America/Los_Angeles"), "2001-08-22 03:04:05.321 America/Los_Angeles"),
                new Rendering("timestamp(6) with time zone", createTimestampWithTimeZoneType(6), LongTimestampWithTimeZone.fromEpochMillisAndFraction(epochMillis("2020-01-01T12:34:56.789Z"), 123_000_000, TimeZoneKey.UTC_KEY), "2020-01-01 12:34:56.789123 UTC"),
                new Rendering("interval day to second", INTERVAL_DAY_TIME, 86_400_000L, "1 00:00:00.000"),
                new Rendering("interval day to second with time", INTERVAL_DAY_TIME, 2 * 86_400_000L + 3_723_004L, "2 01:02:03.004"),
                new Rendering("interval year to month one year", INTERVAL_YEAR_MONTH, 12L, "1-0"),
                new Rendering("interval year to month three months", INTERVAL_YEAR_MONTH, 3L, "0-3"),
                new Rendering("json string", JSON, "\"Hello Athena\"", "\"Hello Athena\""),
                new Rendering("json array", JSON, "[1,2]", "[1,2]"),
                new Rendering("uuid", UUID, javaUuidToTrinoUuid(java.util.UUID.fromString("12151fd2-7586-11e9-8f9e-2a86e4085a59")), "12151fd2-7586-11e9-8f9e-2a86e4085a59"),
                new Rendering("ipaddress IPv4", IPADDRESS, ipAddress("10.0.0.1"), "10.0.0.1"),
                new Rendering("ipaddress IPv6", IPADDRESS, ipAddress("2001:db8::ff00:42:8329"), "2001:db8::ff00:42:8329"));
    }

    static Stream<Rendering> compositeRenderings()
    {
        RowType idName = RowType.from(List.of(field("id", INTEGER), field("name", VARCHAR)));
        RowType header = RowType.from(List.of(field("stamp", DATE), field("seq", INTEGER)));
        return Stream.of(
                new Rendering("array", new ArrayType(INTEGER), list(1L, 2L, 3L), "[1, 2, 3]"),
                new Rendering("array with null, strings unquoted", new ArrayType(VARCHAR), list("a", null), "[a, null]"),
                new Rendering("array empty", new ArrayType(INTEGER), list(), "[]"),
                new Rendering("array string with separator is ambiguous", new ArrayType(VARCHAR), list("a, b"), "[a, b]"),
                new Rendering("array nested", new ArrayType(new ArrayType(INTEGER)), list(list(1L), list(2L, 3L)), "[[1], [2, 3]]"),
                new Rendering("array of doubles", new ArrayType(DOUBLE), list(1e20, 0.5), "[1.0E20, 0.5]"),
                new Rendering("array of reals", new ArrayType(REAL), list(realBits(0.1f)), "[0.1]"),
                new Rendering("array of booleans", new ArrayType(BOOLEAN), list(true, false), "[true, false]"),
                new Rendering("array of dates", new ArrayType(DATE), list(epochDay("2020-01-01")), "[2020-01-01]"),
                new Rendering("array of decimals keeps scale", new ArrayType(createDecimalType(3, 2)), list(150L), "[1.50]"),
                new Rendering("array of timestamps", new ArrayType(createTimestampType(3)), list(epochMicros("2026-09-17T12:34:56.789")), "[2026-09-17 12:34:56.789]"),
                new Rendering("array of json", new ArrayType(JSON), list("{\"a\":1}"), "[{\"a\":1}]"),
                new Rendering("map", new MapType(VARCHAR, INTEGER, TYPE_OPERATORS), orderedMap("k", 1L), "{k=1}"),
                new Rendering("map keys sorted ascending", new MapType(VARCHAR, INTEGER, TYPE_OPERATORS), orderedMap("k", 1L, "j", 2L), "{j=2, k=1}"),
                new Rendering("map numeric keys sorted numerically", new MapType(INTEGER, VARCHAR, TYPE_OPERATORS), orderedMap(10L, "b", 9L, "a"), "{9=a, 10=b}"),
                new Rendering("map string keys sorted lexicographically", new MapType(VARCHAR, VARCHAR, TYPE_OPERATORS), orderedMap("9", "a", "10", "b"), "{10=b, 9=a}"),
                new Rendering("map double keys sorted numerically", new MapType(DOUBLE, INTEGER, TYPE_OPERATORS), orderedMap(2.5, 1L, -1.0, 2L, 10.0, 3L), "{-1.0=2, 2.5=1, 10.0=3}"),
                new Rendering("map integer pairs", new MapType(INTEGER, INTEGER, TYPE_OPERATORS), orderedMap(3L, 4L, 1L, 2L), "{1=2, 3=4}"),
                new Rendering("map empty", new MapType(VARCHAR, INTEGER, TYPE_OPERATORS), orderedMap(), "{}"),
                new Rendering("map null value", new MapType(VARCHAR, INTEGER, TYPE_OPERATORS), orderedMap("k", null), "{k=null}"),
                new Rendering("map of arrays", new MapType(VARCHAR, new ArrayType(INTEGER), TYPE_OPERATORS), orderedMap("k", list(1L, 2L)), "{k=[1, 2]}"),
                new Rendering("row named", RowType.from(List.of(field("a", INTEGER), field("b", VARCHAR))), list(1L, "x"), "{a=1, b=x}"),
                new Rendering("row named with null field", idName, list(1L, null), "{id=1, name=null}"),
                new Rendering("row unnamed", anonymous(List.of(INTEGER, VARCHAR)), list(1L, "x"), "{1, x}"),
                new Rendering("array of rows", new ArrayType(RowType.from(List.of(field("n", INTEGER)))), list(list(1L)), "[{n=1}]"),
                new Rendering("array of rows with null element", new ArrayType(idName), list(list(1L, "John"), null), "[{id=1, name=John}, null]"),
                new Rendering(
                        "row nested",
                        RowType.from(List.of(field("header", header), field("x", DOUBLE), field("y", DOUBLE))),
                        list(list(epochDay("2024-01-01"), 123L), 4.736, 0.583),
                        "{header={stamp=2024-01-01, seq=123}, x=4.736, y=0.583}"),
                new Rendering(
                        "map inside row inside array",
                        new ArrayType(anonymous(List.of(INTEGER, new MapType(VARCHAR, new ArrayType(DOUBLE), TYPE_OPERATORS)))),
                        list(list(1L, orderedMap("k", list(1.5)))),
                        "[{1, {k=[1.5]}}]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"scalarRenderings", "compositeRenderings"})
    void rendersAsAthena(Rendering rendering)
    {
        Block block = blockOf(rendering.type(), rendering.value());
        assertThat(AthenaValueRenderer.forType(rendering.type()).render(block, 0)).isEqualTo(rendering.expected());
    }

    @ParameterizedTest(name = "NULL {0}")
    @MethodSource({"scalarRenderings", "compositeRenderings"})
    void rendersNullAsNull(Rendering rendering)
    {
        Block block = blockOf(rendering.type(), (Object) null);
        assertThat(AthenaValueRenderer.forType(rendering.type()).render(block, 0)).isNull();
    }

    @Test
    void rendersNullOfUnknownType()
    {
        // SELECT NULL: the column's type is Trino's unknown, and every value is NULL
        assertThat(AthenaValueRenderer.forType(UNKNOWN).render(UNKNOWN.createNullBlock(), 0)).isNull();
    }

    @Test
    void rendersVarbinaryInsideCompositesAsJavaByteArrayToString()
    {
        // Real Athena prints varbinary nested in array, map or row as byte[].toString, e.g. [B@2545d692
        String byteArrayText = "\\[B@[0-9a-f]+";
        byte[] bytes = {1, 2};

        assertThat(render(new ArrayType(VARBINARY), list(bytes, null)))
                .matches("\\[" + byteArrayText + ", null]");
        assertThat(render(new MapType(VARCHAR, VARBINARY, TYPE_OPERATORS), orderedMap("k", bytes)))
                .matches("\\{k=" + byteArrayText + "}");
        assertThat(render(RowType.from(List.of(field("b", VARBINARY))), list(bytes)))
                .matches("\\{b=" + byteArrayText + "}");
        // the top level keeps the readable hex form
        assertThat(render(VARBINARY, bytes)).isEqualTo("01 02");
    }

    @Test
    void rendersDictionaryAndRunLengthEncodedBlocksLikeTheirValues()
    {
        MapType mapType = new MapType(VARCHAR, INTEGER, TYPE_OPERATORS);
        RowType rowType = RowType.from(List.of(field("a", INTEGER), field("b", VARCHAR)));
        List<Rendering> renderings = List.of(
                new Rendering("bigint", BIGINT, 7L, null),
                new Rendering("varchar", VARCHAR, "x", null),
                new Rendering("varbinary", VARBINARY, new byte[] {(byte) 0xff}, null),
                new Rendering("timestamp(3)", createTimestampType(3), epochMicros("2026-09-17T12:34:56.789"), null),
                new Rendering("decimal(38,2)", createDecimalType(38, 2), int128("12345"), null),
                new Rendering("array", new ArrayType(INTEGER), list(3L, 1L), null),
                new Rendering("map", mapType, orderedMap("k", 1L, "j", 2L), null),
                new Rendering("row", rowType, list(1L, "x"), null));

        for (Rendering rendering : renderings) {
            Type type = rendering.type();
            // dictionary: a NULL, the value, and a second different value so the dictionary is not trivial
            Object otherValue = blockOfOtherValue(rendering);
            Block dictionary = blockOf(type, null, rendering.value(), otherValue);
            int[] ids = {1, 2, 0, 1, 1, 2};
            Block dictionaryBlock = DictionaryBlock.create(ids.length, dictionary, ids);
            assertThat(dictionaryBlock).isInstanceOf(DictionaryBlock.class);

            AthenaValueRenderer renderer = AthenaValueRenderer.forType(type);
            for (int position = 0; position < ids.length; position++) {
                assertThat(renderer.render(dictionaryBlock, position))
                        .as("%s at dictionary position %s", rendering.rule(), position)
                        .isEqualTo(renderer.render(dictionary, ids[position]));
            }
            assertThat(renderer.render(dictionaryBlock, 0)).isNotNull();
            assertThat(renderer.render(dictionaryBlock, 2)).isNull();

            Block runLengthBlock = RunLengthEncodedBlock.create(blockOf(type, rendering.value()), 3);
            assertThat(renderer.render(runLengthBlock, 2))
                    .as("%s run-length encoded", rendering.rule())
                    .isEqualTo(renderer.render(dictionary, 1));
        }
    }

    @Test
    void rendersPositionsOfMultiValueBlocks()
    {
        ArrayType arrayType = new ArrayType(INTEGER);
        Block arrays = blockOf(arrayType, list(1L), null, list(), list(2L, 3L));
        AthenaValueRenderer renderer = AthenaValueRenderer.forType(arrayType);
        assertThat(IntStream.range(0, 4).mapToObj(position -> renderer.render(arrays, position)))
                .containsExactly("[1]", null, "[]", "[2, 3]");

        MapType mapType = new MapType(INTEGER, VARCHAR, TYPE_OPERATORS);
        Block maps = blockOf(mapType, orderedMap(2L, "b", 1L, "a"), orderedMap(), orderedMap(10L, "x", 9L, "y"));
        AthenaValueRenderer mapRenderer = AthenaValueRenderer.forType(mapType);
        assertThat(IntStream.range(0, 3).mapToObj(position -> mapRenderer.render(maps, position)))
                .containsExactly("{1=a, 2=b}", "{}", "{9=y, 10=x}");

        RowType rowType = RowType.from(List.of(field("a", INTEGER)));
        Block rows = blockOf(rowType, list(1L), null, list(3L));
        AthenaValueRenderer rowRenderer = AthenaValueRenderer.forType(rowType);
        assertThat(IntStream.range(0, 3).mapToObj(position -> rowRenderer.render(rows, position)))
                .containsExactly("{a=1}", null, "{a=3}");
    }

    @Test
    void shortTimestampsMatchTrinoText()
    {
        // the fast timestamp(0..6) formatting must agree with Trino's SqlTimestamp, including years outside 0000..9999
        Random random = new Random(483);
        for (int precision = 0; precision <= 6; precision++) {
            Type type = createTimestampType(precision);
            AthenaValueRenderer renderer = AthenaValueRenderer.forType(type);
            long unit = (long) Math.pow(10, 6 - precision);
            for (int sample = 0; sample < 2_000; sample++) {
                // every fourth sample anywhere in about 285,000 years either side of the epoch (mostly outside years 0000..9999), otherwise 300 years around the epoch
                long range = sample % 4 == 0 ? 9_000_000_000_000_000_000L : 9_500_000_000_000_000L;
                long epochMicros = Math.floorDiv(random.nextLong(-range, range), unit) * unit;
                assertMatchesSqlTimestamp(renderer, precision, epochMicros);
            }
            // the edges of the four-digit years
            for (String dateTime : List.of("-0001-12-31T23:59:59.999999", "0000-01-01T00:00:00", "9999-12-31T23:59:59.999999", "+10000-01-01T00:00:00")) {
                assertMatchesSqlTimestamp(renderer, precision, Math.floorDiv(epochMicros(dateTime), unit) * unit);
            }
        }
    }

    private static void assertMatchesSqlTimestamp(AthenaValueRenderer renderer, int precision, long epochMicros)
    {
        Block block = blockOf(renderer.type(), epochMicros);
        assertThat(renderer.render(block, 0))
                .as("timestamp(%s) %s", precision, epochMicros)
                .isEqualTo(renderer.type().getObjectValue(block, 0).toString())
                .isEqualTo(SqlTimestamp.newInstance(precision, epochMicros, 0).toString());
    }

    @Test
    void decimalsAndDatesMatchTrinoText()
    {
        Random random = new Random(483);
        for (int sample = 0; sample < 2_000; sample++) {
            int scale = random.nextInt(19);
            Type shortDecimal = createDecimalType(18, scale);
            long unscaled = random.nextLong(-999_999_999_999_999_999L, 999_999_999_999_999_999L) >> random.nextInt(60);
            assertThat(render(shortDecimal, unscaled)).isEqualTo(SqlDecimal.of(unscaled, 18, scale).toString());

            int longScale = random.nextInt(39);
            Type longDecimal = createDecimalType(38, longScale);
            BigInteger longUnscaled = new BigInteger(random.nextInt(1, 126), random).multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
            assertThat(render(longDecimal, Int128.valueOf(longUnscaled))).isEqualTo(new SqlDecimal(longUnscaled, 38, longScale).toString());

            int days = random.nextInt(-3_000_000, 3_000_000);
            assertThat(render(DATE, (long) days)).isEqualTo(new SqlDate(days).toString());
        }
    }

    private static String render(Type type, Object value)
    {
        return AthenaValueRenderer.forType(type).render(blockOf(type, value), 0);
    }

    private static Object blockOfOtherValue(Rendering rendering)
    {
        Type type = rendering.type();
        if (type instanceof ArrayType) {
            return list();
        }
        if (type instanceof MapType) {
            return orderedMap();
        }
        if (type instanceof RowType) {
            return list(2L, "y");
        }
        return switch (rendering.value()) {
            case Long value -> value + 1_000;
            case String value -> value + "y";
            case byte[] _ -> new byte[] {0};
            case Int128 _ -> int128("-1");
            default -> throw new IllegalArgumentException("no other value for " + rendering.rule());
        };
    }

    private static long realBits(float value)
    {
        return Float.floatToRawIntBits(value);
    }

    private static Int128 int128(String value)
    {
        return Int128.valueOf(new BigInteger(value));
    }

    private static byte[] ipAddress(String text)
    {
        try {
            byte[] address = InetAddress.getByName(text).getAddress();
            if (address.length == 16) {
                return address;
            }
            // Trino stores every address in 16 bytes, IPv4 as an IPv4-mapped IPv6 address
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(address, 0, mapped, 12, 4);
            return mapped;
        }
        catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
