package io.athena4j.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The reliability suite's scale switch and the figures it reports. {@code -Dathena4j.reliability.scale=10} multiplies
 * the generated values, queries and threads' work of every reliability test by ten (default 1). The figures (values
 * fuzzed, faults injected, queries run, evictions, leaked threads…) are summed over the run and printed on standard
 * output when the test run ends, so they show in the Maven output.
 */
final class ReliabilityRun
        implements BeforeAllCallback
{
    static final String SCALE_PROPERTY = "athena4j.reliability.scale";
    static final String SEED_PROPERTY = "athena4j.reliability.seed";

    private static final Namespace NAMESPACE = Namespace.create(ReliabilityRun.class);
    private static final Map<String, LongAdder> FIGURES = new ConcurrentHashMap<>();

    /** How many times the default workload to run: {@value #SCALE_PROPERTY}, a positive integer, default 1. */
    static int scale()
    {
        String value = System.getProperty(SCALE_PROPERTY, "1").trim();
        try {
            int scale = Integer.parseInt(value);
            if (scale >= 1) {
                return scale;
            }
        }
        catch (NumberFormatException ignored) {
            // reported below with the fix
        }
        throw new IllegalArgumentException("-D" + SCALE_PROPERTY + "=" + value + " is not a positive integer; use e.g. -D" + SCALE_PROPERTY + "=10");
    }

    /** The base seed: {@value #SEED_PROPERTY} to repeat a failed run, otherwise a fixed default so runs are repeatable. */
    static long baseSeed()
    {
        String value = System.getProperty(SEED_PROPERTY, "20260521").trim();
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + "=" + value + " is not a long; use the seed a failure printed", e);
        }
    }

    static void add(String figure, long amount)
    {
        FIGURES.computeIfAbsent(figure, key -> new LongAdder()).add(amount);
    }

    static long get(String figure)
    {
        LongAdder adder = FIGURES.get(figure);
        return adder == null ? 0 : adder.sum();
    }

    /** Prints one test class's figures now, and registers the whole run's summary for the end of the run. */
    static void print(String testClass, Map<String, ?> figures)
    {
        StringBuilder line = new StringBuilder("[reliability] ").append(testClass).append(':');
        figures.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
        System.out.println(line);
    }

    @Override
    public void beforeAll(ExtensionContext context)
    {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Summary.class, key -> new Summary(), Summary.class);
    }

    /** Closed by JUnit when the run ends (root store values that are AutoCloseable). */
    private static final class Summary
            implements AutoCloseable
    {
        @Override
        public void close()
        {
            Map<String, Long> sorted = new TreeMap<>();
            FIGURES.forEach((name, adder) -> sorted.put(name, adder.sum()));
            System.out.println("[reliability] ==== figures of this run (scale " + scale() + ") ====");
            sorted.forEach((name, value) -> System.out.printf(Locale.ROOT, "[reliability] %-40s %,d%n", name, value));
        }
    }
}
