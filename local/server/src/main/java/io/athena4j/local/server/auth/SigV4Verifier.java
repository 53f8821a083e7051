package io.athena4j.local.server.auth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Verifies AWS Signature Version 4 ({@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=...,
 * Signature=...}) against one access key and secret: rebuilds the canonical request and the string to sign exactly as
 * the SDKs do, and compares signatures in constant time.
 *
 * <p>The region and service are taken from the credential scope the client sent, so any region works. Clock skew is not
 * checked: a local server has no reason to reject an old signature.
 */
public final class SigV4Verifier
{
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final String accessKeyId;
    private final String secretAccessKey;

    public SigV4Verifier(String accessKeyId, String secretAccessKey)
    {
        this.accessKeyId = requireNonNull(accessKeyId, "accessKeyId is null");
        this.secretAccessKey = requireNonNull(secretAccessKey, "secretAccessKey is null");
    }

    /**
     * Parses {@code ACCESS_KEY:SECRET}, the form of {@code --require-auth}.
     */
    public static SigV4Verifier parse(String credentials)
    {
        int colon = credentials.indexOf(':');
        if (colon <= 0 || colon == credentials.length() - 1) {
            throw new IllegalArgumentException("--require-auth needs ACCESS_KEY:SECRET, for example --require-auth AKIDLOCAL:local-secret");
        }
        return new SigV4Verifier(credentials.substring(0, colon), credentials.substring(colon + 1));
    }

    /**
     * Checks one request.
     *
     * @param rawPath the path as sent, still percent-encoded
     * @param rawQuery the query string as sent, still percent-encoded; null or empty if none
     * @param headers every header, names in any case
     * @param payloadHash the hex SHA-256 of the body, or what {@code x-amz-content-sha256} says (such as
     * {@code UNSIGNED-PAYLOAD})
     */
    public Result verify(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String payloadHash)
    {
        Map<String, List<String>> lowerCaseHeaders = new TreeMap<>();
        headers.forEach((name, values) -> lowerCaseHeaders.computeIfAbsent(name.toLowerCase(Locale.ROOT), _ -> new ArrayList<>()).addAll(values));
        Optional<String> authorization = first(lowerCaseHeaders, "authorization");
        if (authorization.isEmpty()) {
            return Result.MISSING;
        }
        Optional<Authorization> parsed = Authorization.parse(authorization.get());
        if (parsed.isEmpty()) {
            return Result.MALFORMED;
        }
        Authorization header = parsed.get();
        if (!header.accessKeyId().equals(accessKeyId)) {
            return Result.UNKNOWN_ACCESS_KEY;
        }
        Optional<String> amzDate = first(lowerCaseHeaders, "x-amz-date");
        if (amzDate.isEmpty()) {
            return Result.MALFORMED;
        }
        String service = header.service();
        String canonicalRequest = canonicalRequest(method, rawPath, rawQuery, lowerCaseHeaders, header.signedHeaders(), payloadHash, service.equals("s3"));
        String stringToSign = ALGORITHM + "\n" + amzDate.get() + "\n" + header.scope() + "\n" + HEX.formatHex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), header.date());
        key = hmac(key, header.region());
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        byte[] expected = hmac(key, stringToSign);
        byte[] actual;
        try {
            actual = HEX.parseHex(header.signature());
        }
        catch (IllegalArgumentException e) {
            return Result.SIGNATURE_MISMATCH;
        }
        return MessageDigest.isEqual(expected, actual) ? Result.VALID : Result.SIGNATURE_MISMATCH;
    }

    /**
     * The canonical request of SigV4: method, URI, query, headers, signed header names and payload hash, one per line.
     * S3 signs the path as sent; every other service signs it encoded once more.
     */
    static String canonicalRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> lowerCaseHeaders, List<String> signedHeaders, String payloadHash, boolean s3)
    {
        StringBuilder request = new StringBuilder();
        request.append(method).append('\n');
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        request.append(s3 ? path : encode(path, false)).append('\n');
        request.append(canonicalQuery(rawQuery)).append('\n');
        for (String name : signedHeaders) {
            List<String> values = lowerCaseHeaders.getOrDefault(name, List.of());
            request.append(name).append(':');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    request.append(',');
                }
                request.append(values.get(i).strip().replaceAll(" +", " "));
            }
            request.append('\n');
        }
        request.append('\n');
        request.append(String.join(";", signedHeaders)).append('\n');
        request.append(payloadHash);
        return request.toString();
    }

    /** Parameters decoded, encoded again the way SigV4 encodes them, sorted by name then value. */
    static String canonicalQuery(String rawQuery)
    {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> parameters = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? "" : parameter.substring(equals + 1);
            parameters.add(new String[] {encode(percentDecode(name), true), encode(percentDecode(value), true)});
        }
        parameters.sort((left, right) -> left[0].equals(right[0]) ? left[1].compareTo(right[1]) : left[0].compareTo(right[0]));
        StringBuilder query = new StringBuilder();
        for (String[] parameter : parameters) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(parameter[0]).append('=').append(parameter[1]);
        }
        return query.toString();
    }

    /** RFC 3986 encoding: unreserved characters stay, everything else is %XX in upper case; '/' stays unless asked. */
    static String encode(String value, boolean encodeSlash)
    {
        StringBuilder encoded = new StringBuilder();
        for (byte character : value.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = character & 0xff;
            if (unsigned >= 'A' && unsigned <= 'Z' || unsigned >= 'a' && unsigned <= 'z' || unsigned >= '0' && unsigned <= '9'
                    || unsigned == '-' || unsigned == '_' || unsigned == '.' || unsigned == '~' || unsigned == '/' && !encodeSlash) {
                encoded.append((char) unsigned);
            }
            else {
                encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) unsigned));
            }
        }
        return encoded.toString();
    }

    /** Decodes %XX only: a '+' in a signed query string is a plus sign, not a space. */
    static String percentDecode(String value)
    {
        if (value.indexOf('%') < 0) {
            return value;
        }
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && HexFormat.isHexDigit(raw[i + 1]) && HexFormat.isHexDigit(raw[i + 2])) {
                bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
                i += 2;
            }
            else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    public static byte[] sha256(byte[] bytes)
    {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private static byte[] hmac(byte[] key, String data)
    {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name)
    {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** The outcome of a verification. */
    public enum Result
    {
        VALID,
        /** No Authorization header. */
        MISSING,
        /** An Authorization header that is not SigV4, or a request without X-Amz-Date. */
        MALFORMED,
        UNKNOWN_ACCESS_KEY,
        SIGNATURE_MISMATCH,
    }

    /** The parts of {@code AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/athena/aws4_request, SignedHeaders=a;b, Signature=hex}. */
    record Authorization(String accessKeyId, String date, String region, String service, List<String> signedHeaders, String signature)
    {
        String scope()
        {
            return date + "/" + region + "/" + service + "/aws4_request";
        }

        static Optional<Authorization> parse(String header)
        {
            String value = header.strip();
            if (!value.startsWith(ALGORITHM + " ")) {
                return Optional.empty();
            }
            Map<String, String> parts = new TreeMap<>();
            for (String part : value.substring(ALGORITHM.length() + 1).split(",")) {
                int equals = part.indexOf('=');
                if (equals > 0) {
                    parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
                }
            }
            String credential = parts.get("Credential");
            String signedHeaders = parts.get("SignedHeaders");
            String signature = parts.get("Signature");
            if (credential == null || signedHeaders == null || signature == null) {
                return Optional.empty();
            }
            String[] scope = credential.split("/");
            if (scope.length != 5 || !scope[4].equals("aws4_request")) {
                return Optional.empty();
            }
            return Optional.of(new Authorization(scope[0], scope[1], scope[2], scope[3], List.of(signedHeaders.split(";")), signature));
        }
    }
}
