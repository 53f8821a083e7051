package io.athena4j.local.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.athena4j.local.server.AthenaServiceException;
import io.athena4j.local.server.auth.SigV4Verifier;
import io.athena4j.local.server.fault.CallCounter;
import io.athena4j.local.server.fault.FaultInjector;
import io.athena4j.local.server.s3.S3Handler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import static java.util.Objects.requireNonNull;

/**
 * Everything the server's one port answers, told apart by the request: {@code /_athena4j/...} is the admin API,
 * {@code POST /} Athena's JSON API, and every other request, path-style {@code /<bucket>/<key>}, the S3 endpoint.
 *
 * <p>In front of Athena's API it counts calls, verifies SigV4 signatures when credentials are required, and injects
 * the configured faults; authentication failures are answered in each protocol's own error format.
 */
public final class LocalHttpRouter
        implements HttpHandler
{
    public static final String ADMIN_PATH = "/_athena4j";
    private static final Logger LOG = Logger.getLogger(LocalHttpRouter.class.getName());
    private static final String TARGET_PREFIX = "AmazonAthena.";
    private static final String ATHENA_CONTENT_TYPE = "application/x-amz-json-1.1";

    private final HttpHandler athena;
    private final S3Handler s3;
    private final AdminHandler admin;
    private final CallCounter callCounter;
    private final FaultInjector faults;
    private final Optional<SigV4Verifier> verifier;
    private final ObjectMapper mapper = new ObjectMapper();

    public LocalHttpRouter(HttpHandler athena, S3Handler s3, CallCounter callCounter, FaultInjector faults, Optional<SigV4Verifier> verifier)
    {
        this.athena = requireNonNull(athena, "athena is null");
        this.s3 = requireNonNull(s3, "s3 is null");
        this.callCounter = requireNonNull(callCounter, "callCounter is null");
        this.faults = requireNonNull(faults, "faults is null");
        this.verifier = requireNonNull(verifier, "verifier is null");
        this.admin = new AdminHandler(callCounter, faults);
    }

    @Override
    public void handle(HttpExchange exchange)
            throws IOException
    {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(ADMIN_PATH) || path.startsWith(ADMIN_PATH + "/")) {
                admin.handle(exchange);
                return;
            }
            boolean root = path.equals("/") || path.isEmpty();
            if (root && !method.equals("POST") && exchange.getRequestHeaders().getFirst("Authorization") == null) {
                // A browser or health check: the Athena handler says what answers here.
                athena.handle(exchange);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (root && method.equals("POST")) {
                handleAthena(exchange, body);
            }
            else {
                handleS3(exchange, body);
            }
        }
    }

    private void handleAthena(HttpExchange exchange, byte[] body)
            throws IOException
    {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String operation = target == null ? "(no X-Amz-Target)" : target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
        callCounter.record(operation);
        Optional<AthenaServiceException> authenticationError = verify(exchange, hexSha256(body)).flatMap(LocalHttpRouter::athenaAuthenticationError);
        if (authenticationError.isPresent()) {
            sendAthenaError(exchange, authenticationError.get());
            return;
        }
        FaultInjector.ApiCallFault fault = faults.onApiCall(operation);
        if (!fault.delay().isZero()) {
            try {
                Thread.sleep(fault.delay());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sendAthenaError(exchange, AthenaServiceException.internal("Interrupted while delaying the call: the server is stopping"));
                return;
            }
        }
        if (fault.error().isPresent()) {
            sendAthenaError(exchange, fault.error().get());
            return;
        }
        exchange.setStreams(new ByteArrayInputStream(body), null);
        athena.handle(exchange);
    }

    private void handleS3(HttpExchange exchange, byte[] body)
            throws IOException
    {
        callCounter.record("s3:" + S3Handler.operationName(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), S3Handler.parseQuery(exchange.getRequestURI().getRawQuery())));
        String payloadHash = Optional.ofNullable(exchange.getRequestHeaders().getFirst("x-amz-content-sha256")).orElseGet(() -> hexSha256(body));
        Optional<SigV4Verifier.Result> failure = verify(exchange, payloadHash);
        if (failure.isPresent()) {
            S3Handler.sendError(exchange, s3AuthenticationError(failure.get(), exchange), exchange.getRequestMethod().equals("HEAD"));
            return;
        }
        try {
            s3.handle(exchange, body);
        }
        catch (RuntimeException e) {
            // Answer with S3's 500 rather than a dropped connection, which the SDK would retry in silence.
            LOG.log(Level.SEVERE, "S3 request " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed inside the local Athena", e);
            S3Handler.sendError(exchange, new S3Handler.S3Exception(500, "InternalError", "We encountered an internal error: " + e, Map.of()), exchange.getRequestMethod().equals("HEAD"));
        }
    }

    /** The verification failure, if credentials are required and the request does not prove them. */
    private Optional<SigV4Verifier.Result> verify(HttpExchange exchange, String payloadHash)
    {
        if (verifier.isEmpty()) {
            return Optional.empty();
        }
        SigV4Verifier.Result result = verifier.get().verify(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                payloadHash);
        return result == SigV4Verifier.Result.VALID ? Optional.empty() : Optional.of(result);
    }

    /** The errors AWS's JSON front end answers before the service sees a request (HTTP 400). */
    static Optional<AthenaServiceException> athenaAuthenticationError(SigV4Verifier.Result result)
    {
        return switch (result) {
            case VALID -> Optional.empty();
            case MISSING -> Optional.of(AthenaServiceException.of(400, "MissingAuthenticationTokenException", "Missing Authentication Token", Optional.empty()));
            case MALFORMED -> Optional.of(AthenaServiceException.of(400, "IncompleteSignatureException",
                    "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters, and the request an X-Amz-Date header", Optional.empty()));
            case UNKNOWN_ACCESS_KEY -> Optional.of(AthenaServiceException.of(400, "UnrecognizedClientException", "The security token included in the request is invalid.", Optional.empty()));
            case SIGNATURE_MISMATCH -> Optional.of(AthenaServiceException.of(400, "InvalidSignatureException",
                    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
                    Optional.empty()));
        };
    }

    private static S3Handler.S3Exception s3AuthenticationError(SigV4Verifier.Result result, HttpExchange exchange)
    {
        return switch (result) {
            case VALID, MISSING -> new S3Handler.S3Exception(403, "AccessDenied", "Access Denied", Map.of());
            case MALFORMED -> new S3Handler.S3Exception(400, "AuthorizationHeaderMalformed", "The authorization header is malformed", Map.of());
            case UNKNOWN_ACCESS_KEY -> new S3Handler.S3Exception(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", Map.of());
            case SIGNATURE_MISMATCH -> new S3Handler.S3Exception(403, "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided. Check your key and signing method.", Map.of());
        };
    }

    private void sendAthenaError(HttpExchange exchange, AthenaServiceException error)
            throws IOException
    {
        ObjectNode body = mapper.createObjectNode();
        body.put("__type", error.type());
        if (error.getMessage() != null) {
            body.put("Message", error.getMessage());
        }
        error.reason().ifPresent(reason -> body.put("Reason", reason));
        byte[] bytes = mapper.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", ATHENA_CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(error.httpStatus(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String hexSha256(byte[] body)
    {
        return HexFormat.of().formatHex(SigV4Verifier.sha256(body));
    }
}
