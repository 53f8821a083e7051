package io.athena4j.local.server.s3;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

final class TestListObjectsV2
{
    private static final Instant TIME = Instant.parse("2026-11-21T10:15:30.123Z");
    private static final List<S3Object> OBJECTS = List.of(
            new S3Object("a.csv", 3, TIME),
            new S3Object("dir/x.txt", 5, TIME),
            new S3Object("dir/y.txt", 6, TIME),
            new S3Object("dir/z/deep", 7, TIME),
            new S3Object("e f&.txt", 1, TIME));

    private static ListObjectsV2.Request request(String prefix, String delimiter, int maxKeys, String token)
    {
        return new ListObjectsV2.Request("bucket", prefix, Optional.ofNullable(delimiter), maxKeys, Optional.ofNullable(token), Optional.empty(), Optional.empty());
    }

    @Test
    void testDelimiterGroupsCommonPrefixes()
    {
        ListObjectsV2.Result result = ListObjectsV2.list(OBJECTS, request("", "/", 1000, null));
        assertThat(result.contents()).extracting(S3Object::key).containsExactly("a.csv", "e f&.txt");
        assertThat(result.commonPrefixes()).containsExactly("dir/");
        assertThat(result.truncated()).isFalse();

        result = ListObjectsV2.list(OBJECTS, request("dir/", "/", 1000, null));
        assertThat(result.contents()).extracting(S3Object::key).containsExactly("dir/x.txt", "dir/y.txt");
        assertThat(result.commonPrefixes()).containsExactly("dir/z/");
    }

    @Test
    void testPagingCountsPrefixesAndContinuesAfterThem()
    {
        ListObjectsV2.Result first = ListObjectsV2.list(OBJECTS, request("", "/", 2, null));
        assertThat(first.contents()).extracting(S3Object::key).containsExactly("a.csv");
        assertThat(first.commonPrefixes()).containsExactly("dir/");
        assertThat(first.truncated()).isTrue();
        ListObjectsV2.Result second = ListObjectsV2.list(OBJECTS, request("", "/", 2, first.nextContinuationToken().orElseThrow()));
        assertThat(second.contents()).extracting(S3Object::key).containsExactly("e f&.txt");
        assertThat(second.commonPrefixes()).isEmpty();
        assertThat(second.truncated()).isFalse();
        assertThat(second.nextContinuationToken()).isEmpty();

        // Exactly full: S3 says not truncated when nothing follows.
        assertThat(ListObjectsV2.list(OBJECTS, request("dir/", null, 3, null)).truncated()).isFalse();
    }

    @Test
    void testXmlAsS3WritesIt()
    {
        ListObjectsV2.Request request = request("dir/", "/", 1, null);
        ListObjectsV2.Result result = ListObjectsV2.list(OBJECTS, request);
        String token = result.nextContinuationToken().orElseThrow();
        assertThat(ListObjectsV2.toXml(request, result, object -> "\"abc\"")).isEqualTo(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                        + "<Name>bucket</Name><Prefix>dir/</Prefix><NextContinuationToken>" + token + "</NextContinuationToken>"
                        + "<KeyCount>1</KeyCount><MaxKeys>1</MaxKeys><Delimiter>/</Delimiter><IsTruncated>true</IsTruncated>"
                        + "<Contents><Key>dir/x.txt</Key><LastModified>2026-11-21T10:15:30.123Z</LastModified><ETag>&quot;abc&quot;</ETag>"
                        + "<Size>5</Size><StorageClass>STANDARD</StorageClass></Contents>"
                        + "</ListBucketResult>");
    }

    @Test
    void testUrlEncodingType()
    {
        ListObjectsV2.Request request = new ListObjectsV2.Request("bucket", "e", Optional.empty(), 1000, Optional.empty(), Optional.empty(), Optional.of("url"));
        String xml = ListObjectsV2.toXml(request, ListObjectsV2.list(OBJECTS, request), object -> "\"abc\"");
        assertThat(xml).contains("<EncodingType>url</EncodingType>").contains("<Key>e+f%26.txt</Key>");
    }
}
