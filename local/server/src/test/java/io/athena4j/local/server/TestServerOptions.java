package io.athena4j.local.server;

import io.athena4j.local.server.fault.FaultKind;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestServerOptions
{
    @Test
    void testFaultAndAuthenticationOptions()
    {
        ServerOptions options = ServerOptions.parse(new String[] {
                "--fault", "throttle:operation=GetQueryExecution,percent=50",
                "--fault=fail-query:message=a, b",
                "--fault-seed", "7",
                "--require-auth", "AKID:secret"});
        assertThat(options.faults()).extracting(rule -> rule.kind()).containsExactly(FaultKind.THROTTLE, FaultKind.FAIL_QUERY);
        assertThat(options.faults().get(1).message()).hasValue("a, b");
        assertThat(options.faultSeed()).isEqualTo(OptionalLong.of(7));
        assertThat(options.requiredCredentials()).isPresent();

        ServerOptions defaults = ServerOptions.parse(new String[0]);
        assertThat(defaults.faults()).isEmpty();
        assertThat(defaults.faultSeed()).isEmpty();
        assertThat(defaults.requiredCredentials()).isEmpty();
    }

    @Test
    void testInvalidValuesNameTheOption()
    {
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--fault", "boom"}))
                .hasMessageStartingWith("--fault boom: Unknown fault kind 'boom'");
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--fault-seed", "x"}))
                .hasMessage("--fault-seed must be a whole number: x");
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--require-auth", "nosecret"}))
                .hasMessage("--require-auth needs ACCESS_KEY:SECRET, for example --require-auth AKIDLOCAL:local-secret");
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--fault"}))
                .hasMessage("--fault needs a value");
    }
}
