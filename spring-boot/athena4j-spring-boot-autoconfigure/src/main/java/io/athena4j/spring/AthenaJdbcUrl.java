package io.athena4j.spring;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Reads and writes athena4j JDBC URLs, {@code jdbc:athena://Key=Value;...}, as far as the auto-configuration needs:
 * whether a URL is Athena's, and its parameters for dev services. The driver remains the judge of the values.
 */
final class AthenaJdbcUrl
{
    /** Any Athena URL; only {@code jdbc:athena://} is athena4j's, and the driver names the fix for anything else. */
    static final String PREFIX = "jdbc:athena:";
    static final String DRIVER_PREFIX = "jdbc:athena://";
    static final String DRIVER_CLASS_NAME = "io.athena4j.jdbc.AthenaDriver";

    /** {@code AthenaEndpoint=local} asks dev services for a local Athena. */
    static final String LOCAL_ENDPOINT = "local";
    static final Set<String> ENDPOINT_KEYS = Set.of("athenaendpoint", "endpointoverride");

    private AthenaJdbcUrl() {}

    static boolean isAthena(String url)
    {
        return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * The {@code Key=Value} pairs of a {@code jdbc:athena://} URL in their order, keys as written.
     *
     * @throws IllegalArgumentException naming the fix when the URL is not athena4j's or a pair has no {@code =}
     */
    static Map<String, String> parameters(String url)
    {
        requireNonNull(url, "url is null");
        if (!url.regionMatches(true, 0, DRIVER_PREFIX, 0, DRIVER_PREFIX.length())) {
            throw new IllegalArgumentException("Not an athena4j JDBC URL: '%s'; it must start with %s, e.g. %sDatabase=sales;AthenaEndpoint=local"
                    .formatted(url, DRIVER_PREFIX, DRIVER_PREFIX));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : url.substring(DRIVER_PREFIX.length()).split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("The athena4j JDBC URL '%s' has '%s' where a Key=Value pair belongs".formatted(url, pair));
            }
            parameters.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return parameters;
    }

    static String of(Map<String, String> parameters)
    {
        StringBuilder url = new StringBuilder(DRIVER_PREFIX);
        parameters.forEach((key, value) -> url.append(key).append('=').append(value).append(';'));
        return url.toString();
    }

    /** The value of the first parameter whose key is one of {@code keys}, compared as the driver does, ignoring case. */
    static Optional<String> find(Map<String, String> parameters, Set<String> lowerCaseKeys)
    {
        return parameters.entrySet().stream()
                .filter(entry -> lowerCaseKeys.contains(entry.getKey().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Whether the URL asks for a local Athena started by dev services: {@code AthenaEndpoint=local}. */
    static boolean asksForLocalAthena(String url)
    {
        if (url == null || !url.regionMatches(true, 0, DRIVER_PREFIX, 0, DRIVER_PREFIX.length())) {
            return false;
        }
        return find(parameters(url), ENDPOINT_KEYS).filter(LOCAL_ENDPOINT::equalsIgnoreCase).isPresent();
    }
}
