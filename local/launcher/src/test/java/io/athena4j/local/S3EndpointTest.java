package io.athena4j.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The S3 endpoint on the server's port, through the SDK's S3Client (path-style): uploads, reads with Range, heads,
 * listings, and the result files Athena queries write.
 */
@AthenaLocalTest
final class S3EndpointTest
{
    private static final String BUCKET = "athena4j-s3-test";
    private static AthenaLocal local;
    private static S3Client s3;

    @BeforeAll
    static void connect(AthenaLocal athenaLocal)
    {
        local = athenaLocal;
        s3 = s3Client(athenaLocal.endpoint(), "AKIDLOCAL", "local-secret");
        s3.createBucket(request -> request.bucket(BUCKET));
    }

    static S3Client s3Client(URI endpoint, String accessKeyId, String secretAccessKey)
    {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    @AfterAll
    static void disconnect()
    {
        s3.close();
    }

    @Test
    void putGetRangeAndHead()
    {
        s3.putObject(request -> request.bucket(BUCKET).key("data/digits.txt"), RequestBody.fromString("0123456789", UTF_8));
        assertThat(local.dataDirectory().resolve("s3/" + BUCKET + "/data/digits.txt")).hasContent("0123456789");

        ResponseBytes<GetObjectResponse> whole = s3.getObjectAsBytes(request -> request.bucket(BUCKET).key("data/digits.txt"));
        assertThat(whole.asUtf8String()).isEqualTo("0123456789");
        // The MD5 of the content, as S3 reports it for single-part uploads.
        assertThat(whole.response().eTag()).isEqualTo("\"781e5e245d69b566979b86e28d23f2c7\"");

        ResponseBytes<GetObjectResponse> range = s3.getObjectAsBytes(request -> request.bucket(BUCKET).key("data/digits.txt").range("bytes=2-5"));
        assertThat(range.asUtf8String()).isEqualTo("2345");
        assertThat(range.response().contentRange()).isEqualTo("bytes 2-5/10");
        assertThat(range.response().contentLength()).isEqualTo(4);
        assertThat(s3.getObjectAsBytes(request -> request.bucket(BUCKET).key("data/digits.txt").range("bytes=-3")).asUtf8String()).isEqualTo("789");
        assertThat(s3.getObjectAsBytes(request -> request.bucket(BUCKET).key("data/digits.txt").range("bytes=7-")).asUtf8String()).isEqualTo("789");
        assertThatThrownBy(() -> s3.getObjectAsBytes(request -> request.bucket(BUCKET).key("data/digits.txt").range("bytes=10-12")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(416);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRange");
                });

        HeadObjectResponse head = s3.headObject(request -> request.bucket(BUCKET).key("data/digits.txt"));
        assertThat(head.contentLength()).isEqualTo(10);
        assertThat(head.eTag()).isEqualTo("\"781e5e245d69b566979b86e28d23f2c7\"");
        assertThat(head.contentType()).isEqualTo("text/plain");
        assertThat(head.lastModified()).isNotNull();
    }

    @Test
    void ifMatchGuardsReadsAgainstAReplacedObject()
    {
        s3.putObject(request -> request.bucket(BUCKET).key("data/versioned.txt"), RequestBody.fromString("first", UTF_8));
        String eTag = s3.headObject(request -> request.bucket(BUCKET).key("data/versioned.txt")).eTag();
        assertThat(s3.getObjectAsBytes(request -> request.bucket(BUCKET).key("data/versioned.txt").range("bytes=0-2").ifMatch(eTag)).asUtf8String()).isEqualTo("fir");
        assertThat(s3.headObject(request -> request.bucket(BUCKET).key("data/versioned.txt").ifMatch("*")).contentLength()).isEqualTo(5);

        s3.putObject(request -> request.bucket(BUCKET).key("data/versioned.txt"), RequestBody.fromString("second", UTF_8));
        // S3 checks If-Match before the range: 412 even for a range past the new end.
        for (String range : new String[] {"bytes=0-2", "bytes=100-200"}) {
            assertThatThrownBy(() -> s3.getObjectAsBytes(request -> request.bucket(BUCKET).key("data/versioned.txt").range(range).ifMatch(eTag)))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(412);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("PreconditionFailed");
                    });
        }
        assertThatThrownBy(() -> s3.headObject(request -> request.bucket(BUCKET).key("data/versioned.txt").ifMatch(eTag)))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
    }

    @Test
    void errors()
            throws Exception
    {
        assertThatThrownBy(() -> s3.getObjectAsBytes(request -> request.bucket(BUCKET).key("no/such/key")))
                .isInstanceOfSatisfying(NoSuchKeyException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> s3.headObject(request -> request.bucket(BUCKET).key("no/such/key")))
                .isInstanceOfSatisfying(NoSuchKeyException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> s3.listObjectsV2(request -> request.bucket("no-such-bucket")))
                .isInstanceOfSatisfying(NoSuchBucketException.class, e -> assertThat(e.statusCode()).isEqualTo(404));

        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(local.endpoint().resolve("/" + BUCKET + "/no-such-key")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(404);
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/xml");
        assertThat(raw.body()).matches("(?s)<\\?xml version=\"1.0\" encoding=\"UTF-8\"\\?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>"
                + "<Key>no-such-key</Key><RequestId>[0-9A-F]{16}</RequestId><HostId>[0-9A-F]{16}</HostId></Error>");
    }

    @Test
    void listObjectsV2WithDelimiterAndPaging()
    {
        String bucket = "athena4j-s3-list";
        s3.createBucket(request -> request.bucket(bucket));
        for (String key : List.of("a.csv", "logs/2024/1.log", "logs/2024/2.log", "logs/2025/1.log", "logs/readme", "z.csv")) {
            s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromString(key, UTF_8));
        }
        ListObjectsV2Response top = s3.listObjectsV2(request -> request.bucket(bucket).delimiter("/"));
        assertThat(top.contents()).extracting(S3Object::key).containsExactly("a.csv", "z.csv");
        assertThat(top.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("logs/");
        assertThat(top.keyCount()).isEqualTo(3);
        assertThat(top.isTruncated()).isFalse();

        ListObjectsV2Response logs = s3.listObjectsV2(request -> request.bucket(bucket).prefix("logs/").delimiter("/"));
        assertThat(logs.contents()).extracting(S3Object::key).containsExactly("logs/readme");
        assertThat(logs.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("logs/2024/", "logs/2025/");
        assertThat(logs.contents().get(0).size()).isEqualTo(11);

        List<List<String>> pages = new ArrayList<>();
        String token = null;
        do {
            String current = token;
            ListObjectsV2Response page = s3.listObjectsV2(request -> request.bucket(bucket).maxKeys(4).continuationToken(current));
            pages.add(page.contents().stream().map(S3Object::key).toList());
            assertThat(page.maxKeys()).isEqualTo(4);
            token = page.nextContinuationToken();
            assertThat(page.isTruncated()).isEqualTo(token != null);
        }
        while (token != null);
        assertThat(pages).containsExactly(List.of("a.csv", "logs/2024/1.log", "logs/2024/2.log", "logs/2025/1.log"), List.of("logs/readme", "z.csv"));
        assertThat(s3.listBuckets().buckets()).extracting(bucketEntry -> bucketEntry.name()).contains(BUCKET, bucket);
    }

    @Test
    void athenaResultFilesAreReadable()
            throws Exception
    {
        try (AthenaApi athena = new AthenaApi(local.endpoint())) {
            String id = athena.run("SELECT 'a' AS letter").queryExecutionId();
            String key = "queries/" + id + ".csv";
            assertThat(s3.getObjectAsBytes(request -> request.bucket("athena4j-test-results").key(key)).asUtf8String()).isEqualTo("\"letter\"\n\"a\"\n");
            Path file = local.dataDirectory().resolve("s3/athena4j-test-results/" + key);
            assertThat(s3.headObject(request -> request.bucket("athena4j-test-results").key(key)).contentLength()).isEqualTo(Files.size(file));
            assertThat(s3.listObjectsV2(request -> request.bucket("athena4j-test-results").prefix("queries/" + id)).contents())
                    .extracting(S3Object::key).containsExactly(key);
        }
    }
}
