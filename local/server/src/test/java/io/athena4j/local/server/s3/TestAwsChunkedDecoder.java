package io.athena4j.local.server.s3;

import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestAwsChunkedDecoder
{
    @Test
    void testSignedChunksAndTrailer()
    {
        String body = "5;chunk-signature=ab12\r\nhello\r\n6;chunk-signature=cd34\r\n world\r\n0;chunk-signature=ef56\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n";
        assertThat(new String(AwsChunkedDecoder.decode(body.getBytes(UTF_8)), UTF_8)).isEqualTo("hello world");
    }

    @Test
    void testUnsignedChunks()
    {
        assertThat(new String(AwsChunkedDecoder.decode("a\r\n0123456789\r\n0\r\n\r\n".getBytes(UTF_8)), UTF_8)).isEqualTo("0123456789");
        assertThat(AwsChunkedDecoder.decode("0\r\n\r\n".getBytes(UTF_8))).isEmpty();
    }

    @Test
    void testMalformed()
    {
        assertThatThrownBy(() -> AwsChunkedDecoder.decode("5;chunk-signature=ab".getBytes(UTF_8)))
                .hasMessage("Malformed aws-chunked body: a chunk header without CRLF at byte 0");
    }
}
