package io.athena4j.local.server.fault;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestFaultInjector
{
    @Test
    void testParseCommandLineForm()
    {
        FaultRule rule = FaultRule.parse("fail-query:queryContains=orders,category=1,type=9999,message=boom, with a comma");
        assertThat(rule.kind()).isEqualTo(FaultKind.FAIL_QUERY);
        assertThat(rule.queryContains()).hasValue("orders");
        assertThat(rule.errorCategory()).isEqualTo(1);
        assertThat(rule.errorType()).isEqualTo(9999);
        assertThat(rule.message()).hasValue("boom, with a comma");
        assertThat(FaultRule.parse("throttle").percent()).isEqualTo(100);
        assertThat(FaultRule.parse("delay:operation=*,millis=5").operation()).isEmpty();

        assertThatThrownBy(() -> FaultRule.parse("explode")).hasMessageStartingWith("Unknown fault kind 'explode': expected one of throttle, ");
        assertThatThrownBy(() -> FaultRule.parse("throttle:percent=150")).hasMessage("percent must be between 0 and 100: 150");
        assertThatThrownBy(() -> FaultRule.parse("delay")).hasMessage("delay needs millis, for example delay:millis=500");
        assertThatThrownBy(() -> FaultRule.parse("throttle:colour=red")).hasMessageStartingWith("Unknown fault option(s) [colour]");
    }

    @Test
    void testOperationTimesAndErrors()
    {
        FaultInjector injector = new FaultInjector(List.of(
                FaultRule.parse("delay:millis=7"),
                FaultRule.parse("throttle:operation=GetQueryExecution,times=2"),
                FaultRule.parse("concurrent-query-limit:operation=StartQueryExecution"),
                FaultRule.parse("internal-error:operation=ListDatabases")), OptionalLong.empty());
        FaultInjector.ApiCallFault first = injector.onApiCall("GetQueryExecution");
        assertThat(first.delay()).isEqualTo(Duration.ofMillis(7));
        assertThat(first.error().orElseThrow().type()).isEqualTo("ThrottlingException");
        assertThat(first.error().orElseThrow().getMessage()).isEqualTo("Rate exceeded");
        assertThat(first.error().orElseThrow().httpStatus()).isEqualTo(400);
        assertThat(injector.onApiCall("GetQueryExecution").error()).isPresent();
        assertThat(injector.onApiCall("GetQueryExecution").error()).isEmpty();
        assertThat(injector.onApiCall("StartQueryExecution").error().orElseThrow().reason()).hasValue("CONCURRENT_QUERY_LIMIT_EXCEEDED");
        assertThat(injector.onApiCall("ListDatabases").error().orElseThrow().httpStatus()).isEqualTo(500);
        assertThat(injector.rules()).extracting(FaultInjector.FiredRule::fired).containsExactly(5L, 2L, 1L, 1L);
    }

    @Test
    void testSeedMakesPercentagesRepeatable()
    {
        List<FaultRule> rules = List.of(FaultRule.parse("throttle:percent=50"));
        assertThat(outcomes(new FaultInjector(rules, OptionalLong.of(42)))).isEqualTo(outcomes(new FaultInjector(rules, OptionalLong.of(42))));
        List<Boolean> outcomes = outcomes(new FaultInjector(rules, OptionalLong.of(42)));
        assertThat(outcomes).contains(true, false);
    }

    private static List<Boolean> outcomes(FaultInjector injector)
    {
        List<Boolean> outcomes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            outcomes.add(injector.onApiCall("GetQueryResults").error().isPresent());
        }
        return outcomes;
    }
}
