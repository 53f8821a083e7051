package io.athena4j.local.server.fault;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a fault rule does, by the name used on the command line and in the admin API.
 */
public enum FaultKind
{
    /** Answers an API call with {@code ThrottlingException} "Rate exceeded" (HTTP 400), as Athena's TPS quota does. */
    THROTTLE("throttle", true),
    /** Answers an API call with {@code TooManyRequestsException}, Reason {@code CONCURRENT_QUERY_LIMIT_EXCEEDED}. */
    CONCURRENT_QUERY_LIMIT("concurrent-query-limit", true),
    /** Answers an API call with {@code InternalServerException} (HTTP 500). */
    INTERNAL_ERROR("internal-error", true),
    /** Delays an API call by {@code millis} before answering it normally. */
    DELAY("delay", true),
    /** Keeps a query RUNNING {@code millis} longer before it runs. */
    SLOW_QUERY("slow-query", false),
    /** Fails a query with the given AthenaError category, type and message instead of running it. */
    FAIL_QUERY("fail-query", false);

    private final String externalName;
    private final boolean apiCall;

    FaultKind(String externalName, boolean apiCall)
    {
        this.externalName = externalName;
        this.apiCall = apiCall;
    }

    public String externalName()
    {
        return externalName;
    }

    /** Whether the rule applies to API calls (true) or to query executions (false). */
    public boolean appliesToApiCalls()
    {
        return apiCall;
    }

    public static FaultKind fromExternalName(String name)
    {
        String normalized = name.trim().toLowerCase(Locale.ROOT);
        for (FaultKind kind : values()) {
            if (kind.externalName.equals(normalized)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown fault kind '" + name + "': expected one of "
                + Arrays.stream(values()).map(FaultKind::externalName).collect(Collectors.joining(", ")));
    }
}
