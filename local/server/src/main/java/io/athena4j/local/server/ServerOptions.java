package io.athena4j.local.server;

import io.athena4j.local.server.auth.SigV4Verifier;
import io.athena4j.local.server.fault.FaultRule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * The command line of {@code athena4j-local}.
 */
record ServerOptions(int port, Path dataDirectory, boolean https, String bindAddress, List<FaultRule> faults, OptionalLong faultSeed, Optional<SigV4Verifier> requiredCredentials)
{
    static final String USAGE = """
            usage: athena4j-local [--port N] [--data-dir PATH] [--https] [--bind ADDRESS]
              --port N          port to listen on; 0 (the default) picks a free one
              --data-dir PATH   where tables, metastore and result files live (default ~/.athena4j-local)
              --https           serve https with a self-signed certificate kept in <data-dir>/tls
              --bind ADDRESS    address to listen on (default 127.0.0.1, loopback only)
              --fault SPEC      inject a fault, repeatable: KIND[:key=value,...] with KIND one of throttle,
                                concurrent-query-limit, internal-error, delay, slow-query, fail-query and keys
                                operation, percent, times, millis, queryContains, category, type, message (last)
              --fault-seed N    makes the faults' percentages deterministic
              --require-auth ACCESS_KEY:SECRET
                                verify every request's AWS SigV4 signature against these credentials""";

    ServerOptions
    {
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(bindAddress, "bindAddress is null");
        faults = List.copyOf(requireNonNull(faults, "faults is null"));
        requireNonNull(faultSeed, "faultSeed is null");
        requireNonNull(requiredCredentials, "requiredCredentials is null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
        }
    }

    static ServerOptions parse(String[] arguments)
    {
        int port = 0;
        Path dataDirectory = defaultDataDirectory();
        boolean https = false;
        String bindAddress = "127.0.0.1";
        List<FaultRule> faults = new ArrayList<>();
        OptionalLong faultSeed = OptionalLong.empty();
        Optional<SigV4Verifier> requiredCredentials = Optional.empty();
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            switch (name) {
                case "--https" -> https = true;
                case "--port", "--data-dir", "--bind", "--fault", "--fault-seed", "--require-auth" -> {
                    String value;
                    if (argument.contains("=")) {
                        value = argument.substring(argument.indexOf('=') + 1);
                    }
                    else if (i + 1 < arguments.length) {
                        value = arguments[++i];
                    }
                    else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    switch (name) {
                        case "--port" -> port = parsePort(value);
                        case "--data-dir" -> dataDirectory = Path.of(value);
                        case "--fault" -> faults.add(parseFault(value));
                        case "--fault-seed" -> faultSeed = OptionalLong.of(parseSeed(value));
                        case "--require-auth" -> requiredCredentials = Optional.of(SigV4Verifier.parse(value));
                        default -> bindAddress = value;
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + argument);
            }
        }
        return new ServerOptions(port, dataDirectory.toAbsolutePath().normalize(), https, bindAddress, faults, faultSeed, requiredCredentials);
    }

    /** $HOME, as the launch script sees it: the JVM's user.home ignores a changed HOME. */
    private static Path defaultDataDirectory()
    {
        String home = System.getenv("HOME");
        return Path.of(home == null || home.isBlank() ? System.getProperty("user.home") : home, ".athena4j-local");
    }

    private static FaultRule parseFault(String value)
    {
        try {
            return FaultRule.parse(value);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fault " + value + ": " + e.getMessage(), e);
        }
    }

    private static long parseSeed(String value)
    {
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("--fault-seed must be a whole number: " + value, e);
        }
    }

    private static int parsePort(String value)
    {
        try {
            return Integer.parseInt(value);
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number between 0 and 65535: " + value, e);
        }
    }
}
