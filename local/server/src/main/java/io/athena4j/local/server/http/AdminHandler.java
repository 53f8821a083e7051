package io.athena4j.local.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.athena4j.local.server.fault.CallCounter;
import io.athena4j.local.server.fault.FaultInjector;
import io.athena4j.local.server.fault.FaultKind;
import io.athena4j.local.server.fault.FaultRule;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * The admin API, which is not Athena's: JSON under {@code /_athena4j/}.
 *
 * <ul>
 * <li>{@code GET /_athena4j/calls}: API calls received per operation, {@code {"GetQueryExecution":3,...}}; S3 requests
 * are counted as {@code s3:GetObject} and so on.</li>
 * <li>{@code DELETE /_athena4j/calls} or {@code POST /_athena4j/calls/reset}: sets every count to zero.</li>
 * <li>{@code GET /_athena4j/faults}: the fault rules, {@code {"seed":42,"faults":[{"kind":"throttle",...,"fired":1}]}}.</li>
 * <li>{@code PUT} or {@code POST /_athena4j/faults} with {@code {"seed":42,"faults":[{"kind":"throttle","operation":
 * "GetQueryExecution","percent":50}]}}: replaces the rules.</li>
 * <li>{@code DELETE /_athena4j/faults}: removes every rule.</li>
 * </ul>
 */
final class AdminHandler
{
    private final CallCounter callCounter;
    private final FaultInjector faults;
    private final ObjectMapper mapper = new ObjectMapper();

    AdminHandler(CallCounter callCounter, FaultInjector faults)
    {
        this.callCounter = requireNonNull(callCounter, "callCounter is null");
        this.faults = requireNonNull(faults, "faults is null");
    }

    void handle(HttpExchange exchange)
            throws IOException
    {
        String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath().substring(LocalHttpRouter.ADMIN_PATH.length());
        try {
            switch (route) {
                case "GET /calls" -> send(exchange, 200, mapper.valueToTree(callCounter.snapshot()));
                case "DELETE /calls", "POST /calls/reset" -> {
                    callCounter.reset();
                    send(exchange, 200, mapper.valueToTree(callCounter.snapshot()));
                }
                case "GET /faults" -> send(exchange, 200, faultsDocument());
                case "PUT /faults", "POST /faults" -> {
                    configure(mapper.readTree(exchange.getRequestBody()));
                    send(exchange, 200, faultsDocument());
                }
                case "DELETE /faults" -> {
                    faults.configure(List.of(), OptionalLong.empty());
                    send(exchange, 200, faultsDocument());
                }
                default -> send(exchange, 404, error("No admin resource " + route + "; expected GET|DELETE " + LocalHttpRouter.ADMIN_PATH + "/calls, POST "
                        + LocalHttpRouter.ADMIN_PATH + "/calls/reset, GET|PUT|POST|DELETE " + LocalHttpRouter.ADMIN_PATH + "/faults"));
            }
        }
        catch (IllegalArgumentException | IOException e) {
            send(exchange, 400, error(e.getMessage()));
        }
    }

    private void configure(JsonNode document)
    {
        if (document == null || !document.isObject()) {
            throw new IllegalArgumentException("Expected a JSON object {\"seed\": 42, \"faults\": [{\"kind\": \"throttle\", ...}]}");
        }
        OptionalLong seed = document.hasNonNull("seed") ? OptionalLong.of(document.get("seed").asLong()) : OptionalLong.empty();
        List<FaultRule> rules = new ArrayList<>();
        JsonNode list = document.path("faults");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new IllegalArgumentException("\"faults\" must be an array of fault objects");
        }
        for (JsonNode fault : list) {
            if (!fault.isObject() || !fault.hasNonNull("kind")) {
                throw new IllegalArgumentException("Every fault needs a \"kind\": " + fault);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = fault.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("kind") && !field.getValue().isNull()) {
                    values.put(field.getKey(), field.getValue().asText());
                }
            }
            rules.add(FaultRule.of(FaultKind.fromExternalName(fault.get("kind").asText()), values));
        }
        faults.configure(rules, seed);
    }

    private ObjectNode faultsDocument()
    {
        ObjectNode document = mapper.createObjectNode();
        OptionalLong seed = faults.seed();
        if (seed.isPresent()) {
            document.put("seed", seed.getAsLong());
        }
        else {
            document.putNull("seed");
        }
        ArrayNode list = document.putArray("faults");
        for (FaultInjector.FiredRule rule : faults.rules()) {
            ObjectNode fault = mapper.valueToTree(rule.rule().toValues());
            fault.put("fired", rule.fired());
            list.add(fault);
        }
        return document;
    }

    private ObjectNode error(String message)
    {
        ObjectNode error = mapper.createObjectNode();
        error.put("error", message);
        return error;
    }

    private void send(HttpExchange exchange, int status, JsonNode body)
            throws IOException
    {
        byte[] bytes = mapper.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
