package io.athena4j.local.server.sql;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Maps Athena's {@code s3://bucket/key} locations to the local filesystem the embedded Trino writes to.
 *
 * <p>The server points Trino's {@code local.location} at its data directory, and Trino's {@code local://} paths are
 * relative to it (trino-embedding.md §8 item 10; {@code file://} must not be used, since listings then come back
 * empty). So {@code s3://bucket/key} becomes {@code local:///s3/bucket/key}, the file {@code <data-dir>/s3/bucket/key}.
 * {@code s3a://} and {@code s3n://} are accepted as aliases; {@link #toAthena} always answers with {@code s3://}.
 */
public final class S3Locations
{
    /**
     * The default directory, under the data directory, that holds one directory per bucket.
     */
    public static final String DEFAULT_ROOT = "s3";

    private static final String EXPECTED_FORM = "s3://bucket/prefix/";
    private static final String TRINO_SCHEME_PREFIX = "local:///";
    private static final Set<String> S3_SCHEMES = Set.of("s3", "s3a", "s3n");
    // S3's rules, loosely: 3 to 63 lowercase letters, digits, dots and hyphens.
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9.-]{3,63}");
    // Relative, and no segment starts with a dot, so "." and ".." cannot climb out of the data directory.
    private static final Pattern ROOT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private final String root;

    /**
     * Buckets live in {@code <data-dir>/s3}.
     */
    public S3Locations()
    {
        this(DEFAULT_ROOT);
    }

    /**
     * Buckets live in {@code <data-dir>/<root>}; {@code root} is a relative path such as {@code s3} or {@code data/s3}.
     */
    public S3Locations(String root)
    {
        requireNonNull(root, "root is null");
        if (!ROOT.matcher(root).matches()) {
            throw new IllegalArgumentException("Invalid S3 root directory '%s': expected a relative path such as s3".formatted(root));
        }
        this.root = root;
    }

    /**
     * Whether {@code value} has an S3 scheme ({@code s3://}, {@code s3a://} or {@code s3n://}, any case),
     * that is whether it is meant as an S3 location at all; it may still be malformed.
     */
    public static boolean hasS3Scheme(String value)
    {
        requireNonNull(value, "value is null");
        int schemeEnd = value.indexOf("://");
        return schemeEnd > 0 && S3_SCHEMES.contains(value.substring(0, schemeEnd).toLowerCase(Locale.ROOT));
    }

    /**
     * The Trino location of an S3 URI: {@code s3://bucket/key} becomes {@code local:///s3/bucket/key}.
     * A trailing slash is kept.
     *
     * @throws IllegalArgumentException if {@code s3Uri} is not of the form {@code s3://bucket/prefix/}
     */
    public String toTrino(String s3Uri)
    {
        S3Location location = S3Location.parse(s3Uri);
        return TRINO_SCHEME_PREFIX + root + "/" + location.bucket() + location.path();
    }

    /**
     * The S3 URI of a Trino location made by {@link #toTrino}: {@code local:///s3/bucket/key} becomes
     * {@code s3://bucket/key}.
     *
     * @throws IllegalArgumentException if {@code trinoLocation} is not under {@code local:///<root>/}
     */
    public String toAthena(String trinoLocation)
    {
        requireNonNull(trinoLocation, "trinoLocation is null");
        String prefix = TRINO_SCHEME_PREFIX + root + "/";
        if (!trinoLocation.startsWith(prefix)) {
            throw new IllegalArgumentException("Location '%s' is not a local S3 location: expected the form %sbucket/prefix/".formatted(trinoLocation, prefix));
        }
        String s3Uri = "s3://" + trinoLocation.substring(prefix.length());
        S3Location.parse(s3Uri);
        return s3Uri;
    }

    /**
     * The file or directory of an S3 URI under the server's data directory: {@code <dataDir>/s3/bucket/key}.
     *
     * @throws IllegalArgumentException if {@code s3Uri} is not of the form {@code s3://bucket/prefix/}
     */
    public Path toFile(Path dataDir, String s3Uri)
    {
        requireNonNull(dataDir, "dataDir is null");
        S3Location location = S3Location.parse(s3Uri);
        Path file = dataDir.resolve(root).resolve(location.bucket());
        // Resolving segment by segment: an empty segment (s3://b//x) must not turn into an absolute path.
        for (String segment : location.path().split("/")) {
            if (!segment.isEmpty()) {
                file = file.resolve(segment);
            }
        }
        return file;
    }

    /**
     * A parsed S3 URI; {@code path} is everything after the bucket name: empty for {@code s3://bucket},
     * otherwise the key with its leading slash ({@code /} for {@code s3://bucket/}).
     */
    private record S3Location(String bucket, String path)
    {
        static S3Location parse(String s3Uri)
        {
            requireNonNull(s3Uri, "s3Uri is null");
            if (!hasS3Scheme(s3Uri)) {
                throw invalid(s3Uri, "");
            }
            String bucketAndPath = s3Uri.substring(s3Uri.indexOf("://") + 3);
            int slash = bucketAndPath.indexOf('/');
            String bucket = slash < 0 ? bucketAndPath : bucketAndPath.substring(0, slash);
            String path = slash < 0 ? "" : bucketAndPath.substring(slash);
            if (bucket.isEmpty()) {
                throw invalid(s3Uri, "the bucket name is missing");
            }
            if (!BUCKET_NAME.matcher(bucket).matches()) {
                throw invalid(s3Uri, "bucket name '%s' must be 3 to 63 lowercase letters, digits, '.' or '-'".formatted(bucket));
            }
            // S3 takes "." and ".." literally, a filesystem does not: they would escape the bucket directory.
            for (String segment : path.split("/")) {
                if (segment.equals(".") || segment.equals("..")) {
                    throw invalid(s3Uri, "the key must not contain '.' or '..' segments");
                }
            }
            return new S3Location(bucket, path);
        }

        private static IllegalArgumentException invalid(String s3Uri, String reason)
        {
            String detail = reason.isEmpty() ? "" : reason + "; ";
            return new IllegalArgumentException("Invalid S3 location '%s': %sexpected the form %s".formatted(s3Uri, detail, EXPECTED_FORM));
        }
    }
}
