package io.athena4j.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A server of its own started with {@code --require-auth} and with a fault from the command line: correctly signed
 * requests pass, unsigned and wrongly signed ones get AWS's errors, in Athena's JSON and in S3's XML.
 */
final class RequireAuthTest
{
    private static final String ACCESS_KEY = "AKIDREQUIRED";
    private static final String SECRET = "required-secret";
    private static AthenaLocal local;

    @BeforeAll
    static void start()
    {
        local = AthenaLocal.start(AthenaLocalOptions.builder()
                .requireAuth(ACCESS_KEY, SECRET)
                .faults(List.of(FaultSpec.throttle().operation("ListWorkGroups").times(1)))
                .faultSeed(3)
                .build());
    }

    @AfterAll
    static void stop()
    {
        local.close();
    }

    @Test
    void rightCredentialsPass()
    {
        try (AthenaApi athena = new AthenaApi(FaultInjectionTest.clientWithoutRetries(local.endpoint(), ACCESS_KEY, SECRET));
                S3Client s3 = S3EndpointTest.s3Client(local.endpoint(), ACCESS_KEY, SECRET)) {
            String id = athena.run("SELECT 42 AS answer").queryExecutionId();
            assertThat(athena.rows(id)).containsExactly(List.of("answer"), List.of("42"));
            assertThat(s3.getObjectAsBytes(request -> request.bucket("athena4j-test-results").key("queries/" + id + ".csv")).asUtf8String()).isEqualTo("\"answer\"\n\"42\"\n");
            s3.putObject(request -> request.bucket("athena4j-test-results").key("uploads/a b+c.txt"), RequestBody.fromString("signed", UTF_8));
            assertThat(s3.listObjectsV2(request -> request.bucket("athena4j-test-results").prefix("uploads/").maxKeys(10)).contents())
                    .singleElement().satisfies(object -> assertThat(object.key()).isEqualTo("uploads/a b+c.txt"));
            assertThat(athena.await(id).status().state()).isEqualTo(QueryExecutionState.SUCCEEDED);
        }
    }

    @Test
    void wrongCredentialsAreRejected()
    {
        try (AthenaClient wrongSecret = FaultInjectionTest.clientWithoutRetries(local.endpoint(), ACCESS_KEY, "wrong");
                AthenaClient unknownKey = FaultInjectionTest.clientWithoutRetries(local.endpoint(), "AKIDUNKNOWN", SECRET)) {
            assertThatThrownBy(() -> wrongSecret.getWorkGroup(request -> request.workGroup("primary")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The request signature we calculated does not match the signature you provided. "
                                + "Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
                    });
            assertThatThrownBy(() -> unknownKey.getWorkGroup(request -> request.workGroup("primary")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is invalid.");
                    });
        }
        try (S3Client wrongSecret = S3EndpointTest.s3Client(local.endpoint(), ACCESS_KEY, "wrong")) {
            assertThatThrownBy(() -> wrongSecret.listBuckets())
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                    });
        }
    }

    @Test
    void unsignedRequestsAreRejected()
            throws Exception
    {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(local.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AmazonAthena.GetWorkGroup")
                .POST(HttpRequest.BodyPublishers.ofString("{\"WorkGroup\":\"primary\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"__type\":\"MissingAuthenticationTokenException\",\"Message\":\"Missing Authentication Token\"}");
    }

    @Test
    void faultFromTheCommandLine()
    {
        try (AthenaClient client = FaultInjectionTest.clientWithoutRetries(local.endpoint(), ACCESS_KEY, SECRET)) {
            assertThat(local.admin().faultsJson()).startsWith("{\"seed\":3,\"faults\":[{\"kind\":\"throttle\",\"operation\":\"ListWorkGroups\",\"percent\":100,\"times\":1,");
            List<Boolean> throttled = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                try {
                    client.listWorkGroups(request -> {});
                    throttled.add(false);
                }
                catch (AwsServiceException e) {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                    throttled.add(true);
                }
            }
            assertThat(throttled).containsExactly(true, false);
        }
    }
}
