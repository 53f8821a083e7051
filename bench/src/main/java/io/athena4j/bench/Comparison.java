package io.athena4j.bench;

import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One case of a scenario: what athena4j did and, where the scenario has one, the baseline measured in the same run.
 * Ratios are per repetition (baseline and candidate alternate), oriented so that above 1 means athena4j is better.
 *
 * @param label the case, e.g. {@code 100k rows}
 * @param unit the unit of {@code candidate} and {@code baseline}, e.g. {@code rows/s}
 * @param details further figures of the case (API calls, bytes per query, ...), shown as they are
 */
record Comparison(String label, String unit, Samples candidate, Optional<Samples> baseline, Optional<Samples> ratio, Map<String, String> details)
{
    Comparison
    {
        requireNonNull(label, "label is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(candidate, "candidate is null");
        requireNonNull(baseline, "baseline is null");
        requireNonNull(ratio, "ratio is null");
        details = Map.copyOf(details);
    }

    static Comparison alone(String label, String unit, Samples candidate, Map<String, String> details)
    {
        return new Comparison(label, unit, candidate, Optional.empty(), Optional.empty(), details);
    }

    static Comparison against(String label, String unit, Samples candidate, Samples baseline, Samples ratio, Map<String, String> details)
    {
        return new Comparison(label, unit, candidate, Optional.of(baseline), Optional.of(ratio), details);
    }
}
