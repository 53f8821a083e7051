package io.athena4j.local.server.fault;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import static java.util.Objects.requireNonNull;

/**
 * Counts the API calls the server received, per operation: every attempt, including those answered with an injected
 * fault or an authentication error, so a test sees the SDK's retries.
 */
public final class CallCounter
{
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void record(String operation)
    {
        counts.computeIfAbsent(requireNonNull(operation, "operation is null"), _ -> new LongAdder()).increment();
    }

    /** The counts by operation name, sorted; operations never called are absent. */
    public Map<String, Long> snapshot()
    {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((operation, count) -> {
            long value = count.sum();
            if (value > 0) {
                snapshot.put(operation, value);
            }
        });
        return snapshot;
    }

    public void reset()
    {
        counts.clear();
    }
}
