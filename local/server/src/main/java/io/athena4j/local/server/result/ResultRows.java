package io.athena4j.local.server.result;

import java.io.IOException;

/**
 * The stored rows of one query result, read a page at a time.
 *
 * <p>A position is opaque to callers: they start at {@link #FIRST_POSITION} and continue from
 * {@link ResultPage#nextPosition()}, which GetQueryResults carries inside its NextToken.
 */
public interface ResultRows
{
    long FIRST_POSITION = 0;

    /**
     * Reads up to {@code maxRows} rows starting at {@code position}.
     *
     * @throws IllegalArgumentException if the position was not produced by this result
     */
    ResultPage read(long position, int maxRows)
            throws IOException;
}
