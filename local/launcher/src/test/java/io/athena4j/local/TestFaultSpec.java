package io.athena4j.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestFaultSpec
{
    @Test
    void commandLineAndJsonForms()
    {
        FaultSpec throttle = FaultSpec.throttle().operation("GetQueryExecution").percent(30).times(2);
        assertThat(throttle.toCommandLine()).isEqualTo("throttle:operation=GetQueryExecution,percent=30,times=2");
        assertThat(throttle.toJson()).isEqualTo("{\"kind\":\"throttle\",\"operation\":\"GetQueryExecution\",\"percent\":\"30\",\"times\":\"2\"}");

        FaultSpec fail = FaultSpec.failQuery(2, 1301, "TABLE_NOT_FOUND: a, \"b\"").queryContains("orders");
        assertThat(fail.toCommandLine()).isEqualTo("fail-query:category=2,type=1301,queryContains=orders,message=TABLE_NOT_FOUND: a, \"b\"");
        assertThat(fail.toJson()).isEqualTo("{\"kind\":\"fail-query\",\"category\":\"2\",\"type\":\"1301\",\"message\":\"TABLE_NOT_FOUND: a, \\\"b\\\"\",\"queryContains\":\"orders\"}");

        assertThat(FaultSpec.slowQuery(Duration.ofSeconds(2)).toCommandLine()).isEqualTo("slow-query:millis=2000");
        assertThat(FaultSpec.delay(Duration.ofMillis(5)).toCommandLine()).isEqualTo("delay:millis=5");
        assertThat(FaultSpec.internalError().toCommandLine()).isEqualTo("internal-error");
        assertThat(FaultSpec.concurrentQueryLimit().kind()).isEqualTo("concurrent-query-limit");
    }

    @Test
    void invalidSpecsAreRejectedAtOnce()
    {
        assertThatThrownBy(() -> FaultSpec.throttle().percent(101)).hasMessage("percent must be between 0 and 100: 101");
        assertThatThrownBy(() -> FaultSpec.throttle().operation("a,b")).hasMessage("operation must not contain ',', which separates the options of --fault: 'a,b'");
        assertThatThrownBy(() -> FaultSpec.failQuery(4, 1, "x")).hasMessage("category must be 1 (SYSTEM), 2 (USER) or 3 (OTHER): 4");
        assertThatThrownBy(() -> FaultSpec.delay(Duration.ZERO)).hasMessage("duration must be at least 1 ms: PT0S");
        assertThatThrownBy(() -> AthenaLocalOptions.builder().requireAuth("a:b", "s")).hasMessage("accessKeyId must be non-empty, without ':' or whitespace: 'a:b'");
    }

    @Test
    void serverCommandLine()
    {
        AthenaLocalOptions options = AthenaLocalOptions.builder()
                .faults(List.of(FaultSpec.throttle().times(1), FaultSpec.slowQuery(Duration.ofMillis(10))))
                .faultSeed(7)
                .requireAuth("AKID", "secret:with:colons")
                .build();
        assertThat(AthenaLocal.command(Path.of("/d/bin/athena4j-local"), options, Path.of("/data")))
                .containsExactly("/d/bin/athena4j-local", "--port", "0", "--data-dir", "/data", "--bind", "127.0.0.1",
                        "--fault", "throttle:times=1", "--fault", "slow-query:millis=10", "--fault-seed", "7", "--require-auth", "AKID:secret:with:colons");
        assertThat(options.toString()).contains("faultSeed=7").contains("requiredAccessKeyId=AKID").doesNotContain("secret:with");
    }
}
