package io.athena4j.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestAthenaLocalOptions
{
    @Test
    void defaults()
    {
        AthenaLocalOptions options = AthenaLocalOptions.builder().build();
        assertThat(options.port()).isZero();
        assertThat(options.dataDirectory()).isEmpty();
        assertThat(options.keepDataDirectory()).isFalse();
        assertThat(options.https()).isFalse();
        assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(options.home()).isEmpty();
        assertThat(options.startupTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(options.javaOptions()).isEmpty();
    }

    @Test
    void explicitValues()
    {
        List<String> javaOptions = new ArrayList<>(List.of("-Xmx2g", "-Dfoo=bar"));
        AthenaLocalOptions options = AthenaLocalOptions.builder()
                .port(4566)
                .dataDirectory(Path.of("/data"))
                .keepDataDirectory(true)
                .https(true)
                .bindAddress("0.0.0.0")
                .home(Path.of("/opt/athena4j-local"))
                .startupTimeout(Duration.ofMinutes(5))
                .javaOptions(javaOptions)
                .build();
        javaOptions.add("-Dadded=later");

        assertThat(options.port()).isEqualTo(4566);
        assertThat(options.dataDirectory()).contains(Path.of("/data"));
        assertThat(options.keepDataDirectory()).isTrue();
        assertThat(options.https()).isTrue();
        assertThat(options.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(options.home()).contains(Path.of("/opt/athena4j-local"));
        assertThat(options.startupTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.javaOptions()).containsExactly("-Xmx2g", "-Dfoo=bar");
        assertThatThrownBy(() -> options.javaOptions().add("-Xss1m")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invalidValues()
    {
        AthenaLocalOptions.Builder builder = AthenaLocalOptions.builder();

        assertInvalid(() -> builder.port(-1), IllegalArgumentException.class, "port must be between 0 and 65535: -1");
        assertInvalid(() -> builder.port(65536), IllegalArgumentException.class, "port must be between 0 and 65535: 65536");
        assertInvalid(() -> builder.dataDirectory(null), NullPointerException.class, "dataDirectory is null");
        assertInvalid(() -> builder.bindAddress(null), NullPointerException.class, "bindAddress is null");
        assertInvalid(() -> builder.bindAddress(" "), IllegalArgumentException.class, "bindAddress is blank");
        assertInvalid(() -> builder.home(null), NullPointerException.class, "home is null");
        assertInvalid(() -> builder.startupTimeout(null), NullPointerException.class, "startupTimeout is null");
        assertInvalid(() -> builder.startupTimeout(Duration.ZERO), IllegalArgumentException.class, "startupTimeout must be positive: PT0S");
        assertInvalid(() -> builder.startupTimeout(Duration.ofSeconds(-1)), IllegalArgumentException.class, "startupTimeout must be positive: PT-1S");
        assertInvalid(() -> builder.javaOptions(null), NullPointerException.class, "javaOptions is null");
        assertInvalid(() -> builder.javaOptions(Arrays.asList("-Xmx1g", null)), NullPointerException.class, "javaOptions contains null");
        // The launch script splits ATHENA4J_LOCAL_JAVA_OPTS on whitespace, so such an option would arrive in pieces.
        assertInvalid(() -> builder.javaOptions(List.of("-Dname=two words")), IllegalArgumentException.class,
                "javaOptions must be non-empty and free of whitespace, as ATHENA4J_LOCAL_JAVA_OPTS is split on whitespace: '-Dname=two words'");
        assertInvalid(() -> builder.javaOptions(List.of("")), IllegalArgumentException.class,
                "javaOptions must be non-empty and free of whitespace, as ATHENA4J_LOCAL_JAVA_OPTS is split on whitespace: ''");

        // A rejected value leaves the builder as it was.
        assertThat(builder.build().port()).isZero();
    }

    @Test
    void portBounds()
    {
        assertThat(AthenaLocalOptions.builder().port(0).build().port()).isZero();
        assertThat(AthenaLocalOptions.builder().port(65535).build().port()).isEqualTo(65535);
    }

    private static void assertInvalid(Runnable setter, Class<? extends RuntimeException> type, String message)
    {
        assertThatThrownBy(setter::run)
                .isInstanceOf(type)
                .hasMessage(message);
    }
}
