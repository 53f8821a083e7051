package io.athena4j.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bytes on the wire, without the SDK in between: error bodies exactly as Athena writes them (athena-behaviour §A.0).
 */
@AthenaLocalTest
final class WireProtocolTest
{
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static URI endpoint;

    @BeforeAll
    static void connect(AthenaLocal local)
    {
        endpoint = local.endpoint();
    }

    private static HttpResponse<String> post(String target, String body)
            throws IOException, InterruptedException
    {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, String expectedBody)
    {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(expectedBody);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(response.headers().firstValue("x-amzn-errortype")).isEmpty();
    }

    @Test
    void unknownExecution()
            throws Exception
    {
        assertError(post("AmazonAthena.GetQueryExecution", "{\"QueryExecutionId\":\"nope\"}"),
                "{\"__type\":\"InvalidRequestException\",\"AthenaErrorCode\":\"QUERY_EXECUTION_NOT_FOUND\",\"ErrorCode\":\"QUERY_EXECUTION_NOT_FOUND\",\"Message\":\"QueryExecution nope was not found\"}");
    }

    @Test
    void unknownOrMissingOperation()
            throws Exception
    {
        assertError(post("AmazonAthena.NoSuchOperation", "{}"), "{\"__type\":\"UnknownOperationException\"}");
        assertError(post(null, "{}"), "{\"__type\":\"UnknownOperationException\"}");
    }

    @Test
    void malformedBody()
            throws Exception
    {
        assertError(post("AmazonAthena.GetQueryExecution", "{not json"), "{\"__type\":\"SerializationException\"}");
    }

    @Test
    void valueOfTheWrongType()
            throws Exception
    {
        assertError(post("AmazonAthena.GetQueryResults", "{\"QueryExecutionId\":\"x\",\"MaxResults\":\"abc\"}"),
                "{\"__type\":\"SerializationException\",\"Message\":\"STRING_VALUE can not be converted to an Integer\"}");
    }

    @Test
    void missingRequiredMember()
            throws Exception
    {
        assertError(post("AmazonAthena.GetQueryExecution", "{}"),
                "{\"__type\":\"InvalidRequestException\",\"AthenaErrorCode\":\"INVALID_INPUT\",\"ErrorCode\":\"INVALID_INPUT\",\"Message\":\"1 validation error detected: Value null at 'queryExecutionId' failed to satisfy constraint: Member must not be null\"}");
    }

    @Test
    void missingClientRequestTokenFromRawHttp()
            throws Exception
    {
        // SDKs always fill the token in; only raw HTTP can omit it.
        assertError(post("AmazonAthena.StartQueryExecution", "{\"QueryString\":\"SELECT 1\",\"ResultConfiguration\":{\"OutputLocation\":\"s3://athena4j-test-results/raw/\"}}"),
                "{\"__type\":\"InvalidRequestException\",\"AthenaErrorCode\":\"INVALID_INPUT\",\"ErrorCode\":\"INVALID_INPUT\",\"Message\":\"clientRequestToken is null or empty\"}");
    }

    @Test
    void successfulStartAnswersOnlyTheId()
            throws Exception
    {
        HttpResponse<String> response = post("AmazonAthena.StartQueryExecution",
                "{\"QueryString\":\"SELECT 1\",\"ClientRequestToken\":\"" + "t".repeat(40) + System.nanoTime() + "\",\"ResultConfiguration\":{\"OutputLocation\":\"s3://athena4j-test-results/raw/\"},\"UnknownKey\":1}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).matches("\\{\"QueryExecutionId\":\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"}");
    }
}
