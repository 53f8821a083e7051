package io.athena4j.local.server.s3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the {@code aws-chunked} content encoding that newer AWS SDKs use for uploads: chunks of
 * {@code <hex size>[;chunk-signature=...]\r\n<bytes>\r\n}, ended by a zero-size chunk and optional trailer headers
 * (checksums). Chunk signatures and trailers are not checked.
 */
final class AwsChunkedDecoder
{
    private AwsChunkedDecoder() {}

    static byte[] decode(byte[] body)
    {
        ByteArrayOutputStream content = new ByteArrayOutputStream(body.length);
        int position = 0;
        while (position < body.length) {
            int lineEnd = indexOfCrLf(body, position);
            if (lineEnd < 0) {
                throw new IllegalArgumentException("Malformed aws-chunked body: a chunk header without CRLF at byte " + position);
            }
            String header = new String(body, position, lineEnd - position, StandardCharsets.US_ASCII);
            int semicolon = header.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? header : header.substring(0, semicolon)).strip(), 16);
            position = lineEnd + 2;
            if (size == 0) {
                break;
            }
            content.write(body, position, size);
            position += size + 2;
        }
        return content.toByteArray();
    }

    private static int indexOfCrLf(byte[] body, int from)
    {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
