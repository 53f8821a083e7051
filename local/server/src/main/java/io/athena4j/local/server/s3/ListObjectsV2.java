package io.athena4j.local.server.s3;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * S3's ListObjectsV2 over a sorted list of keys: prefix, delimiter (common prefixes), max-keys, continuation-token and
 * start-after, with the response XML exactly as S3 writes it.
 *
 * <p>Keys and common prefixes both count towards max-keys and towards KeyCount. The continuation token is the last key
 * or common prefix returned, so a listing continues after it even if objects are added in between.
 */
public final class ListObjectsV2
{
    public static final int DEFAULT_MAX_KEYS = 1000;
    static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ListObjectsV2() {}

    /**
     * @param continuationToken the token of the previous page, as the client sent it
     * @param encodingType {@code url} to URL-encode keys and prefixes in the response (the AWS CLI asks for it)
     */
    public record Request(String bucket, String prefix, Optional<String> delimiter, int maxKeys, Optional<String> continuationToken, Optional<String> startAfter, Optional<String> encodingType)
    {
        public Request
        {
            requireNonNull(bucket, "bucket is null");
            requireNonNull(prefix, "prefix is null");
            requireNonNull(delimiter, "delimiter is null");
            requireNonNull(continuationToken, "continuationToken is null");
            requireNonNull(startAfter, "startAfter is null");
            requireNonNull(encodingType, "encodingType is null");
            if (maxKeys < 0) {
                throw new IllegalArgumentException("max-keys must not be negative: " + maxKeys);
            }
        }
    }

    public record Result(List<S3Object> contents, List<String> commonPrefixes, boolean truncated, Optional<String> nextContinuationToken)
    {
        public Result
        {
            contents = List.copyOf(contents);
            commonPrefixes = List.copyOf(commonPrefixes);
            requireNonNull(nextContinuationToken, "nextContinuationToken is null");
        }
    }

    /**
     * Lists one page.
     *
     * @param sortedObjects every object of the bucket, sorted by key
     * @throws IllegalArgumentException if the continuation token was not made by this server
     */
    public static Result list(List<S3Object> sortedObjects, Request request)
    {
        Optional<String> marker = request.continuationToken().map(ListObjectsV2::decodeToken).or(request::startAfter);
        String delimiter = request.delimiter().filter(value -> !value.isEmpty()).orElse(null);
        List<S3Object> contents = new ArrayList<>();
        List<String> commonPrefixes = new ArrayList<>();
        String last = null;
        boolean truncated = false;
        for (S3Object object : sortedObjects) {
            String key = object.key();
            if (!key.startsWith(request.prefix())) {
                continue;
            }
            if (marker.isPresent() && (key.compareTo(marker.get()) <= 0 || delimiter != null && marker.get().endsWith(delimiter) && key.startsWith(marker.get()))) {
                continue;
            }
            String commonPrefix = null;
            if (delimiter != null) {
                int index = key.indexOf(delimiter, request.prefix().length());
                if (index >= 0) {
                    commonPrefix = key.substring(0, index + delimiter.length());
                }
            }
            if (commonPrefix != null && commonPrefix.equals(last)) {
                continue;
            }
            if (contents.size() + commonPrefixes.size() == request.maxKeys()) {
                truncated = true;
                break;
            }
            if (commonPrefix != null) {
                commonPrefixes.add(commonPrefix);
                last = commonPrefix;
            }
            else {
                contents.add(object);
                last = key;
            }
        }
        Optional<String> next = truncated && last != null ? Optional.of(encodeToken(last)) : Optional.empty();
        return new Result(contents, commonPrefixes, truncated, next);
    }

    /**
     * The ListBucketResult document.
     *
     * @param etag the ETag of an object, quotes included
     */
    public static String toXml(Request request, Result result, Function<S3Object, String> etag)
    {
        boolean url = request.encodingType().filter("url"::equals).isPresent();
        Function<String, String> encode = url ? ListObjectsV2::urlEncode : Function.identity();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<ListBucketResult xmlns=\"").append(NAMESPACE).append("\">");
        element(xml, "Name", request.bucket());
        element(xml, "Prefix", encode.apply(request.prefix()));
        request.continuationToken().ifPresent(token -> element(xml, "ContinuationToken", token));
        result.nextContinuationToken().ifPresent(token -> element(xml, "NextContinuationToken", token));
        element(xml, "KeyCount", Integer.toString(result.contents().size() + result.commonPrefixes().size()));
        element(xml, "MaxKeys", Integer.toString(request.maxKeys()));
        request.delimiter().ifPresent(delimiter -> element(xml, "Delimiter", encode.apply(delimiter)));
        request.encodingType().ifPresent(type -> element(xml, "EncodingType", type));
        element(xml, "IsTruncated", Boolean.toString(result.truncated()));
        request.startAfter().ifPresent(startAfter -> element(xml, "StartAfter", encode.apply(startAfter)));
        for (S3Object object : result.contents()) {
            xml.append("<Contents>");
            element(xml, "Key", encode.apply(object.key()));
            element(xml, "LastModified", ISO_MILLIS.format(object.lastModified()));
            element(xml, "ETag", etag.apply(object));
            element(xml, "Size", Long.toString(object.size()));
            element(xml, "StorageClass", "STANDARD");
            xml.append("</Contents>");
        }
        for (String prefix : result.commonPrefixes()) {
            xml.append("<CommonPrefixes>");
            element(xml, "Prefix", encode.apply(prefix));
            xml.append("</CommonPrefixes>");
        }
        xml.append("</ListBucketResult>");
        return xml.toString();
    }

    static String isoMillis(java.time.Instant instant)
    {
        return ISO_MILLIS.format(instant);
    }

    static void element(StringBuilder xml, String name, String value)
    {
        xml.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append('>');
    }

    /** XML text escaping as S3 does it, quotes included: an ETag appears as {@code &quot;...&quot;}. */
    static String escape(String value)
    {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char character = value.charAt(i);
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                case '\r' -> escaped.append("&#13;");
                default -> escaped.append(character);
            }
        }
        return escaped.toString();
    }

    private static String urlEncode(String value)
    {
        // S3's encoding-type=url keeps '/' readable; clients decode with form decoding, so '+' for space is right.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    private static String encodeToken(String key)
    {
        return Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token)
    {
        try {
            return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The continuation token provided is incorrect", e);
        }
    }
}
