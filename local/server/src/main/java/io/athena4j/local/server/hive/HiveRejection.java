package io.athena4j.local.server.hive;

import static java.util.Objects.requireNonNull;

/**
 * A Hive DDL statement Athena rejects synchronously in StartQueryExecution, with {@code InvalidRequestException}, this
 * {@code AthenaErrorCode} ({@code MALFORMED_QUERY}, {@code INVALID_INPUT}) and message; no query execution is created.
 */
public final class HiveRejection
        extends Exception
{
    private final String athenaErrorCode;

    public HiveRejection(String athenaErrorCode, String message)
    {
        super(requireNonNull(message, "message is null"));
        this.athenaErrorCode = requireNonNull(athenaErrorCode, "athenaErrorCode is null");
    }

    public static HiveRejection malformedQuery(String message)
    {
        return new HiveRejection("MALFORMED_QUERY", message);
    }

    public String athenaErrorCode()
    {
        return athenaErrorCode;
    }
}
