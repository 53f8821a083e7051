package io.athena4j.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How to start a local Athena with {@link AthenaLocal#start(AthenaLocalOptions)}. Immutable; create one with
 * {@link #builder()}. Every setting has a default, so {@code AthenaLocalOptions.builder().build()} is valid.
 */
public final class AthenaLocalOptions
{
    static final int DEFAULT_PORT = 0;
    static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    // Startup takes 10 to 15 seconds on a 2-core machine; a busy CI machine can take several times that.
    static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private final int port;
    private final Optional<Path> dataDirectory;
    private final boolean keepDataDirectory;
    private final boolean https;
    private final String bindAddress;
    private final Optional<Path> home;
    private final Duration startupTimeout;
    private final List<String> javaOptions;
    private final List<FaultSpec> faults;
    private final Optional<Long> faultSeed;
    private final Optional<String> requiredAccessKeyId;
    private final Optional<String> requiredSecretAccessKey;

    private AthenaLocalOptions(Builder builder)
    {
        this.port = builder.port;
        this.dataDirectory = builder.dataDirectory;
        this.keepDataDirectory = builder.keepDataDirectory;
        this.https = builder.https;
        this.bindAddress = builder.bindAddress;
        this.home = builder.home;
        this.startupTimeout = builder.startupTimeout;
        this.javaOptions = List.copyOf(builder.javaOptions);
        this.faults = List.copyOf(builder.faults);
        this.faultSeed = builder.faultSeed;
        this.requiredAccessKeyId = builder.requiredAccessKeyId;
        this.requiredSecretAccessKey = builder.requiredSecretAccessKey;
    }

    public static Builder builder()
    {
        return new Builder();
    }

    /**
     * The TCP port the server listens on; 0, the default, lets the operating system pick a free one, which
     * {@link AthenaLocal#endpoint()} then reports.
     */
    public int port()
    {
        return port;
    }

    /**
     * The directory for tables, metadata, temporary files and the server log; empty means a fresh temporary
     * directory per start, deleted by {@link AthenaLocal#close()} unless {@link #keepDataDirectory()} is set.
     */
    public Optional<Path> dataDirectory()
    {
        return dataDirectory;
    }

    /**
     * Whether {@link AthenaLocal#close()} keeps the temporary data directory. Default false. A directory set with
     * {@link Builder#dataDirectory(Path)} is always kept, as is the temporary one after a failed start, so its log
     * can be read.
     */
    public boolean keepDataDirectory()
    {
        return keepDataDirectory;
    }

    /**
     * Whether the server speaks HTTPS with a self-signed certificate instead of HTTP. Default false.
     */
    public boolean https()
    {
        return https;
    }

    /**
     * The address the server listens on. Default {@code 127.0.0.1}, so nothing outside this machine can reach it.
     */
    public String bindAddress()
    {
        return bindAddress;
    }

    /**
     * The distribution directory, the one that contains {@code bin/athena4j-local} and {@code lib/}. Empty means the
     * system property {@code athena4j.local.home}, else the environment variable {@code ATHENA4J_LOCAL_HOME}.
     */
    public Optional<Path> home()
    {
        return home;
    }

    /**
     * How long {@link AthenaLocal#start(AthenaLocalOptions)} waits for the server to accept queries before it
     * stops the server and fails. Default 120 seconds.
     */
    public Duration startupTimeout()
    {
        return startupTimeout;
    }

    /**
     * Extra options for the server's JVM, for example {@code -Xmx2g}. They come after the launcher's own defaults
     * and after {@code ATHENA4J_LOCAL_JAVA_OPTS} from the environment, so they win. Default none.
     */
    public List<String> javaOptions()
    {
        return javaOptions;
    }

    /**
     * Faults the server injects from its start ({@code --fault}); the admin API can replace them later. Default none.
     */
    public List<FaultSpec> faults()
    {
        return faults;
    }

    /**
     * The seed that makes the faults' percentages repeatable ({@code --fault-seed}). Default none.
     */
    public Optional<Long> faultSeed()
    {
        return faultSeed;
    }

    /**
     * The access key id every request must be signed with (SigV4, {@code --require-auth}); empty, the default, accepts
     * any signature and unsigned requests.
     */
    public Optional<String> requiredAccessKeyId()
    {
        return requiredAccessKeyId;
    }

    /**
     * The secret access key that goes with {@link #requiredAccessKeyId()}.
     */
    public Optional<String> requiredSecretAccessKey()
    {
        return requiredSecretAccessKey;
    }

    @Override
    public String toString()
    {
        return "AthenaLocalOptions{" +
                "port=" + port +
                ", dataDirectory=" + dataDirectory.map(Path::toString).orElse("<temporary>") +
                ", keepDataDirectory=" + keepDataDirectory +
                ", https=" + https +
                ", bindAddress=" + bindAddress +
                ", home=" + home.map(Path::toString).orElse("<from athena4j.local.home or ATHENA4J_LOCAL_HOME>") +
                ", startupTimeout=" + startupTimeout +
                ", javaOptions=" + javaOptions +
                ", faults=" + faults +
                ", faultSeed=" + faultSeed.map(String::valueOf).orElse("<none>") +
                ", requiredAccessKeyId=" + requiredAccessKeyId.orElse("<any>") +
                '}';
    }

    /**
     * Builds {@link AthenaLocalOptions}. Each setter checks its argument at once and names the option it rejects.
     */
    public static final class Builder
    {
        private int port = DEFAULT_PORT;
        private Optional<Path> dataDirectory = Optional.empty();
        private boolean keepDataDirectory;
        private boolean https;
        private String bindAddress = DEFAULT_BIND_ADDRESS;
        private Optional<Path> home = Optional.empty();
        private Duration startupTimeout = DEFAULT_STARTUP_TIMEOUT;
        private List<String> javaOptions = List.of();
        private List<FaultSpec> faults = List.of();
        private Optional<Long> faultSeed = Optional.empty();
        private Optional<String> requiredAccessKeyId = Optional.empty();
        private Optional<String> requiredSecretAccessKey = Optional.empty();

        private Builder() {}

        /**
         * @see AthenaLocalOptions#port()
         */
        public Builder port(int port)
        {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @see AthenaLocalOptions#dataDirectory()
         */
        public Builder dataDirectory(Path dataDirectory)
        {
            this.dataDirectory = Optional.of(requireNonNull(dataDirectory, "dataDirectory is null"));
            return this;
        }

        /**
         * @see AthenaLocalOptions#keepDataDirectory()
         */
        public Builder keepDataDirectory(boolean keepDataDirectory)
        {
            this.keepDataDirectory = keepDataDirectory;
            return this;
        }

        /**
         * @see AthenaLocalOptions#https()
         */
        public Builder https(boolean https)
        {
            this.https = https;
            return this;
        }

        /**
         * @see AthenaLocalOptions#bindAddress()
         */
        public Builder bindAddress(String bindAddress)
        {
            requireNonNull(bindAddress, "bindAddress is null");
            if (bindAddress.isBlank()) {
                throw new IllegalArgumentException("bindAddress is blank");
            }
            this.bindAddress = bindAddress;
            return this;
        }

        /**
         * @see AthenaLocalOptions#home()
         */
        public Builder home(Path home)
        {
            this.home = Optional.of(requireNonNull(home, "home is null"));
            return this;
        }

        /**
         * @see AthenaLocalOptions#startupTimeout()
         */
        public Builder startupTimeout(Duration startupTimeout)
        {
            requireNonNull(startupTimeout, "startupTimeout is null");
            if (startupTimeout.isNegative() || startupTimeout.isZero()) {
                throw new IllegalArgumentException("startupTimeout must be positive: " + startupTimeout);
            }
            this.startupTimeout = startupTimeout;
            return this;
        }

        /**
         * Replaces the extra JVM options. An option may not contain whitespace, because the launch script receives
         * them in {@code ATHENA4J_LOCAL_JAVA_OPTS}, which it splits on whitespace.
         *
         * @see AthenaLocalOptions#javaOptions()
         */
        public Builder javaOptions(List<String> javaOptions)
        {
            requireNonNull(javaOptions, "javaOptions is null");
            List<String> copy = new ArrayList<>(javaOptions.size());
            for (String javaOption : javaOptions) {
                requireNonNull(javaOption, "javaOptions contains null");
                if (javaOption.isEmpty() || javaOption.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException(
                            "javaOptions must be non-empty and free of whitespace, as ATHENA4J_LOCAL_JAVA_OPTS is split on whitespace: '" + javaOption + "'");
                }
                copy.add(javaOption);
            }
            this.javaOptions = copy;
            return this;
        }

        /**
         * @see AthenaLocalOptions#faults()
         */
        public Builder faults(List<FaultSpec> faults)
        {
            requireNonNull(faults, "faults is null");
            faults.forEach(fault -> requireNonNull(fault, "faults contains null"));
            this.faults = List.copyOf(faults);
            return this;
        }

        /**
         * @see AthenaLocalOptions#faultSeed()
         */
        public Builder faultSeed(long faultSeed)
        {
            this.faultSeed = Optional.of(faultSeed);
            return this;
        }

        /**
         * Makes the server verify the AWS SigV4 signature of every request against these credentials, and reject
         * unsigned and wrongly signed ones the way AWS does ({@code UnrecognizedClientException},
         * {@code InvalidSignatureException}). The credentials reach the server on its command line, so use test
         * credentials only.
         *
         * @see AthenaLocalOptions#requiredAccessKeyId()
         */
        public Builder requireAuth(String accessKeyId, String secretAccessKey)
        {
            requireNonNull(accessKeyId, "accessKeyId is null");
            requireNonNull(secretAccessKey, "secretAccessKey is null");
            if (accessKeyId.isEmpty() || accessKeyId.contains(":") || accessKeyId.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("accessKeyId must be non-empty, without ':' or whitespace: '" + accessKeyId + "'");
            }
            if (secretAccessKey.isEmpty()) {
                throw new IllegalArgumentException("secretAccessKey is empty");
            }
            this.requiredAccessKeyId = Optional.of(accessKeyId);
            this.requiredSecretAccessKey = Optional.of(secretAccessKey);
            return this;
        }

        public AthenaLocalOptions build()
        {
            return new AthenaLocalOptions(this);
        }
    }
}
