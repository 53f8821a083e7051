package io.athena4j.local.server.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * One fault to inject.
 *
 * @param operation the Athena operation it applies to (API faults), for example {@code GetQueryExecution}; empty for all
 * @param percent the share of matching calls or queries it hits, 0 to 100
 * @param times how many times at most it fires; empty for no limit
 * @param duration the delay of {@link FaultKind#DELAY}, the extra running time of {@link FaultKind#SLOW_QUERY}
 * @param queryContains query faults hit only queries whose text contains this; empty for all queries
 * @param errorCategory {@link FaultKind#FAIL_QUERY}'s AthenaError.ErrorCategory (1 system, 2 user, 3 other)
 * @param errorType {@link FaultKind#FAIL_QUERY}'s AthenaError.ErrorType
 * @param message {@link FaultKind#FAIL_QUERY}'s error message, or the message of an API error
 */
public record FaultRule(
        FaultKind kind,
        Optional<String> operation,
        int percent,
        OptionalInt times,
        Duration duration,
        Optional<String> queryContains,
        int errorCategory,
        int errorType,
        Optional<String> message)
{
    public FaultRule
    {
        requireNonNull(kind, "kind is null");
        requireNonNull(operation, "operation is null");
        requireNonNull(times, "times is null");
        requireNonNull(duration, "duration is null");
        requireNonNull(queryContains, "queryContains is null");
        requireNonNull(message, "message is null");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be between 0 and 100: " + percent);
        }
        if (times.isPresent() && times.getAsInt() < 0) {
            throw new IllegalArgumentException("times must not be negative: " + times.getAsInt());
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("millis must not be negative: " + duration.toMillis());
        }
        if (errorCategory < 1 || errorCategory > 3) {
            throw new IllegalArgumentException("category must be 1 (SYSTEM), 2 (USER) or 3 (OTHER): " + errorCategory);
        }
        if (errorType < 0 || errorType > 9999) {
            throw new IllegalArgumentException("type must be between 0 and 9999: " + errorType);
        }
        if ((kind == FaultKind.DELAY || kind == FaultKind.SLOW_QUERY) && duration.isZero()) {
            throw new IllegalArgumentException(kind.externalName() + " needs millis, for example " + kind.externalName() + ":millis=500");
        }
        if (!kind.appliesToApiCalls() && operation.isPresent()) {
            throw new IllegalArgumentException(kind.externalName() + " applies to queries, not to operations; use queryContains to choose queries");
        }
    }

    /**
     * Parses the command-line form {@code kind[:key=value,...]}, for example {@code throttle:operation=GetQueryExecution,percent=50}.
     * Keys: {@code operation}, {@code percent}, {@code times}, {@code millis}, {@code queryContains}, {@code category},
     * {@code type} and {@code message}; {@code message} must come last and runs to the end, commas included.
     */
    public static FaultRule parse(String specification)
    {
        requireNonNull(specification, "specification is null");
        int colon = specification.indexOf(':');
        FaultKind kind = FaultKind.fromExternalName(colon < 0 ? specification : specification.substring(0, colon));
        Map<String, String> values = new LinkedHashMap<>();
        if (colon >= 0) {
            String rest = specification.substring(colon + 1);
            while (!rest.isEmpty()) {
                if (rest.startsWith("message=")) {
                    values.put("message", rest.substring("message=".length()));
                    break;
                }
                int comma = rest.indexOf(',');
                String pair = comma < 0 ? rest : rest.substring(0, comma);
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException("Fault option '" + pair + "' in '" + specification + "' is not key=value");
                }
                values.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                rest = comma < 0 ? "" : rest.substring(comma + 1);
            }
        }
        return of(kind, values);
    }

    /**
     * Builds a rule from named values as the command line and the admin API spell them; unknown keys are rejected.
     */
    public static FaultRule of(FaultKind kind, Map<String, String> values)
    {
        Map<String, String> remaining = new LinkedHashMap<>(values);
        Optional<String> operation = Optional.ofNullable(remaining.remove("operation")).filter(value -> !value.equals("*") && !value.isEmpty());
        int percent = integer(remaining.remove("percent"), "percent").orElse(100);
        OptionalInt times = integer(remaining.remove("times"), "times");
        Duration duration = Duration.ofMillis(integer(remaining.remove("millis"), "millis").orElse(0));
        Optional<String> queryContains = Optional.ofNullable(remaining.remove("queryContains"));
        int category = integer(remaining.remove("category"), "category").orElse(2);
        int type = integer(remaining.remove("type"), "type").orElse(1000);
        Optional<String> message = Optional.ofNullable(remaining.remove("message"));
        if (!remaining.isEmpty()) {
            throw new IllegalArgumentException("Unknown fault option(s) " + new ArrayList<>(remaining.keySet())
                    + ": expected operation, percent, times, millis, queryContains, category, type or message");
        }
        return new FaultRule(kind, operation, percent, times, duration, queryContains, category, type, message);
    }

    /** The rule as named values, the form the admin API reports. */
    public Map<String, Object> toValues()
    {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", kind.externalName());
        operation.ifPresent(value -> values.put("operation", value));
        values.put("percent", percent);
        times.ifPresent(value -> values.put("times", value));
        if (!duration.isZero()) {
            values.put("millis", duration.toMillis());
        }
        queryContains.ifPresent(value -> values.put("queryContains", value));
        if (kind == FaultKind.FAIL_QUERY) {
            values.put("category", errorCategory);
            values.put("type", errorType);
        }
        message.ifPresent(value -> values.put("message", value));
        return values;
    }

    private static OptionalInt integer(String value, String name)
    {
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.trim()));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("Fault option " + name + " must be an integer: '" + value + "'", e);
        }
    }
}
