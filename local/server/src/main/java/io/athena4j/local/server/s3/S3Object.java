package io.athena4j.local.server.s3;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * An object of a local bucket: a regular file under {@code <data-dir>/s3/<bucket>}, keyed by its relative path.
 */
public record S3Object(String key, long size, Instant lastModified)
{
    public S3Object
    {
        requireNonNull(key, "key is null");
        requireNonNull(lastModified, "lastModified is null");
    }
}
