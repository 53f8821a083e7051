package io.athena4j.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * Generates parameter values that are hard to bind: strings built from SQL's and JSON's special characters (quotes,
 * backslashes, {@code ?}, comment markers, newlines, NUL, surrogate pairs) and occasionally very long; numbers at their
 * extremes, NaN, ±Infinity, -0.0; decimals at 38 digits; dates and timestamps at the edges of years 0001 and 9999, the
 * Gregorian switch and the epoch, with millisecond and microsecond fractions. Deterministic for a seed.
 */
final class FuzzValues
{
    private static final List<String> STRING_PIECES = List.of(
            "'", "''", "\\", "\\'", "?", "??", "--", "/*", "*/", "\n", "\r\n", "\t", "\0", "\"", ";", "$$", "E'", "U&'",
            "%", "_", "`", "' OR '1'='1", "'); DROP TABLE t; --", "\\u0027", "{", "}", "[", "]", "=", ", ", "null", "NULL",
            "😀", "\uD834\uDD1E", "é", "ß", "中文", "\u2028", "\uFEFF", "\u007F", " ", "a", "Z", "0", ":name", "${x}", "\\\\");

    private static final List<LocalDate> EDGE_DATES = List.of(
            LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(1582, 10, 4), LocalDate.of(1582, 10, 15),
            LocalDate.of(1970, 1, 1), LocalDate.of(1969, 12, 31), LocalDate.of(1900, 2, 28), LocalDate.of(2000, 2, 29),
            LocalDate.of(1899, 12, 31), LocalDate.of(2038, 1, 19));

    private static final long MIN_EPOCH_DAY = LocalDate.of(1, 1, 1).toEpochDay();
    private static final long MAX_EPOCH_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private final SplittableRandom random;

    FuzzValues(long seed)
    {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(int percent)
    {
        return random.nextInt(100) < percent;
    }

    int nextInt(int bound)
    {
        return random.nextInt(bound);
    }

    /** A string of special pieces and random code points; {@code maxLength} caps the very long ones. */
    String string(int maxLength)
    {
        int kind = random.nextInt(100);
        if (kind < 3) {
            return "";
        }
        int length = kind < 5 ? random.nextInt(maxLength / 2, maxLength + 1) : random.nextInt(1, 40);
        StringBuilder out = new StringBuilder(length + 8);
        while (out.length() < length) {
            int piece = random.nextInt(10);
            if (piece < 5) {
                out.append(STRING_PIECES.get(random.nextInt(STRING_PIECES.size())));
            }
            else if (piece < 8) {
                out.append((char) random.nextInt(' ', 127));
            }
            else {
                out.appendCodePoint(codePoint());
            }
        }
        return out.toString();
    }

    /** Any Unicode scalar value: no lone surrogates, which no UTF-8 text can carry. */
    private int codePoint()
    {
        while (true) {
            int codePoint = random.nextInt(random.nextBoolean() ? 0x800 : Character.MAX_CODE_POINT + 1);
            if (!(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
                return codePoint;
            }
        }
    }

    long bigint()
    {
        return switch (random.nextInt(8)) {
            case 0 -> Long.MIN_VALUE;
            case 1 -> Long.MAX_VALUE;
            case 2 -> random.nextLong(-2, 3);
            case 3 -> Long.MIN_VALUE + random.nextInt(3);
            case 4 -> Long.MAX_VALUE - random.nextInt(3);
            default -> random.nextLong();
        };
    }

    long integral(long min, long max)
    {
        return switch (random.nextInt(6)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> random.nextLong(-1, 2);
            default -> random.nextLong(min, max + 1);
        };
    }

    double doubleValue()
    {
        return switch (random.nextInt(14)) {
            case 0 -> Double.NaN;
            case 1 -> Double.POSITIVE_INFINITY;
            case 2 -> Double.NEGATIVE_INFINITY;
            case 3 -> -0.0;
            case 4 -> Double.MIN_VALUE;
            case 5 -> random.nextBoolean() ? Double.MAX_VALUE : -Double.MAX_VALUE;
            case 6 -> Double.MIN_NORMAL;
            case 7 -> 0.1 + 0.2;
            case 8, 9 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-20, 21));
            default -> {
                double value = Double.longBitsToDouble(random.nextLong());
                yield Double.isNaN(value) ? 1.0 / 3 : value;
            }
        };
    }

    float realValue()
    {
        return switch (random.nextInt(12)) {
            case 0 -> Float.NaN;
            case 1 -> Float.POSITIVE_INFINITY;
            case 2 -> Float.NEGATIVE_INFINITY;
            case 3 -> -0.0f;
            case 4 -> Float.MIN_VALUE;
            case 5 -> random.nextBoolean() ? Float.MAX_VALUE : -Float.MAX_VALUE;
            case 6 -> 0.1f;
            default -> {
                float value = Float.intBitsToFloat(random.nextInt());
                yield Float.isNaN(value) ? 1.0f / 3 : value;
            }
        };
    }

    /** A decimal with at most {@code integerDigits} integer and exactly {@code scale} fraction digits' room. */
    BigDecimal decimal(int integerDigits, int scale)
    {
        int precision = integerDigits + scale;
        BigInteger unscaled = switch (random.nextInt(6)) {
            case 0 -> BigInteger.TEN.pow(precision).subtract(BigInteger.ONE); // all nines: the maximum
            case 1 -> BigInteger.ONE;
            case 2 -> BigInteger.ZERO;
            default -> new BigInteger(precision * 4, new java.util.Random(random.nextLong())).mod(BigInteger.TEN.pow(precision));
        };
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        BigDecimal value = new BigDecimal(unscaled, scale);
        // Bind with fewer fraction digits sometimes: the column's scale must still come back.
        return random.nextInt(4) == 0 ? value.stripTrailingZeros() : value;
    }

    /** A decimal of any precision up to 38 and any scale up to its precision, as an echo of itself. */
    BigDecimal anyDecimal()
    {
        int precision = random.nextInt(1, 39);
        int scale = random.nextInt(0, precision + 1);
        return decimal(precision - scale, scale);
    }

    LocalDate date()
    {
        if (random.nextInt(3) == 0) {
            return EDGE_DATES.get(random.nextInt(EDGE_DATES.size()));
        }
        return LocalDate.ofEpochDay(random.nextLong(MIN_EPOCH_DAY, MAX_EPOCH_DAY + 1));
    }

    /** A timestamp with {@code fractionDigits} (3 or 6) digits of second fraction. */
    LocalDateTime timestamp(int fractionDigits)
    {
        LocalDate date = date();
        LocalTime time = switch (random.nextInt(5)) {
            case 0 -> LocalTime.MIDNIGHT;
            case 1 -> LocalTime.MAX;
            default -> LocalTime.ofNanoOfDay(random.nextLong(LocalTime.MAX.toNanoOfDay() + 1));
        };
        LocalDateTime value = date.atTime(time);
        return value.truncatedTo(fractionDigits == 3 ? ChronoUnit.MILLIS : ChronoUnit.MICROS);
    }

    OffsetDateTime timestampWithTimeZone()
    {
        // Whole-minute offsets from -14:00 to +14:00, the range Trino accepts; dates away from the year edges so the
        // instant stays in range in UTC.
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-14 * 60, 14 * 60 + 1) * 60);
        LocalDate date = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(2, 1, 1).toEpochDay(), LocalDate.of(9998, 12, 31).toEpochDay()));
        return date.atTime(LocalTime.ofNanoOfDay(random.nextLong(LocalTime.MAX.toNanoOfDay() + 1))).truncatedTo(ChronoUnit.MILLIS).atOffset(offset);
    }

    byte[] bytes()
    {
        byte[] bytes = new byte[random.nextInt(0, 48)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (random.nextInt(4) == 0 ? "'\\\0?".charAt(random.nextInt(4)) : random.nextInt(256));
        }
        return bytes;
    }

    static String describe(Object value)
    {
        requireNonNull(value, "value is null");
        String text = value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : value.toString();
        String escaped = text.codePoints().collect(StringBuilder::new,
                (out, codePoint) -> {
                    if (codePoint < 0x20 || codePoint == 0x7F || codePoint > 0x7E) {
                        out.append(String.format("\\u{%X}", codePoint));
                    }
                    else {
                        out.appendCodePoint(codePoint);
                    }
                }, StringBuilder::append).toString();
        return escaped.length() <= 200 ? escaped : escaped.substring(0, 200) + "… (" + text.length() + " chars)";
    }
}
