package io.athena4j.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestDistribution
{
    private static final UnaryOperator<String> NOTHING_SET = name -> null;
    private static final String HOW_TO_FIX = "set the system property athena4j.local.home or the environment variable ATHENA4J_LOCAL_HOME " +
            "to the distribution directory, the one containing bin/athena4j-local and lib/; " +
            "build it with ./mvnw -pl local/server -am package, which puts it in local/target/athena4j-local";

    @TempDir
    Path temporary;

    @Test
    void nothingSet()
    {
        assertThatThrownBy(() -> Distribution.launchScript(Optional.empty(), NOTHING_SET, NOTHING_SET))
                .isInstanceOf(AthenaLocalException.class)
                .hasMessage("Cannot find the athena4j-local distribution: " + HOW_TO_FIX);
    }

    @Test
    void blankSettingsCountAsUnset()
    {
        assertThatThrownBy(() -> Distribution.launchScript(Optional.empty(), name -> " ", name -> ""))
                .hasMessage("Cannot find the athena4j-local distribution: " + HOW_TO_FIX);
    }

    @Test
    void settingWithoutLaunchScript()
    {
        Path empty = temporary.resolve("empty");

        assertThatThrownBy(() -> Distribution.launchScript(Optional.empty(), settings(Distribution.HOME_PROPERTY, empty), NOTHING_SET))
                .isInstanceOf(AthenaLocalException.class)
                .hasMessage("The athena4j-local distribution in " + empty + " (from the system property athena4j.local.home) has no bin/athena4j-local: " + HOW_TO_FIX);
        assertThatThrownBy(() -> Distribution.launchScript(Optional.empty(), NOTHING_SET, settings(Distribution.HOME_VARIABLE, empty)))
                .hasMessage("The athena4j-local distribution in " + empty + " (from the environment variable ATHENA4J_LOCAL_HOME) has no bin/athena4j-local: " + HOW_TO_FIX);
        assertThatThrownBy(() -> Distribution.launchScript(Optional.of(empty), NOTHING_SET, NOTHING_SET))
                .hasMessage("The athena4j-local distribution in " + empty + " (from the AthenaLocalOptions.home) has no bin/athena4j-local: " + HOW_TO_FIX);
    }

    @Test
    void precedence()
    {
        Path fromOptions = FakeDistribution.create(temporary.resolve("options"), "exit 0\n");
        Path fromProperty = FakeDistribution.create(temporary.resolve("property"), "exit 0\n");
        Path fromVariable = FakeDistribution.create(temporary.resolve("variable"), "exit 0\n");
        UnaryOperator<String> property = settings(Distribution.HOME_PROPERTY, temporary.resolve("property"));
        UnaryOperator<String> variable = settings(Distribution.HOME_VARIABLE, temporary.resolve("variable"));

        assertThat(Distribution.launchScript(Optional.of(temporary.resolve("options")), property, variable)).isEqualTo(fromOptions);
        assertThat(Distribution.launchScript(Optional.empty(), property, variable)).isEqualTo(fromProperty);
        assertThat(Distribution.launchScript(Optional.empty(), NOTHING_SET, variable)).isEqualTo(fromVariable);
    }

    @Test
    void wrongSettingDoesNotFallBack()
    {
        FakeDistribution.create(temporary.resolve("variable"), "exit 0\n");

        assertThatThrownBy(() -> Distribution.launchScript(Optional.empty(),
                settings(Distribution.HOME_PROPERTY, temporary.resolve("missing")),
                settings(Distribution.HOME_VARIABLE, temporary.resolve("variable"))))
                .hasMessageStartingWith("The athena4j-local distribution in " + temporary.resolve("missing") + " (from the system property athena4j.local.home) has no bin/athena4j-local");
    }

    @Test
    void launchScriptNotExecutable()
            throws IOException
    {
        Path script = FakeDistribution.create(temporary, "exit 0\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> Distribution.launchScript(Optional.of(temporary), NOTHING_SET, NOTHING_SET))
                .isInstanceOf(AthenaLocalException.class)
                .hasMessage(script + " (from the AthenaLocalOptions.home) is not executable; run chmod +x on it or rebuild the distribution with ./mvnw -pl local/server -am package");
    }

    @Test
    void relativeHomeIsResolved()
    {
        Path script = FakeDistribution.create(temporary, "exit 0\n");
        Path relative = Path.of("").toAbsolutePath().relativize(temporary);

        assertThat(Distribution.launchScript(Optional.of(relative), NOTHING_SET, NOTHING_SET)).isEqualTo(script);
    }

    private static UnaryOperator<String> settings(String name, Path value)
    {
        return Map.of(name, value.toString())::get;
    }
}
