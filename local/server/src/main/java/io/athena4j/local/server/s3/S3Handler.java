package io.athena4j.local.server.s3;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.athena4j.local.server.sql.S3Locations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.file.StandardOpenOption.READ;
import static java.util.Objects.requireNonNull;

/**
 * A minimal S3 endpoint over {@code <data-dir>/s3}, path-style only ({@code /<bucket>/<key>}), so clients can read the
 * result files Athena writes to the output location, and upload data files for their tables: ListBuckets,
 * CreateBucket, HeadBucket, ListObjectsV2, GetObject (with Range), HeadObject, PutObject and DeleteObject. Errors are
 * S3's XML documents ({@code NoSuchKey}, {@code NoSuchBucket}, ...).
 *
 * <p>A bucket is a directory, an object a regular file; a key's {@code /} separates directories. ETags are the MD5 of the
 * content, as S3 gives for objects uploaded in one part.
 */
public final class S3Handler
{
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final String OWNER_ID = "athena4j-local";

    private final Path root;
    private final S3Locations locations = new S3Locations();
    private final Path dataDirectory;
    private final Map<EtagKey, String> etags = new ConcurrentHashMap<>();

    public S3Handler(Path dataDirectory)
    {
        this.dataDirectory = requireNonNull(dataDirectory, "dataDirectory is null");
        this.root = dataDirectory.resolve(S3Locations.DEFAULT_ROOT);
    }

    /**
     * The S3 operation a request asks for, for call counting: {@code GetObject}, {@code ListObjectsV2}, ...
     */
    public static String operationName(String method, String rawPath, Map<String, List<String>> query)
    {
        String[] bucketAndKey = splitPath(rawPath);
        boolean bucketOnly = bucketAndKey[1].isEmpty();
        return switch (method) {
            case "GET" -> bucketAndKey[0].isEmpty() ? "ListBuckets" : bucketOnly ? (query.containsKey("list-type") ? "ListObjectsV2" : "ListObjects") : "GetObject";
            case "HEAD" -> bucketOnly ? "HeadBucket" : "HeadObject";
            case "PUT" -> bucketOnly ? "CreateBucket" : "PutObject";
            case "DELETE" -> bucketOnly ? "DeleteBucket" : "DeleteObject";
            default -> method;
        };
    }

    public void handle(HttpExchange exchange, byte[] body)
            throws IOException
    {
        String method = exchange.getRequestMethod();
        String[] bucketAndKey = splitPath(exchange.getRequestURI().getRawPath());
        String bucket = bucketAndKey[0];
        String key = bucketAndKey[1];
        Map<String, List<String>> query = parseQuery(exchange.getRequestURI().getRawQuery());
        try {
            if (bucket.isEmpty()) {
                if (method.equals("GET")) {
                    listBuckets(exchange);
                    return;
                }
                throw new S3Exception(405, "MethodNotAllowed", "The specified method is not allowed against this resource.", Map.of());
            }
            if (!BUCKET_NAME.matcher(bucket).matches()) {
                throw new S3Exception(400, "InvalidBucketName", "The specified bucket is not valid.", Map.of("BucketName", bucket));
            }
            Path bucketDirectory = root.resolve(bucket);
            if (key.isEmpty()) {
                switch (method) {
                    case "GET" -> listObjects(exchange, bucket, bucketDirectory, query);
                    case "HEAD" -> {
                        requireBucket(bucket, bucketDirectory);
                        sendEmpty(exchange, 200);
                    }
                    case "PUT" -> {
                        Files.createDirectories(bucketDirectory);
                        exchange.getResponseHeaders().set("Location", "/" + bucket);
                        sendEmpty(exchange, 200);
                    }
                    default -> throw new S3Exception(501, "NotImplemented", "A header or method you provided implies functionality that is not implemented.", Map.of());
                }
                return;
            }
            Path file = objectFile(bucket, key);
            switch (method) {
                case "GET" -> getObject(exchange, bucket, bucketDirectory, key, file, false);
                case "HEAD" -> getObject(exchange, bucket, bucketDirectory, key, file, true);
                case "PUT" -> putObject(exchange, bucket, bucketDirectory, file, body);
                case "DELETE" -> {
                    requireBucket(bucket, bucketDirectory);
                    Files.deleteIfExists(file);
                    sendEmpty(exchange, 204);
                }
                default -> throw new S3Exception(501, "NotImplemented", "A header or method you provided implies functionality that is not implemented.", Map.of());
            }
        }
        catch (S3Exception e) {
            sendError(exchange, e, method.equals("HEAD"));
        }
    }

    private void listBuckets(HttpExchange exchange)
            throws IOException
    {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<ListAllMyBucketsResult xmlns=\"").append(ListObjectsV2.NAMESPACE).append("\"><Owner>");
        ListObjectsV2.element(xml, "ID", OWNER_ID);
        ListObjectsV2.element(xml, "DisplayName", OWNER_ID);
        xml.append("</Owner><Buckets>");
        if (Files.isDirectory(root)) {
            List<Path> buckets = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(root, Files::isDirectory)) {
                stream.forEach(buckets::add);
            }
            buckets.sort(null);
            for (Path bucket : buckets) {
                xml.append("<Bucket>");
                ListObjectsV2.element(xml, "Name", bucket.getFileName().toString());
                ListObjectsV2.element(xml, "CreationDate", ListObjectsV2.isoMillis(Files.readAttributes(bucket, BasicFileAttributes.class).creationTime().toInstant()));
                xml.append("</Bucket>");
            }
        }
        xml.append("</Buckets></ListAllMyBucketsResult>");
        sendXml(exchange, 200, xml.toString());
    }

    private void listObjects(HttpExchange exchange, String bucket, Path bucketDirectory, Map<String, List<String>> query)
            throws IOException, S3Exception
    {
        requireBucket(bucket, bucketDirectory);
        if (!first(query, "list-type").equals(Optional.of("2"))) {
            throw new S3Exception(501, "NotImplemented", "Only ListObjectsV2 (list-type=2) is implemented by athena4j-local.", Map.of());
        }
        int maxKeys;
        try {
            maxKeys = first(query, "max-keys").map(Integer::parseInt).orElse(ListObjectsV2.DEFAULT_MAX_KEYS);
        }
        catch (NumberFormatException e) {
            throw new S3Exception(400, "InvalidArgument", "Provided max-keys not an integer or within integer range", Map.of());
        }
        if (maxKeys < 0) {
            throw new S3Exception(400, "InvalidArgument", "Argument maxKeys must be an integer between 0 and 2147483647", Map.of());
        }
        ListObjectsV2.Request request = new ListObjectsV2.Request(
                bucket,
                first(query, "prefix").orElse(""),
                first(query, "delimiter"),
                Math.min(maxKeys, ListObjectsV2.DEFAULT_MAX_KEYS),
                first(query, "continuation-token"),
                first(query, "start-after"),
                first(query, "encoding-type"));
        ListObjectsV2.Result result;
        try {
            result = ListObjectsV2.list(objects(bucketDirectory), request);
        }
        catch (IllegalArgumentException e) {
            throw new S3Exception(400, "InvalidArgument", "The continuation token provided is incorrect", Map.of());
        }
        sendXml(exchange, 200, ListObjectsV2.toXml(request, result, object -> {
            try {
                return etag(objectFile(bucket, object.key()));
            }
            catch (IOException | S3Exception e) {
                throw new IllegalStateException("Cannot compute the ETag of " + object.key(), e);
            }
        }));
    }

    /** Every regular file of the bucket, sorted by key. */
    private static List<S3Object> objects(Path bucketDirectory)
            throws IOException
    {
        List<S3Object> objects = new ArrayList<>();
        Files.walkFileTree(bucketDirectory, new SimpleFileVisitor<>()
        {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
            {
                if (attributes.isRegularFile()) {
                    StringBuilder key = new StringBuilder();
                    for (Path segment : bucketDirectory.relativize(file)) {
                        if (!key.isEmpty()) {
                            key.append('/');
                        }
                        key.append(segment);
                    }
                    objects.add(new S3Object(key.toString(), attributes.size(), attributes.lastModifiedTime().toInstant()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        objects.sort((left, right) -> left.key().compareTo(right.key()));
        return objects;
    }

    private void getObject(HttpExchange exchange, String bucket, Path bucketDirectory, String key, Path file, boolean head)
            throws IOException, S3Exception
    {
        requireBucket(bucket, bucketDirectory);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        }
        catch (NoSuchFileException e) {
            throw noSuchKey(key);
        }
        if (!attributes.isRegularFile()) {
            throw noSuchKey(key);
        }
        long size = attributes.size();
        checkIfMatch(exchange, file);
        long start = 0;
        long end = size - 1;
        int status = 200;
        String range = exchange.getRequestHeaders().getFirst("Range");
        if (range != null) {
            Matcher matcher = RANGE.matcher(range.strip());
            // S3 ignores a Range header it cannot parse and sends the whole object.
            if (matcher.matches() && !(matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
                if (matcher.group(1).isEmpty()) {
                    long suffix = Long.parseLong(matcher.group(2));
                    start = Math.max(0, size - suffix);
                }
                else {
                    start = Long.parseLong(matcher.group(1));
                    end = matcher.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(matcher.group(2)));
                }
                if (start >= size || start > end) {
                    throw new S3Exception(416, "InvalidRange", "The requested range is not satisfiable", Map.of("RangeRequested", range, "ActualObjectSize", Long.toString(size)));
                }
                status = 206;
                exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + end + "/" + size);
            }
        }
        long length = size == 0 ? 0 : end - start + 1;
        Headers headers = exchange.getResponseHeaders();
        headers.set("Accept-Ranges", "bytes");
        headers.set("ETag", etag(file));
        headers.set("Last-Modified", HTTP_DATE.format(attributes.lastModifiedTime().toInstant()));
        headers.set("Content-Type", contentType(key));
        headers.set("x-amz-request-id", requestId());
        if (head) {
            headers.set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        if (length == 0) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, READ);
                OutputStream out = exchange.getResponseBody()) {
            channel.position(start);
            InputStream input = Channels.newInputStream(channel);
            byte[] buffer = new byte[64 * 1024];
            long remaining = length;
            while (remaining > 0) {
                int read = input.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                remaining -= read;
            }
        }
    }

    private void putObject(HttpExchange exchange, String bucket, Path bucketDirectory, Path file, byte[] body)
            throws IOException, S3Exception
    {
        requireBucket(bucket, bucketDirectory);
        byte[] content;
        try {
            content = isAwsChunked(exchange.getRequestHeaders()) ? AwsChunkedDecoder.decode(body) : body;
        }
        catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new S3Exception(400, "IncompleteBody", "The request body is not valid aws-chunked content: " + e.getMessage(), Map.of());
        }
        if (exchange.getRequestURI().getRawPath().endsWith("/")) {
            // A "folder" marker: a directory here, since a file cannot share its name with one.
            Files.createDirectories(file);
        }
        else {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temporary, content);
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            finally {
                Files.deleteIfExists(temporary);
            }
        }
        exchange.getResponseHeaders().set("ETag", "\"" + HexFormat.of().formatHex(md5().digest(content)) + "\"");
        sendEmpty(exchange, 200);
    }

    private static boolean isAwsChunked(Headers headers)
    {
        String encoding = headers.getFirst("Content-Encoding");
        String payload = headers.getFirst("x-amz-content-sha256");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("aws-chunked") || payload != null && payload.startsWith("STREAMING-");
    }

    private Path objectFile(String bucket, String key)
            throws S3Exception
    {
        try {
            return locations.toFile(dataDirectory, "s3://" + bucket + "/" + key);
        }
        catch (IllegalArgumentException e) {
            throw new S3Exception(400, "InvalidArgument", e.getMessage(), Map.of());
        }
    }

    private static void requireBucket(String bucket, Path bucketDirectory)
            throws S3Exception
    {
        if (!Files.isDirectory(bucketDirectory)) {
            throw new S3Exception(404, "NoSuchBucket", "The specified bucket does not exist", Map.of("BucketName", bucket));
        }
    }

    private static S3Exception noSuchKey(String key)
    {
        return new S3Exception(404, "NoSuchKey", "The specified key does not exist.", Map.of("Key", key));
    }

    /**
     * S3's {@code If-Match}: the request goes on only while the object still has one of the listed ETags (or for
     * {@code *}); otherwise 412 PreconditionFailed, checked before the range as on S3. Readers of an object in several
     * ranges send it so that a replaced object fails instead of mixing two versions.
     */
    private void checkIfMatch(HttpExchange exchange, Path file)
            throws IOException, S3Exception
    {
        String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
        if (ifMatch == null) {
            return;
        }
        String etag = etag(file);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || ("\"" + tag + "\"").equals(etag)) {
                return;
            }
        }
        throw new S3Exception(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold", Map.of("Condition", "If-Match"));
    }

    private String etag(Path file)
            throws IOException
    {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        EtagKey cacheKey = new EtagKey(file, attributes.size(), attributes.lastModifiedTime().toMillis());
        String cached = etags.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        MessageDigest digest = md5();
        try (InputStream input = new DigestInputStream(Files.newInputStream(file), digest)) {
            input.transferTo(OutputStream.nullOutputStream());
        }
        String etag = "\"" + HexFormat.of().formatHex(digest.digest()) + "\"";
        etags.put(cacheKey, etag);
        return etag;
    }

    private static MessageDigest md5()
    {
        try {
            return MessageDigest.getInstance("MD5");
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is not available in this JVM", e);
        }
    }

    private static String contentType(String key)
    {
        if (key.endsWith(".csv")) {
            return "text/csv";
        }
        if (key.endsWith(".txt")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }

    /** {@code /bucket/a/b} as {@code [bucket, a/b]}, percent-decoded; {@code /} as {@code ["", ""]}. */
    static String[] splitPath(String rawPath)
    {
        String path = rawPath == null ? "" : rawPath;
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        int slash = path.indexOf('/');
        String bucket = slash < 0 ? path : path.substring(0, slash);
        String key = slash < 0 ? "" : path.substring(slash + 1);
        return new String[] {percentDecode(bucket), percentDecode(key)};
    }

    /** The query string's parameters, percent-decoded; a parameter without {@code =} has the empty value. */
    public static Map<String, List<String>> parseQuery(String rawQuery)
    {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = percentDecode(equals < 0 ? parameter : parameter.substring(0, equals));
            String value = equals < 0 ? "" : percentDecode(parameter.substring(equals + 1));
            parameters.computeIfAbsent(name, _ -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static Optional<String> first(Map<String, List<String>> query, String name)
    {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** Decodes %XX sequences; clients encode a space as %20, so '+' stays a plus sign. */
    static String percentDecode(String value)
    {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
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

    private static void sendXml(HttpExchange exchange, int status, String xml)
            throws IOException
    {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.getResponseHeaders().set("x-amz-request-id", requestId());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sendEmpty(HttpExchange exchange, int status)
            throws IOException
    {
        exchange.getResponseHeaders().set("x-amz-request-id", requestId());
        exchange.sendResponseHeaders(status, -1);
    }

    /** S3's error document; a HEAD response carries only the status, as on S3. */
    public static void sendError(HttpExchange exchange, S3Exception error, boolean head)
            throws IOException
    {
        if (head) {
            sendEmpty(exchange, error.status());
            return;
        }
        String requestId = requestId();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>");
        ListObjectsV2.element(xml, "Code", error.code());
        ListObjectsV2.element(xml, "Message", error.getMessage());
        error.details().forEach((name, value) -> ListObjectsV2.element(xml, name, value));
        ListObjectsV2.element(xml, "RequestId", requestId);
        ListObjectsV2.element(xml, "HostId", requestId);
        xml.append("</Error>");
        sendXml(exchange, error.status(), xml.toString());
    }

    private static String requestId()
    {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
    }

    private record EtagKey(Path file, long size, long lastModifiedMillis) {}

    /** An S3 error: HTTP status, Code, Message and the extra elements S3 adds (Key, BucketName, ...). */
    public static final class S3Exception
            extends Exception
    {
        private final int status;
        private final String code;
        private final Map<String, String> details;

        public S3Exception(int status, String code, String message, Map<String, String> details)
        {
            super(message, null, false, false);
            this.status = status;
            this.code = requireNonNull(code, "code is null");
            this.details = new LinkedHashMap<>(requireNonNull(details, "details is null"));
        }

        public int status()
        {
            return status;
        }

        public String code()
        {
            return code;
        }

        public Map<String, String> details()
        {
            return details;
        }
    }
}
