package io.athena4j.jdbc;

import software.amazon.awssdk.services.athena.model.QueryExecutionStatistics;

/**
 * What Athena measured for a finished query, from its {@code QueryExecutionStatistics}. Times in milliseconds; a value
 * Athena did not report is 0.
 *
 * @param dataScannedBytes what Athena bills for
 * @param engineExecutionMillis time in the engine
 * @param queryQueueMillis time waiting for resources
 * @param queryPlanningMillis time planning the query
 * @param totalExecutionMillis from submission to completion
 */
public record QueryStatistics(
        long dataScannedBytes,
        long engineExecutionMillis,
        long queryQueueMillis,
        long queryPlanningMillis,
        long totalExecutionMillis)
{
    static QueryStatistics of(QueryExecutionStatistics statistics)
    {
        if (statistics == null) {
            return new QueryStatistics(0, 0, 0, 0, 0);
        }
        return new QueryStatistics(
                orZero(statistics.dataScannedInBytes()),
                orZero(statistics.engineExecutionTimeInMillis()),
                orZero(statistics.queryQueueTimeInMillis()),
                orZero(statistics.queryPlanningTimeInMillis()),
                orZero(statistics.totalExecutionTimeInMillis()));
    }

    private static long orZero(Long value)
    {
        return value == null ? 0 : value;
    }
}
