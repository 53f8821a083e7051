package io.athena4j.local;

/**
 * The local Athena could not be started or stopped. The message says what happened; when the server process ran, it
 * also names the server's log file and quotes its last lines.
 */
public final class AthenaLocalException
        extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    AthenaLocalException(String message)
    {
        super(message);
    }

    AthenaLocalException(String message, Throwable cause)
    {
        super(message, cause);
    }
}
