package io.athena4j.jdbc;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import io.athena4j.local.FaultSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.AthenaClient;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression: under sustained throttling every call of the driver's shared SDK client still gets its NumRetries
 * retries. With the SDK's default retry quota (a circuit breaker of 500 tokens, 5 a retry) the client stopped retrying
 * after about a hundred retries, for every connection sharing it; StopQueryExecution then failed at the first
 * throttle and cancelled queries were left running (found by io.athena4j.it.FaultMatrixTest).
 */
@AthenaLocalTest
final class SustainedThrottlingTest
{
    private static final int CALLS = 150;

    private AthenaLocal local;

    @AfterEach
    void clearFaults()
    {
        if (local != null) {
            local.admin().clearFaults();
        }
    }

    @Test
    void everyCallIsRetriedAfterTheRetryQuotaWouldBeSpent(AthenaLocal athenaLocal)
            throws Exception
    {
        local = athenaLocal;
        ConnectionConfig config = ConnectionConfig.parse("jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint()
                + ";User=local;Password=local;OutputLocation=s3://driver-test/throttling/;NumRetries=1", null);
        // Every ListWorkGroups call is throttled, retry included: 150 calls spend 150 retries, past the old quota.
        local.admin().injectFaults(List.of(FaultSpec.throttle().operation("ListWorkGroups")), 11);
        local.admin().resetCallCounts();
        AthenaClient client = AthenaClients.acquire(config);
        ExecutorService threads = Executors.newFixedThreadPool(10);
        try {
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(threads.submit(() -> {
                    try {
                        client.listWorkGroups(request -> {});
                        return false;
                    }
                    catch (SdkException e) {
                        return true;
                    }
                }));
            }
            for (Future<Boolean> call : calls) {
                assertThat(call.get(5, TimeUnit.MINUTES)).as("throttled").isTrue();
            }
        }
        finally {
            threads.shutdownNow();
            AthenaClients.release(config);
        }
        assertThat(local.admin().callCount("ListWorkGroups")).as("attempts: each call and its one retry").isEqualTo(2L * CALLS);
    }
}
