package io.athena4j.local.server.fault;

import io.athena4j.local.server.AthenaServiceException;
import io.athena4j.local.server.query.AthenaError;
import io.athena4j.local.server.query.QueryExecution;
import io.athena4j.local.server.query.QueryInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;

import static java.util.Objects.requireNonNull;

/**
 * Injects the configured faults into API calls and query executions.
 *
 * <p>Rules are tried in order. For an API call, every matching {@code delay} rule that fires adds its delay, and the
 * first matching error rule that fires answers the call. For a query, every {@code slow-query} rule adds running time
 * and the first {@code fail-query} rule fails it. Whether a rule with a percentage below 100 fires is drawn from one
 * random sequence per configuration; with a seed, the same sequence of calls meets the same faults every time.
 */
public final class FaultInjector
        implements QueryInterceptor
{
    static final String THROTTLING_MESSAGE = "Rate exceeded";
    static final String CONCURRENT_QUERY_LIMIT_MESSAGE = "You have exceeded the limit for the number of queries you can run concurrently. "
            + "Reduce the number of concurrent queries submitted by this account. Contact customer support to request a concurrent query limit increase.";
    static final String INTERNAL_ERROR_MESSAGE = "Internal error, injected by athena4j-local";

    // guarded by this
    private List<ArmedRule> rules = List.of();
    private OptionalLong seed = OptionalLong.empty();
    private Random random = new Random();

    public FaultInjector(List<FaultRule> rules, OptionalLong seed)
    {
        configure(rules, seed);
    }

    /** Replaces every rule; a new seed restarts the random sequence. */
    public synchronized void configure(List<FaultRule> newRules, OptionalLong newSeed)
    {
        requireNonNull(newRules, "newRules is null");
        requireNonNull(newSeed, "newSeed is null");
        rules = newRules.stream().map(ArmedRule::new).toList();
        seed = newSeed;
        random = newSeed.isPresent() ? new Random(newSeed.getAsLong()) : new Random();
    }

    public synchronized OptionalLong seed()
    {
        return seed;
    }

    /** The rules with how often each has fired. */
    public synchronized List<FiredRule> rules()
    {
        return rules.stream().map(rule -> new FiredRule(rule.rule, rule.fired)).toList();
    }

    /**
     * Decides the fate of one API call: how long to hold it, and the error that answers it instead, if any.
     */
    public synchronized ApiCallFault onApiCall(String operation)
    {
        requireNonNull(operation, "operation is null");
        Duration delay = Duration.ZERO;
        for (ArmedRule rule : rules) {
            FaultRule faultRule = rule.rule;
            if (!faultRule.kind().appliesToApiCalls() || faultRule.operation().isPresent() && !faultRule.operation().get().equals(operation)) {
                continue;
            }
            if (!fires(rule)) {
                continue;
            }
            switch (faultRule.kind()) {
                case DELAY -> delay = delay.plus(faultRule.duration());
                case THROTTLE -> {
                    return new ApiCallFault(delay, Optional.of(AthenaServiceException.of(400, "ThrottlingException", faultRule.message().orElse(THROTTLING_MESSAGE), Optional.empty())));
                }
                case CONCURRENT_QUERY_LIMIT -> {
                    return new ApiCallFault(delay, Optional.of(AthenaServiceException.of(400, "TooManyRequestsException",
                            faultRule.message().orElse(CONCURRENT_QUERY_LIMIT_MESSAGE), Optional.of("CONCURRENT_QUERY_LIMIT_EXCEEDED"))));
                }
                case INTERNAL_ERROR -> {
                    return new ApiCallFault(delay, Optional.of(AthenaServiceException.internal(faultRule.message().orElse(INTERNAL_ERROR_MESSAGE))));
                }
                case SLOW_QUERY, FAIL_QUERY -> throw new IllegalStateException("Query fault matched an API call: " + faultRule);
            }
        }
        return new ApiCallFault(delay, Optional.empty());
    }

    @Override
    public synchronized QueryIntervention intercept(QueryExecution execution)
    {
        Duration extra = Duration.ZERO;
        for (ArmedRule rule : rules) {
            FaultRule faultRule = rule.rule;
            if (faultRule.kind().appliesToApiCalls() || faultRule.queryContains().filter(text -> !execution.query().contains(text)).isPresent()) {
                continue;
            }
            if (!fires(rule)) {
                continue;
            }
            if (faultRule.kind() == FaultKind.SLOW_QUERY) {
                extra = extra.plus(faultRule.duration());
                continue;
            }
            String message = faultRule.message().orElse("Query failed, injected by athena4j-local");
            return new QueryIntervention(extra, Optional.of(new AthenaError(faultRule.errorCategory(), faultRule.errorType(), false, message)));
        }
        return new QueryIntervention(extra, Optional.empty());
    }

    private boolean fires(ArmedRule rule)
    {
        if (rule.rule.times().isPresent() && rule.fired >= rule.rule.times().getAsInt()) {
            return false;
        }
        // Draw only for partial percentages, so rules at 0 or 100 percent do not shift the sequence of the others.
        boolean fires = rule.rule.percent() >= 100 || rule.rule.percent() > 0 && random.nextInt(100) < rule.rule.percent();
        if (fires) {
            rule.fired++;
        }
        return fires;
    }

    /**
     * @param delay how long to hold the call before answering it
     * @param error the error that answers it; empty to answer normally
     */
    public record ApiCallFault(Duration delay, Optional<AthenaServiceException> error)
    {
        public ApiCallFault
        {
            requireNonNull(delay, "delay is null");
            requireNonNull(error, "error is null");
        }
    }

    public record FiredRule(FaultRule rule, long fired) {}

    private static final class ArmedRule
    {
        private final FaultRule rule;
        private long fired;

        ArmedRule(FaultRule rule)
        {
            this.rule = requireNonNull(rule, "rule is null");
        }
    }
}
