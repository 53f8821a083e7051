package io.athena4j.bench;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What one scenario measured.
 *
 * @param id a stable key for the JSON result, e.g. {@code fetch-getqueryresults}
 * @param goal the goal as the benchmark issue states it
 * @param note why the verdict is what it is, in one or two sentences
 */
record ScenarioResult(int number, String id, String title, String goal, List<Comparison> comparisons, Verdict verdict, String note)
{
    ScenarioResult
    {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(goal, "goal is null");
        comparisons = List.copyOf(comparisons);
        requireNonNull(verdict, "verdict is null");
        requireNonNull(note, "note is null");
    }
}
