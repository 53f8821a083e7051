package io.athena4j.local.server.query;

import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Changes what happens to a query once it is RUNNING, before the engine sees it: fault injection makes it slower or
 * fails it with a chosen Athena error.
 */
@FunctionalInterface
public interface QueryInterceptor
{
    QueryInterceptor NONE = _ -> QueryIntervention.NONE;

    /** Decides, once per query, on the query's own thread. */
    QueryIntervention intercept(QueryExecution execution);

    /**
     * @param extraRunningTime how long the query stays RUNNING before it runs (a StopQueryExecution still cancels it)
     * @param failure the error it then fails with instead of running; empty to run it
     */
    record QueryIntervention(Duration extraRunningTime, Optional<AthenaError> failure)
    {
        public static final QueryIntervention NONE = new QueryIntervention(Duration.ZERO, Optional.empty());

        public QueryIntervention
        {
            requireNonNull(extraRunningTime, "extraRunningTime is null");
            requireNonNull(failure, "failure is null");
        }
    }
}
