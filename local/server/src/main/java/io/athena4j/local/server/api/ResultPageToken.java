package io.athena4j.local.server.api;

import io.athena4j.local.server.AthenaServiceException;

import java.util.Base64;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

/**
 * GetQueryResults' NextToken: opaque to clients, it carries the query it belongs to and where the next page starts.
 */
record ResultPageToken(String queryExecutionId, long position)
{
    private static final String VERSION = "a4j1";

    ResultPageToken
    {
        requireNonNull(queryExecutionId, "queryExecutionId is null");
    }

    String encode()
    {
        String plain = VERSION + ":" + queryExecutionId + ":" + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(UTF_8));
    }

    /**
     * Decodes a token sent back by a client, rejecting anything this server did not issue for this query with
     * Athena's message for a malformed token.
     */
    static ResultPageToken decode(String token, String queryExecutionId)
    {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), UTF_8).split(":", -1);
            if (parts.length == 3 && parts[0].equals(VERSION) && parts[1].equals(queryExecutionId)) {
                long position = Long.parseLong(parts[2]);
                if (position >= 0) {
                    return new ResultPageToken(queryExecutionId, position);
                }
            }
        }
        catch (IllegalArgumentException e) {
            // falls through to the same error as any other foreign token
        }
        throw AthenaServiceException.invalidRequest("INVALID_INPUT", "Malformed nextPageToken " + token);
    }
}
