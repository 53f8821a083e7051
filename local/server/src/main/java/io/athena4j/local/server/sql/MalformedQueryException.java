package io.athena4j.local.server.sql;

import static java.util.Objects.requireNonNull;

/**
 * A statement Athena rejects synchronously in {@code StartQueryExecution} with
 * {@code InvalidRequestException} / {@code AthenaErrorCode} {@code MALFORMED_QUERY}.
 * The message is exactly what Athena puts in {@code Message}, for example
 * {@code line 1:1: mismatched input 'SELEC'. Expecting: 'ALTER', ..., <query>}.
 */
public final class MalformedQueryException
        extends Exception
{
    private final int lineNumber;
    private final int columnNumber;

    public MalformedQueryException(String message, int lineNumber, int columnNumber, Throwable cause)
    {
        super(requireNonNull(message, "message is null"), cause);
        this.lineNumber = lineNumber;
        this.columnNumber = columnNumber;
    }

    /**
     * The 1-based line of the error in the statement text.
     */
    public int getLineNumber()
    {
        return lineNumber;
    }

    /**
     * The 1-based column of the error in its line.
     */
    public int getColumnNumber()
    {
        return columnNumber;
    }
}
