package io.athena4j.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random values for the round-trip property test, from a fixed seed: strings made of what breaks text renderings
 * ({@code , = { } [ ] " \ '} and newlines, JSON look-alikes, NUL, astral characters), NULLs at every level, empty
 * collections, the extremes of every number type, non-finite floats, and timestamps at milliseconds or microseconds
 * from year 1 to 9999.
 */
final class RandomValues
{
    private static final String[] PIECES = {
            ",", ", ", "=", "{", "}", "[", "]", "\"", "\\", "'", "''", "\n", "\r\n", "\t", ":", "null", "NULL", "é", "😀", "中文",
            "a", "Z", "0", "{\"a\":1}", "[1, 2]", "k=v", "{k=v}", "\u0001", "\u0000", " ", "\\n", "\\\"", "NaN", "true"};
    private static final double[] DOUBLES = {
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 0.1, 1.0 / 3, 1e20, 1e7, 1e-7};
    private static final float[] FLOATS = {
            Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, 0.1f, 1.0f / 3};
    private static final long[] LONGS = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE + 1L};
    private static final LocalDateTime FIRST = LocalDateTime.of(1, 1, 1, 0, 0);
    private static final LocalDateTime LAST = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);
    private static final long FIRST_SECOND = FIRST.toEpochSecond(ZoneOffset.UTC);
    private static final long LAST_SECOND = LAST.toEpochSecond(ZoneOffset.UTC);
    private static final BigInteger MAX_UNSCALED_18 = BigInteger.TEN.pow(18).subtract(BigInteger.ONE);

    private final Random random;

    RandomValues(long seed)
    {
        random = new Random(seed);
    }

    boolean chance(int percent)
    {
        return random.nextInt(100) < percent;
    }

    <T> T orNull(Supplier<T> value)
    {
        return chance(8) ? null : value.get();
    }

    String string()
    {
        if (chance(5)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int pieces = 1 + random.nextInt(5); pieces > 0; pieces--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    int integer()
    {
        return chance(20) ? (random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE) : random.nextInt(2001) - 1000;
    }

    long bigint()
    {
        return chance(30) ? LONGS[random.nextInt(LONGS.length)] : random.nextLong();
    }

    double dbl()
    {
        return chance(40) ? DOUBLES[random.nextInt(DOUBLES.length)] : random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
    }

    float real()
    {
        return chance(40) ? FLOATS[random.nextInt(FLOATS.length)] : (float) (random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10));
    }

    byte tiny()
    {
        return chance(30) ? (random.nextBoolean() ? Byte.MIN_VALUE : Byte.MAX_VALUE) : (byte) random.nextInt();
    }

    short small()
    {
        return chance(30) ? (random.nextBoolean() ? Short.MIN_VALUE : Short.MAX_VALUE) : (short) random.nextInt();
    }

    /** decimal(18, 6), its extremes included. */
    BigDecimal decimal()
    {
        BigInteger unscaled = chance(20) ? (random.nextBoolean() ? MAX_UNSCALED_18 : MAX_UNSCALED_18.negate())
                : new BigInteger(59, random).mod(MAX_UNSCALED_18).multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
        return new BigDecimal(unscaled, 6);
    }

    /** A timestamp with {@code digits} (3 or 6) fraction digits, mostly in 1900–2100, sometimes at year 1 or 9999. */
    LocalDateTime timestamp(int digits)
    {
        ChronoUnit unit = digits == 3 ? ChronoUnit.MILLIS : ChronoUnit.MICROS;
        if (chance(5)) {
            return random.nextBoolean() ? FIRST : LAST.truncatedTo(unit);
        }
        long second = chance(20) ? FIRST_SECOND + (long) (random.nextDouble() * (LAST_SECOND - FIRST_SECOND))
                : LocalDateTime.of(1900, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) + (long) (random.nextDouble() * 200 * 365.25 * 86_400);
        int nanos = digits == 3 ? random.nextInt(1000) * 1_000_000 : random.nextInt(1_000_000) * 1_000;
        return LocalDateTime.ofEpochSecond(second, nanos, ZoneOffset.UTC);
    }

    LocalDate date()
    {
        return timestamp(3).toLocalDate();
    }

    UUID uuid()
    {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** 0 to 4 elements, each NULL now and then. */
    <T> List<T> list(Supplier<T> element)
    {
        List<T> list = new ArrayList<>();
        for (int size = random.nextInt(5); size > 0; size--) {
            list.add(chance(10) ? null : element.get());
        }
        return list;
    }

    /** 0 to 3 entries, values NULL now and then. */
    <K, V> Map<K, V> map(Supplier<K> key, Supplier<V> value)
    {
        Map<K, V> map = new LinkedHashMap<>();
        for (int size = random.nextInt(4); size > 0; size--) {
            map.put(key.get(), chance(10) ? null : value.get());
        }
        return map;
    }
}
