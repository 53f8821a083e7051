package io.athena4j.jdbc;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An object in S3, as Athena names result files: {@code s3://bucket/key}.
 */
record S3Location(String bucket, String key)
{
    private static final String SCHEME = "s3://";

    S3Location
    {
        requireNonNull(bucket, "bucket is null");
        requireNonNull(key, "key is null");
        if (bucket.isEmpty() || key.isEmpty()) {
            throw new IllegalArgumentException("bucket and key must not be empty: " + SCHEME + bucket + "/" + key);
        }
    }

    /** The object an {@code s3://bucket/key} URI names; empty for anything else (no scheme, no key). */
    static Optional<S3Location> parse(String uri)
    {
        if (uri == null || !uri.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String path = uri.substring(SCHEME.length());
        int slash = path.indexOf('/');
        if (slash <= 0 || slash == path.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new S3Location(path.substring(0, slash), path.substring(slash + 1)));
    }

    @Override
    public String toString()
    {
        return SCHEME + bucket + "/" + key;
    }
}
