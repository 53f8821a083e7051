package io.athena4j.bench;

import java.util.Locale;

/** Small formatting and arithmetic shared by the scenarios. */
final class Rates
{
    private Rates() {}

    static double perSecond(long count, long nanos)
    {
        if (nanos <= 0) {
            throw new IllegalArgumentException("elapsed time must be positive: " + nanos + " ns");
        }
        return count * 1e9 / nanos;
    }

    static double millis(long nanos)
    {
        return nanos / 1e6;
    }

    static String rows(int rows)
    {
        if (rows >= 1_000_000 && rows % 1_000_000 == 0) {
            return rows / 1_000_000 + "M rows";
        }
        if (rows >= 1_000 && rows % 1_000 == 0) {
            return rows / 1_000 + "k rows";
        }
        return rows + " rows";
    }

    static String number(double value)
    {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
