package io.athena4j.local;

import javax.net.ssl.SSLContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

/**
 * The local Athena's admin API ({@code /_athena4j/...} on the server's port; not part of Athena's API): API call counts
 * and fault injection. Get one from {@link AthenaLocal#admin()}. Thread-safe.
 */
public final class AthenaLocalAdmin
{
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    // The call counts document is a flat object of names and whole numbers: {"GetQueryExecution":3,"s3:GetObject":1}
    private static final Pattern COUNT = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*(\\d+)");

    private final URI endpoint;
    private final HttpClient client;

    AthenaLocalAdmin(URI endpoint, Optional<SSLContext> sslContext)
    {
        this.endpoint = requireNonNull(endpoint, "endpoint is null");
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(TIMEOUT);
        sslContext.ifPresent(builder::sslContext);
        this.client = builder.build();
    }

    /**
     * The API calls received since the start or the last {@link #resetCallCounts()}, by operation, sorted: every attempt,
     * so the SDK's retries count, and those answered with an injected fault or an authentication error too. S3 requests
     * appear as {@code s3:GetObject}, {@code s3:ListObjectsV2} and so on.
     */
    public Map<String, Long> callCounts()
    {
        Map<String, Long> counts = new TreeMap<>();
        Matcher matcher = COUNT.matcher(send("GET", "/calls", Optional.empty()));
        while (matcher.find()) {
            counts.put(matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\"), Long.parseLong(matcher.group(2)));
        }
        return counts;
    }

    /** The calls of one operation, 0 if none. */
    public long callCount(String operation)
    {
        return callCounts().getOrDefault(requireNonNull(operation, "operation is null"), 0L);
    }

    public void resetCallCounts()
    {
        send("DELETE", "/calls", Optional.empty());
    }

    /** Replaces the server's fault rules with these, without a seed. */
    public void injectFaults(FaultSpec... faults)
    {
        injectFaults(List.of(faults));
    }

    /** Replaces the server's fault rules with these, without a seed. */
    public void injectFaults(List<FaultSpec> faults)
    {
        configureFaults(faults, "null");
    }

    /**
     * Replaces the server's fault rules. With a seed, which calls a percentage hits is the same from run to run for the
     * same sequence of calls.
     */
    public void injectFaults(List<FaultSpec> faults, long seed)
    {
        configureFaults(faults, Long.toString(seed));
    }

    private void configureFaults(List<FaultSpec> faults, String seed)
    {
        requireNonNull(faults, "faults is null");
        faults.forEach(fault -> requireNonNull(fault, "faults contains null"));
        String body = "{\"seed\":" + seed + ",\"faults\":["
                + faults.stream().map(FaultSpec::toJson).collect(Collectors.joining(",")) + "]}";
        send("PUT", "/faults", Optional.of(body));
    }

    /** Removes every fault rule, those given at start included. */
    public void clearFaults()
    {
        send("DELETE", "/faults", Optional.empty());
    }

    /**
     * The fault rules as the server reports them, with how often each fired:
     * {@code {"seed":42,"faults":[{"kind":"throttle","percent":100,"fired":1}]}}.
     */
    public String faultsJson()
    {
        return send("GET", "/faults", Optional.empty());
    }

    private String send(String method, String path, Optional<String> body)
    {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/_athena4j" + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .method(method, body.map(text -> HttpRequest.BodyPublishers.ofString(text, UTF_8)).orElse(HttpRequest.BodyPublishers.noBody()))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        }
        catch (IOException e) {
            throw new AthenaLocalException("Cannot reach the admin API of athena4j-local at " + request.uri() + ": is the server running?", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AthenaLocalException("Interrupted while calling " + request.uri(), e);
        }
        if (response.statusCode() != 200) {
            throw new AthenaLocalException("The admin API of athena4j-local rejected " + method + " " + request.uri() + " with HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** A JSON string literal. */
    static String quote(String value)
    {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char character = value.charAt(i);
            switch (character) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (character < 0x20) {
                        json.append(String.format("\\u%04x", (int) character));
                    }
                    else {
                        json.append(character);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
