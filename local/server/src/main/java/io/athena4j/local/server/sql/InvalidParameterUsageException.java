package io.athena4j.local.server.sql;

/**
 * The number of {@code ExecutionParameters} does not match the number of {@code ?} in the statement.
 * The message is Trino's for the same mistake ({@code INVALID_PARAMETER_USAGE}):
 * {@code Incorrect number of parameters: expected 1 but found 2}.
 */
public final class InvalidParameterUsageException
        extends RuntimeException
{
    private final int expectedCount;
    private final int actualCount;

    public InvalidParameterUsageException(int expectedCount, int actualCount)
    {
        super("Incorrect number of parameters: expected %s but found %s".formatted(expectedCount, actualCount));
        this.expectedCount = expectedCount;
        this.actualCount = actualCount;
    }

    /**
     * The number of {@code ?} parameters in the statement.
     */
    public int getExpectedCount()
    {
        return expectedCount;
    }

    /**
     * The number of values given.
     */
    public int getActualCount()
    {
        return actualCount;
    }
}
