package io.athena4j.local.server.sql;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestS3Locations
{
    private static final S3Locations LOCATIONS = new S3Locations();

    @Test
    void testToTrino()
    {
        assertThat(LOCATIONS.toTrino("s3://my-bucket/prefix/")).isEqualTo("local:///s3/my-bucket/prefix/");
        assertThat(LOCATIONS.toTrino("s3://my-bucket/a/b/file.csv")).isEqualTo("local:///s3/my-bucket/a/b/file.csv");
        assertThat(LOCATIONS.toTrino("s3://my-bucket")).isEqualTo("local:///s3/my-bucket");
        assertThat(LOCATIONS.toTrino("s3://my-bucket/")).isEqualTo("local:///s3/my-bucket/");
        assertThat(LOCATIONS.toTrino("s3a://my.bucket-1/p/")).isEqualTo("local:///s3/my.bucket-1/p/");
        assertThat(LOCATIONS.toTrino("S3N://abc/p=1/")).isEqualTo("local:///s3/abc/p=1/");
        assertThat(new S3Locations("data/buckets").toTrino("s3://my-bucket/p/")).isEqualTo("local:///data/buckets/my-bucket/p/");
    }

    @Test
    void testToAthena()
    {
        assertThat(LOCATIONS.toAthena("local:///s3/my-bucket/prefix/")).isEqualTo("s3://my-bucket/prefix/");
        assertThat(LOCATIONS.toAthena("local:///s3/my-bucket")).isEqualTo("s3://my-bucket");
        assertThat(LOCATIONS.toAthena(LOCATIONS.toTrino("s3a://my-bucket/x/y"))).isEqualTo("s3://my-bucket/x/y");
        assertThatThrownBy(() -> LOCATIONS.toAthena("local:///elsewhere/my-bucket/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Location 'local:///elsewhere/my-bucket/' is not a local S3 location: expected the form local:///s3/bucket/prefix/");
        assertThatThrownBy(() -> LOCATIONS.toAthena("file:///s3/my-bucket/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LOCATIONS.toAthena("local:///s3/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the bucket name is missing");
    }

    @Test
    void testToFile()
    {
        Path dataDir = Path.of("/var/lib/athena4j");
        assertThat(LOCATIONS.toFile(dataDir, "s3://my-bucket/results/abc.csv")).isEqualTo(Path.of("/var/lib/athena4j/s3/my-bucket/results/abc.csv"));
        assertThat(LOCATIONS.toFile(dataDir, "s3://my-bucket/results/")).isEqualTo(Path.of("/var/lib/athena4j/s3/my-bucket/results"));
        assertThat(LOCATIONS.toFile(dataDir, "s3://my-bucket")).isEqualTo(Path.of("/var/lib/athena4j/s3/my-bucket"));
        // An empty key segment must not make the key absolute.
        assertThat(LOCATIONS.toFile(dataDir, "s3://my-bucket//etc/passwd")).isEqualTo(Path.of("/var/lib/athena4j/s3/my-bucket/etc/passwd"));
    }

    @Test
    void testMalformedUris()
    {
        assertInvalid("http://my-bucket/x/", "Invalid S3 location 'http://my-bucket/x/': expected the form s3://bucket/prefix/");
        assertInvalid("my-bucket/x/", "Invalid S3 location 'my-bucket/x/': expected the form s3://bucket/prefix/");
        assertInvalid("/tmp/x", "Invalid S3 location '/tmp/x': expected the form s3://bucket/prefix/");
        assertInvalid("", "Invalid S3 location '': expected the form s3://bucket/prefix/");
        assertInvalid("s3:/my-bucket/x", "Invalid S3 location 's3:/my-bucket/x': expected the form s3://bucket/prefix/");
        assertInvalid("s3://", "Invalid S3 location 's3://': the bucket name is missing; expected the form s3://bucket/prefix/");
        assertInvalid("s3:///x/", "Invalid S3 location 's3:///x/': the bucket name is missing; expected the form s3://bucket/prefix/");
        assertInvalid("s3://ab/x", "Invalid S3 location 's3://ab/x': bucket name 'ab' must be 3 to 63 lowercase letters, digits, '.' or '-'; expected the form s3://bucket/prefix/");
        assertInvalid("s3://My-Bucket/x", "Invalid S3 location 's3://My-Bucket/x': bucket name 'My-Bucket' must be 3 to 63 lowercase letters, digits, '.' or '-'; expected the form s3://bucket/prefix/");
        assertInvalid("s3://" + "a".repeat(64) + "/x", "bucket name '" + "a".repeat(64) + "' must be 3 to 63");
        assertInvalid("s3://my-bucket/a/../../etc", "Invalid S3 location 's3://my-bucket/a/../../etc': the key must not contain '.' or '..' segments; expected the form s3://bucket/prefix/");
        assertInvalid("s3://my-bucket/./x", "the key must not contain '.' or '..' segments");
    }

    @Test
    void testHasS3Scheme()
    {
        assertThat(S3Locations.hasS3Scheme("s3://b/k")).isTrue();
        assertThat(S3Locations.hasS3Scheme("S3A://b/k")).isTrue();
        assertThat(S3Locations.hasS3Scheme("s3n://")).isTrue();
        assertThat(S3Locations.hasS3Scheme("local:///s3/b/k")).isFalse();
        assertThat(S3Locations.hasS3Scheme("s3:/b")).isFalse();
        assertThat(S3Locations.hasS3Scheme("://b")).isFalse();
    }

    @Test
    void testInvalidRoot()
    {
        assertThatThrownBy(() -> new S3Locations("/abs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid S3 root directory '/abs': expected a relative path such as s3");
        assertThatThrownBy(() -> new S3Locations("a/../b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new S3Locations("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new S3Locations("s3/")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertInvalid(String s3Uri, String message)
    {
        assertThatThrownBy(() -> LOCATIONS.toTrino(s3Uri))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThatThrownBy(() -> LOCATIONS.toFile(Path.of("/data"), s3Uri))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
