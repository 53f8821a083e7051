package io.athena4j.local.server.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.athena4j.local.server.AthenaServiceException;
import io.athena4j.local.server.catalog.CatalogService;
import io.athena4j.local.server.query.QueryExecutionService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import static java.util.Objects.requireNonNull;

/**
 * Athena's wire protocol: AWS JSON 1.1, {@code POST /} with {@code X-Amz-Target: AmazonAthena.<Operation>}.
 *
 * <p>Signatures are checked in front of this handler, if at all ({@code --require-auth}). Errors are answered byte for byte as Athena answers them: HTTP 400 (500 for
 * internal errors) with {@code __type}, {@code Message} and, for InvalidRequestException, {@code AthenaErrorCode} and its
 * duplicate {@code ErrorCode}; there is no {@code x-amzn-errortype} header.
 */
public final class AthenaHttpHandler
        implements HttpHandler
{
    private static final Logger LOG = Logger.getLogger(AthenaHttpHandler.class.getName());
    private static final String TARGET_PREFIX = "AmazonAthena.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory jsonFactory = mapper.getFactory();
    private final AthenaOperations operations;

    public AthenaHttpHandler(QueryExecutionService queries, CatalogService catalog, Instant startTime)
    {
        this.operations = new AthenaOperations(requireNonNull(queries, "queries is null"), requireNonNull(catalog, "catalog is null"), requireNonNull(startTime, "startTime is null"));
    }

    @Override
    public void handle(HttpExchange exchange)
            throws IOException
    {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                respondToProbe(exchange);
                return;
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(512);
            int status = 200;
            try {
                AthenaOperations.Operation operation = operation(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
                JsonRequest request = new JsonRequest(readBody(exchange.getRequestBody()));
                try (JsonGenerator generator = jsonFactory.createGenerator(body)) {
                    operation.handle(request, generator);
                }
            }
            catch (AthenaServiceException e) {
                body.reset();
                status = e.httpStatus();
                writeError(e, body);
            }
            catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Request failed inside the local Athena", e);
                body.reset();
                AthenaServiceException internal = AthenaServiceException.internal(e.getMessage() == null ? e.getClass().getName() : e.getMessage());
                status = internal.httpStatus();
                writeError(internal, body);
            }
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(status, body.size());
            try (OutputStream out = exchange.getResponseBody()) {
                body.writeTo(out);
            }
        }
    }

    private AthenaOperations.Operation operation(String target)
    {
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            throw AthenaServiceException.unknownOperation();
        }
        Optional<AthenaOperations.Operation> operation = operations.operation(target.substring(TARGET_PREFIX.length()));
        return operation.orElseThrow(AthenaServiceException::unknownOperation);
    }

    private JsonNode readBody(InputStream input)
            throws IOException
    {
        byte[] bytes = input.readAllBytes();
        if (bytes.length == 0) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw AthenaServiceException.serialization(null);
            }
            return node;
        }
        catch (JsonProcessingException e) {
            throw AthenaServiceException.serialization(null);
        }
    }

    private void writeError(AthenaServiceException error, ByteArrayOutputStream body)
            throws IOException
    {
        try (JsonGenerator generator = jsonFactory.createGenerator(body)) {
            generator.writeStartObject();
            generator.writeStringField("__type", error.type());
            if (error.athenaErrorCode().isPresent()) {
                generator.writeStringField("AthenaErrorCode", error.athenaErrorCode().get());
                generator.writeStringField("ErrorCode", error.athenaErrorCode().get());
            }
            if (error.getMessage() != null) {
                generator.writeStringField("Message", error.getMessage());
            }
            if (error.reason().isPresent()) {
                generator.writeStringField("Reason", error.reason().get());
            }
            generator.writeEndObject();
        }
    }

    /** Anything but POST is a probe (a browser, a health check): say what answers here. */
    private static void respondToProbe(HttpExchange exchange)
            throws IOException
    {
        byte[] text = "athena4j-local: Amazon Athena API (AWS JSON 1.1, POST / with X-Amz-Target: AmazonAthena.<Operation>)\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(exchange.getRequestMethod().equals("HEAD") ? -1 : 200, exchange.getRequestMethod().equals("HEAD") ? -1 : text.length);
        if (!exchange.getRequestMethod().equals("HEAD")) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(text);
            }
        }
    }
}
