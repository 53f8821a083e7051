package io.athena4j.local.server.query;

/**
 * Athena's {@code QueryExecutionStatistics}, in milliseconds and bytes.
 */
public record QueryStatistics(
        long engineExecutionTimeMillis,
        long dataScannedBytes,
        long totalExecutionTimeMillis,
        long queryQueueTimeMillis,
        long servicePreProcessingTimeMillis,
        long queryPlanningTimeMillis,
        long serviceProcessingTimeMillis)
{
    public static final QueryStatistics NONE = new QueryStatistics(0, 0, 0, 0, 0, 0, 0);
}
