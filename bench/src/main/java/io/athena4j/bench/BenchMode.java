package io.athena4j.bench;

import java.util.List;
import java.util.Locale;

/**
 * How much each scenario does. {@code full} runs every size the benchmark issue names with more repetitions;
 * {@code short} runs smaller sizes and fewer repetitions so that it finishes in under 5 minutes on a 2-core machine
 * (the 1M-row sizes of scenarios 1 and 2 alone take minutes there); {@code smoke} only proves the harness works (the
 * build's test).
 *
 * @param fetchRows result sizes of scenario 1
 * @param s3FetchRows result sizes of scenario 2
 * @param streamingRows rows read under {@code -Xmx64m} in scenario 3
 * @param overheadQueries repetitions of each query of scenario 4
 * @param insertRows rows inserted per variant in scenario 5
 * @param readRows rows of each entity read in scenario 6
 */
record BenchMode(
        String name,
        List<Integer> fetchRows,
        List<Integer> s3FetchRows,
        int fetchRepetitions,
        int streamingRows,
        int overheadQueries,
        int insertRows,
        int insertRepetitions,
        int readRepetitions,
        int readRows,
        boolean warmUp)
{
    static final BenchMode SMOKE = new BenchMode("smoke", List.of(2_000), List.of(2_000), 1, 2_000, 2, 1_000, 1, 1, 1_000, false);
    static final BenchMode SHORT = new BenchMode("short", List.of(10_000, 100_000), List.of(100_000), 3, 200_000, 8, 10_000, 1, 3, 50_000, true);
    static final BenchMode FULL = new BenchMode("full", List.of(10_000, 100_000, 1_000_000), List.of(100_000, 1_000_000), 5, 1_000_000, 50, 100_000, 3, 5, 100_000, true);

    BenchMode
    {
        fetchRows = List.copyOf(fetchRows);
        s3FetchRows = List.copyOf(s3FetchRows);
    }

    static BenchMode named(String name)
    {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "smoke" -> SMOKE;
            case "short" -> SHORT;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("Unknown benchmark mode '" + name + "': use short, full or smoke");
        };
    }
}
