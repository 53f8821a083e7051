package io.athena4j.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static java.util.Objects.requireNonNull;

/**
 * Finds the launch script of the server distribution ({@code bin/athena4j-local} next to {@code lib/}). JDK
 * discovery and the server's JVM flags live in that script only, so the command line and this launcher agree.
 */
final class Distribution
{
    static final String HOME_PROPERTY = "athena4j.local.home";
    static final String HOME_VARIABLE = "ATHENA4J_LOCAL_HOME";
    static final String LAUNCH_SCRIPT = "bin/athena4j-local";

    private static final String HOW_TO_FIX = "set the system property " + HOME_PROPERTY + " or the environment variable " + HOME_VARIABLE +
            " to the distribution directory, the one containing " + LAUNCH_SCRIPT + " and lib/; " +
            "build it with ./mvnw -pl local/server -am package, which puts it in local/target/athena4j-local";

    private Distribution() {}

    static Path launchScript(Optional<Path> home)
    {
        return launchScript(home, System::getProperty, System::getenv);
    }

    /**
     * A setting that is present but wrong is an error rather than a reason to try the next one: falling back would
     * start a different build than the one asked for.
     */
    static Path launchScript(Optional<Path> home, UnaryOperator<String> systemProperties, UnaryOperator<String> environment)
    {
        requireNonNull(home, "home is null");
        requireNonNull(systemProperties, "systemProperties is null");
        requireNonNull(environment, "environment is null");

        if (home.isPresent()) {
            return launchScript(home.get(), "AthenaLocalOptions.home");
        }
        String property = systemProperties.apply(HOME_PROPERTY);
        if (property != null && !property.isBlank()) {
            return launchScript(Path.of(property), "system property " + HOME_PROPERTY);
        }
        String variable = environment.apply(HOME_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return launchScript(Path.of(variable), "environment variable " + HOME_VARIABLE);
        }
        throw new AthenaLocalException("Cannot find the athena4j-local distribution: " + HOW_TO_FIX);
    }

    private static Path launchScript(Path home, String setting)
    {
        Path script = home.toAbsolutePath().normalize().resolve(LAUNCH_SCRIPT);
        if (!Files.isRegularFile(script)) {
            throw new AthenaLocalException("The athena4j-local distribution in %s (from the %s) has no %s: %s".formatted(home, setting, LAUNCH_SCRIPT, HOW_TO_FIX));
        }
        if (!Files.isExecutable(script)) {
            throw new AthenaLocalException("%s (from the %s) is not executable; run chmod +x on it or rebuild the distribution with ./mvnw -pl local/server -am package"
                    .formatted(script, setting));
        }
        return script;
    }
}
