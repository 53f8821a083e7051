package io.athena4j.local.server.query;

/**
 * Athena's query execution states, in the order a query moves through them.
 */
public enum QueryState
{
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean isDone()
    {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
