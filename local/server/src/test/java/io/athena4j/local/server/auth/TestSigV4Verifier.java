package io.athena4j.local.server.auth;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

final class TestSigV4Verifier
{
    // AWS's worked example in "Create a signed AWS API request" (IAM ListUsers, 2015-08-30).
    private static final String EMPTY_PAYLOAD_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final Map<String, List<String>> HEADERS = Map.of(
            "Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"),
            "Host", List.of("iam.amazonaws.com"),
            "X-Amz-Date", List.of("20150830T123600Z"),
            "Authorization", List.of("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
                    + "SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"));
    private static final SigV4Verifier VERIFIER = new SigV4Verifier("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    @Test
    void testCanonicalRequest()
    {
        Map<String, List<String>> lowerCase = Map.of(
                "content-type", List.of("application/x-www-form-urlencoded; charset=utf-8"),
                "host", List.of("iam.amazonaws.com"),
                "x-amz-date", List.of("20150830T123600Z"));
        assertThat(SigV4Verifier.canonicalRequest("GET", "/", "Version=2010-05-08&Action=ListUsers", lowerCase, List.of("content-type", "host", "x-amz-date"), EMPTY_PAYLOAD_HASH, false))
                .isEqualTo("""
                        GET
                        /
                        Action=ListUsers&Version=2010-05-08
                        content-type:application/x-www-form-urlencoded; charset=utf-8
                        host:iam.amazonaws.com
                        x-amz-date:20150830T123600Z

                        content-type;host;x-amz-date
                        """ + EMPTY_PAYLOAD_HASH);
    }

    @Test
    void testAwsExampleVerifies()
    {
        assertThat(VERIFIER.verify("GET", "/", "Action=ListUsers&Version=2010-05-08", HEADERS, EMPTY_PAYLOAD_HASH)).isEqualTo(SigV4Verifier.Result.VALID);
    }

    @Test
    void testRejections()
    {
        assertThat(VERIFIER.verify("GET", "/", "Action=ListUsers&Version=2010-05-09", HEADERS, EMPTY_PAYLOAD_HASH)).isEqualTo(SigV4Verifier.Result.SIGNATURE_MISMATCH);
        assertThat(new SigV4Verifier("AKIDEXAMPLE", "other").verify("GET", "/", "Action=ListUsers&Version=2010-05-08", HEADERS, EMPTY_PAYLOAD_HASH))
                .isEqualTo(SigV4Verifier.Result.SIGNATURE_MISMATCH);
        assertThat(new SigV4Verifier("AKIDOTHER", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY").verify("GET", "/", "Action=ListUsers&Version=2010-05-08", HEADERS, EMPTY_PAYLOAD_HASH))
                .isEqualTo(SigV4Verifier.Result.UNKNOWN_ACCESS_KEY);
        assertThat(VERIFIER.verify("GET", "/", "", Map.of("Host", List.of("x")), EMPTY_PAYLOAD_HASH)).isEqualTo(SigV4Verifier.Result.MISSING);
        assertThat(VERIFIER.verify("GET", "/", "", Map.of("Authorization", List.of("Basic abc")), EMPTY_PAYLOAD_HASH)).isEqualTo(SigV4Verifier.Result.MALFORMED);
    }

    @Test
    void testCanonicalQueryEncoding()
    {
        assertThat(SigV4Verifier.canonicalQuery("prefix=a%2Fb%20c&list-type=2&delimiter=/&empty")).isEqualTo("delimiter=%2F&empty=&list-type=2&prefix=a%2Fb%20c");
        assertThat(SigV4Verifier.canonicalQuery(null)).isEmpty();
        assertThat(SigV4Verifier.encode("/a b/ü~", false)).isEqualTo("/a%20b/%C3%BC~");
    }

    @Test
    void testParseCredentials()
    {
        assertThat(SigV4Verifier.parse("AKID:secret:with:colons").verify("GET", "/", "", Map.of(), EMPTY_PAYLOAD_HASH)).isEqualTo(SigV4Verifier.Result.MISSING);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SigV4Verifier.parse("nocolon"))
                .hasMessage("--require-auth needs ACCESS_KEY:SECRET, for example --require-auth AKIDLOCAL:local-secret");
    }
}
