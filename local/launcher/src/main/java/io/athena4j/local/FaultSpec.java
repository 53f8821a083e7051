package io.athena4j.local;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A fault for the local Athena to inject, at start ({@link AthenaLocalOptions.Builder#faults}) or at runtime
 * ({@link AthenaLocalAdmin#injectFaults}). Immutable: the {@code with}-style methods return a new spec.
 *
 * <pre>{@code
 * FaultSpec.throttle().operation("GetQueryExecution").percent(30)    // ThrottlingException "Rate exceeded"
 * FaultSpec.concurrentQueryLimit().operation("StartQueryExecution")  // TooManyRequestsException
 * FaultSpec.internalError().times(2)                                 // InternalServerException, HTTP 500, twice
 * FaultSpec.delay(Duration.ofMillis(200))                            // every call answered 200 ms late
 * FaultSpec.slowQuery(Duration.ofSeconds(5)).queryContains("orders") // 5 s longer RUNNING
 * FaultSpec.failQuery(2, 1301, "TABLE_NOT_FOUND: nope")              // FAILED with this AthenaError
 * }</pre>
 *
 * <p>API faults apply to every operation unless {@link #operation(String)} names one; query faults to every query unless
 * {@link #queryContains(String)} narrows them. Remember that the AWS SDK retries throttling and HTTP 500 answers by
 * itself: count attempts with {@link AthenaLocalAdmin#callCounts()}, or turn retries off in the client.
 */
public final class FaultSpec
{
    private final String kind;
    private final Map<String, String> values;

    private FaultSpec(String kind, Map<String, String> values)
    {
        this.kind = kind;
        this.values = values;
    }

    /** Answers API calls with {@code ThrottlingException} "Rate exceeded" (HTTP 400), as Athena's TPS quotas do. */
    public static FaultSpec throttle()
    {
        return new FaultSpec("throttle", Map.of());
    }

    /** Answers API calls with {@code TooManyRequestsException}, Reason {@code CONCURRENT_QUERY_LIMIT_EXCEEDED} (HTTP 400). */
    public static FaultSpec concurrentQueryLimit()
    {
        return new FaultSpec("concurrent-query-limit", Map.of());
    }

    /** Answers API calls with {@code InternalServerException} (HTTP 500). */
    public static FaultSpec internalError()
    {
        return new FaultSpec("internal-error", Map.of());
    }

    /** Holds API calls this long before answering them normally. */
    public static FaultSpec delay(Duration delay)
    {
        return new FaultSpec("delay", Map.of("millis", Long.toString(positiveMillis(delay))));
    }

    /** Keeps queries RUNNING this much longer before they run; StopQueryExecution still cancels them at once. */
    public static FaultSpec slowQuery(Duration extraRunningTime)
    {
        return new FaultSpec("slow-query", Map.of("millis", Long.toString(positiveMillis(extraRunningTime))));
    }

    /**
     * Fails queries with this AthenaError instead of running them.
     *
     * @param category 1 (SYSTEM), 2 (USER) or 3 (OTHER)
     * @param type Athena's ErrorType, for example 1301 (entity not found)
     * @param message the StateChangeReason and ErrorMessage
     */
    public static FaultSpec failQuery(int category, int type, String message)
    {
        if (category < 1 || category > 3) {
            throw new IllegalArgumentException("category must be 1 (SYSTEM), 2 (USER) or 3 (OTHER): " + category);
        }
        if (type < 0 || type > 9999) {
            throw new IllegalArgumentException("type must be between 0 and 9999: " + type);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("category", Integer.toString(category));
        values.put("type", Integer.toString(type));
        values.put("message", requireNonNull(message, "message is null"));
        return new FaultSpec("fail-query", values);
    }

    /** Only calls of this Athena operation, for example {@code GetQueryExecution}. */
    public FaultSpec operation(String operation)
    {
        return with("operation", noComma(requireNonNull(operation, "operation is null"), "operation"));
    }

    /** Only this share of the matching calls or queries, 0 to 100; drawn from the seed if one is set. */
    public FaultSpec percent(int percent)
    {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be between 0 and 100: " + percent);
        }
        return with("percent", Integer.toString(percent));
    }

    /** At most this many times; afterwards calls and queries pass untouched. */
    public FaultSpec times(int times)
    {
        if (times < 0) {
            throw new IllegalArgumentException("times must not be negative: " + times);
        }
        return with("times", Integer.toString(times));
    }

    /** Query faults only: only queries whose text contains this. */
    public FaultSpec queryContains(String text)
    {
        return with("queryContains", noComma(requireNonNull(text, "text is null"), "queryContains"));
    }

    /** The kind: {@code throttle}, {@code concurrent-query-limit}, {@code internal-error}, {@code delay}, {@code slow-query} or {@code fail-query}. */
    public String kind()
    {
        return kind;
    }

    /** The option's value, as the server's command line spells it. */
    public Optional<String> value(String key)
    {
        return Optional.ofNullable(values.get(key));
    }

    /** The server's {@code --fault} form: {@code kind:key=value,...}, with {@code message} last because it may hold commas. */
    public String toCommandLine()
    {
        StringBuilder text = new StringBuilder(kind);
        String separator = ":";
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!entry.getKey().equals("message")) {
                text.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
                separator = ",";
            }
        }
        if (values.containsKey("message")) {
            text.append(separator).append("message=").append(values.get("message"));
        }
        return text.toString();
    }

    /** The admin API's form: {@code {"kind":"throttle","operation":"GetQueryExecution"}}. */
    public String toJson()
    {
        StringBuilder json = new StringBuilder("{\"kind\":").append(AthenaLocalAdmin.quote(kind));
        for (Map.Entry<String, String> entry : values.entrySet()) {
            json.append(',').append(AthenaLocalAdmin.quote(entry.getKey())).append(':').append(AthenaLocalAdmin.quote(entry.getValue()));
        }
        return json.append('}').toString();
    }

    @Override
    public String toString()
    {
        return toCommandLine();
    }

    private FaultSpec with(String key, String value)
    {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new FaultSpec(kind, copy);
    }

    private static String noComma(String value, String name)
    {
        if (value.indexOf(',') >= 0) {
            throw new IllegalArgumentException(name + " must not contain ',', which separates the options of --fault: '" + value + "'");
        }
        return value;
    }

    private static long positiveMillis(Duration duration)
    {
        requireNonNull(duration, "duration is null");
        if (duration.isNegative() || duration.isZero() || duration.toMillis() == 0) {
            throw new IllegalArgumentException("duration must be at least 1 ms: " + duration);
        }
        return duration.toMillis();
    }
}
