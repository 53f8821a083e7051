package io.athena4j.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/**
 * A connection's configuration, parsed and checked once from a {@code jdbc:athena://Key=Value;...} URL and
 * {@link Properties}. Every invalid value fails here with a message naming the key and what it accepts, so nothing
 * goes wrong later in the middle of a query.
 */
final class ConnectionConfig
{
    static final String URL_PREFIX = "jdbc:athena://";

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionConfig.class);

    private final Map<ConnectionProperty, String> values;
    private final Optional<String> region;
    private final Optional<URI> athenaEndpoint;
    private final Optional<URI> s3Endpoint;
    private final Optional<EncryptionOption> encryptionOption;
    private final CredentialsKind credentialsKind;
    private final boolean resultReuse;
    private final int maxResultReuseAgeMinutes;
    private final Duration minPollingInterval;
    private final Duration maxPollingInterval;
    private final double pollingMultiplier;
    private final int fetchSize;
    private final int numRetries;
    private final Duration networkTimeout;
    private final int queryTimeoutSeconds;
    private final ResultFetcher resultFetcher;
    private final int s3FetchRangeBytes;
    private final boolean useExecutionParameters;

    /** How a query's rows are read. */
    enum ResultFetcher
    {
        /** Page by page through the Athena API. */
        GET_QUERY_RESULTS,
        /** The result CSV straight from S3, in parallel byte ranges; GetQueryResults where the file is not readable. */
        S3
    }

    enum EncryptionOption
    {
        SSE_S3, SSE_KMS, CSE_KMS
    }

    enum CredentialsKind
    {
        DEFAULT_CHAIN, PROFILE, STATIC_KEYS, CUSTOM_CLASS
    }

    private ConnectionConfig(Map<ConnectionProperty, String> values)
            throws SQLException
    {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
        region = string(ConnectionProperty.REGION);
        athenaEndpoint = uri(ConnectionProperty.ATHENA_ENDPOINT);
        s3Endpoint = uri(ConnectionProperty.S3_ENDPOINT);
        encryptionOption = parseEncryptionOption();
        credentialsKind = parseCredentialsKind();
        resultReuse = bool(ConnectionProperty.ENABLE_RESULT_REUSE_BY_AGE, false);
        maxResultReuseAgeMinutes = integer(ConnectionProperty.MAX_RESULT_REUSE_AGE_IN_MINUTES, 60, 0, 10080);
        minPollingInterval = Duration.ofMillis(integer(ConnectionProperty.MIN_POLLING_INTERVAL, 10, 1, 60_000));
        maxPollingInterval = Duration.ofMillis(integer(ConnectionProperty.MAX_POLLING_INTERVAL, 250, 1, 600_000));
        if (maxPollingInterval.compareTo(minPollingInterval) < 0) {
            throw invalid(ConnectionProperty.MAX_POLLING_INTERVAL, "at least MinQueryExecutionPollingIntervalMillis (" + minPollingInterval.toMillis() + ")");
        }
        pollingMultiplier = decimal(ConnectionProperty.POLLING_MULTIPLIER, 1.2, 1, 10);
        fetchSize = integer(ConnectionProperty.FETCH_SIZE, 1000, 1, 1000);
        numRetries = integer(ConnectionProperty.NUM_RETRIES, 3, 0, 20);
        networkTimeout = Duration.ofMillis(integer(ConnectionProperty.NETWORK_TIMEOUT_MILLIS, 0, 0, Integer.MAX_VALUE));
        queryTimeoutSeconds = integer(ConnectionProperty.QUERY_TIMEOUT, 0, 0, Integer.MAX_VALUE);
        resultFetcher = parseResultFetcher();
        s3FetchRangeBytes = integer(ConnectionProperty.S3_FETCH_RANGE_BYTES, 4 << 20, 1024, 64 << 20);
        useExecutionParameters = bool(ConnectionProperty.USE_EXECUTION_PARAMETERS, false);
        if (!outputLocation().map(location -> location.startsWith("s3://") && location.length() > "s3://".length()).orElse(true)) {
            throw invalid(ConnectionProperty.OUTPUT_LOCATION, "an s3:// location such as s3://my-bucket/athena-results/");
        }
    }

    static boolean acceptsUrl(String url)
    {
        return url != null && url.regionMatches(true, 0, URL_PREFIX, 0, URL_PREFIX.length());
    }

    /**
     * Reads the properties, then the URL's parameters, which win. Unknown keys are ignored (Hibernate and pools pass
     * settings of their own), and logged at debug.
     */
    static ConnectionConfig parse(String url, Properties info)
            throws SQLException
    {
        requireNonNull(url, "url is null");
        if (!acceptsUrl(url)) {
            throw new SQLException("Not an athena4j URL: it must start with " + URL_PREFIX, "08001");
        }
        Map<ConnectionProperty, String> values = new EnumMap<>(ConnectionProperty.class);
        if (info != null) {
            for (String name : info.stringPropertyNames()) {
                put(values, name, info.getProperty(name));
            }
        }
        for (String pair : url.substring(URL_PREFIX.length()).split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new SQLException("Malformed URL parameter '" + redactedSegment(pair) + "': the URL must look like "
                        + URL_PREFIX + "Region=us-east-1;WorkGroup=primary;OutputLocation=s3://bucket/path/", "HY024");
            }
            put(values, pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return new ConnectionConfig(values);
    }

    private static void put(Map<ConnectionProperty, String> values, String name, String value)
    {
        Optional<ConnectionProperty> property = ConnectionProperty.forName(name);
        if (property.isEmpty()) {
            LOG.debug("Ignoring unknown connection property {}", name);
            return;
        }
        if (value != null && !value.isEmpty()) {
            values.put(property.get(), value);
        }
    }

    /** A segment without '=' may be a secret pasted in the wrong place: show only its start. */
    private static String redactedSegment(String segment)
    {
        return segment.length() <= 12 ? segment : segment.substring(0, 12) + "...";
    }

    Optional<String> string(ConnectionProperty property)
    {
        return Optional.ofNullable(values.get(property));
    }

    Optional<String> region()
    {
        return region;
    }

    String catalog()
    {
        return string(ConnectionProperty.CATALOG).orElse("AwsDataCatalog");
    }

    String database()
    {
        return string(ConnectionProperty.DATABASE).orElse("default");
    }

    String workGroup()
    {
        return string(ConnectionProperty.WORK_GROUP).orElse("primary");
    }

    Optional<String> outputLocation()
    {
        return string(ConnectionProperty.OUTPUT_LOCATION);
    }

    Optional<URI> athenaEndpoint()
    {
        return athenaEndpoint;
    }

    Optional<URI> s3Endpoint()
    {
        return s3Endpoint;
    }

    Optional<EncryptionOption> encryptionOption()
    {
        return encryptionOption;
    }

    CredentialsKind credentialsKind()
    {
        return credentialsKind;
    }

    boolean resultReuse()
    {
        return resultReuse;
    }

    int maxResultReuseAgeMinutes()
    {
        return maxResultReuseAgeMinutes;
    }

    Duration minPollingInterval()
    {
        return minPollingInterval;
    }

    Duration maxPollingInterval()
    {
        return maxPollingInterval;
    }

    double pollingMultiplier()
    {
        return pollingMultiplier;
    }

    int fetchSize()
    {
        return fetchSize;
    }

    int numRetries()
    {
        return numRetries;
    }

    Duration networkTimeout()
    {
        return networkTimeout;
    }

    int queryTimeoutSeconds()
    {
        return queryTimeoutSeconds;
    }

    ResultFetcher resultFetcher()
    {
        return resultFetcher;
    }

    int s3FetchRangeBytes()
    {
        return s3FetchRangeBytes;
    }

    boolean useExecutionParameters()
    {
        return useExecutionParameters;
    }

    /** The configuration as a URL, secrets replaced: what DatabaseMetaData.getURL and messages may show. */
    String redactedUrl()
    {
        StringBuilder url = new StringBuilder(URL_PREFIX);
        for (Map.Entry<ConnectionProperty, String> entry : values.entrySet()) {
            url.append(entry.getKey().key()).append('=').append(entry.getKey().isSecret() ? "***" : entry.getValue()).append(';');
        }
        return url.toString();
    }

    /** Identifies configurations that can share one AthenaClient: equal in everything the client is built from. */
    Map<ConnectionProperty, String> clientIdentity()
    {
        Map<ConnectionProperty, String> identity = new EnumMap<>(ConnectionProperty.class);
        for (ConnectionProperty property : new ConnectionProperty[] {
                ConnectionProperty.REGION, ConnectionProperty.CREDENTIALS_PROVIDER, ConnectionProperty.PROFILE_NAME,
                ConnectionProperty.USER, ConnectionProperty.PASSWORD, ConnectionProperty.SESSION_TOKEN,
                ConnectionProperty.ATHENA_ENDPOINT, ConnectionProperty.S3_ENDPOINT, ConnectionProperty.NUM_RETRIES, ConnectionProperty.NETWORK_TIMEOUT_MILLIS}) {
            string(property).ifPresent(value -> identity.put(property, value));
        }
        return identity;
    }

    @Override
    public String toString()
    {
        return redactedUrl();
    }

    private Optional<URI> uri(ConnectionProperty property)
            throws SQLException
    {
        Optional<String> value = string(property);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.get());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
                throw invalid(property, "an http:// or https:// URL such as https://athena.us-east-1.amazonaws.com");
            }
            return Optional.of(uri);
        }
        catch (URISyntaxException e) {
            throw invalid(property, "an http:// or https:// URL such as https://athena.us-east-1.amazonaws.com");
        }
    }

    /**
     * {@code auto} is the official driver's default and means "S3 where possible" there; here it keeps the default,
     * GetQueryResults, which needs no S3 permissions. The official driver's {@code GetQueryResultsStream} needs
     * Athena's private streaming service and is refused with the accepted values.
     */
    private ResultFetcher parseResultFetcher()
            throws SQLException
    {
        String fetcher = string(ConnectionProperty.RESULT_FETCHER).orElse("GetQueryResults");
        if (fetcher.equalsIgnoreCase("GetQueryResults") || fetcher.equalsIgnoreCase("auto")) {
            return ResultFetcher.GET_QUERY_RESULTS;
        }
        if (fetcher.equalsIgnoreCase("S3")) {
            return ResultFetcher.S3;
        }
        throw invalid(ConnectionProperty.RESULT_FETCHER, "GetQueryResults or S3");
    }

    private Optional<EncryptionOption> parseEncryptionOption()
            throws SQLException
    {
        Optional<String> value = string(ConnectionProperty.ENCRYPTION_OPTION);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            EncryptionOption option = EncryptionOption.valueOf(value.get().toUpperCase(Locale.ROOT));
            if (option != EncryptionOption.SSE_S3 && string(ConnectionProperty.KMS_KEY).isEmpty()) {
                throw new SQLException("EncryptionOption=" + option + " needs KmsKey, the KMS key id or ARN", "HY024");
            }
            return Optional.of(option);
        }
        catch (IllegalArgumentException e) {
            throw invalid(ConnectionProperty.ENCRYPTION_OPTION, "SSE_S3, SSE_KMS or CSE_KMS");
        }
    }

    private CredentialsKind parseCredentialsKind()
            throws SQLException
    {
        Optional<String> provider = string(ConnectionProperty.CREDENTIALS_PROVIDER);
        boolean hasKeys = string(ConnectionProperty.USER).isPresent() || string(ConnectionProperty.PASSWORD).isPresent();
        if (hasKeys && (string(ConnectionProperty.USER).isEmpty() || string(ConnectionProperty.PASSWORD).isEmpty())) {
            throw new SQLException("User (AccessKeyId) and Password (SecretAccessKey) must be set together", "HY024");
        }
        if (provider.isEmpty()) {
            return hasKeys ? CredentialsKind.STATIC_KEYS : CredentialsKind.DEFAULT_CHAIN;
        }
        if (provider.get().equalsIgnoreCase("DefaultChain")) {
            return CredentialsKind.DEFAULT_CHAIN;
        }
        if (provider.get().equalsIgnoreCase("ProfileCredentials")) {
            if (string(ConnectionProperty.PROFILE_NAME).isEmpty()) {
                throw new SQLException("CredentialsProvider=ProfileCredentials needs ProfileName, the profile in ~/.aws/credentials", "HY024");
            }
            return CredentialsKind.PROFILE;
        }
        if (provider.get().contains(".")) {
            return CredentialsKind.CUSTOM_CLASS;
        }
        throw invalid(ConnectionProperty.CREDENTIALS_PROVIDER, "DefaultChain, ProfileCredentials or the fully qualified name of an AwsCredentialsProvider class");
    }

    private boolean bool(ConnectionProperty property, boolean defaultValue)
            throws SQLException
    {
        Optional<String> value = string(property);
        if (value.isEmpty()) {
            return defaultValue;
        }
        if (value.get().equalsIgnoreCase("true") || value.get().equals("1")) {
            return true;
        }
        if (value.get().equalsIgnoreCase("false") || value.get().equals("0")) {
            return false;
        }
        throw invalid(property, "true or false");
    }

    private int integer(ConnectionProperty property, int defaultValue, int min, int max)
            throws SQLException
    {
        Optional<String> value = string(property);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        }
        catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw invalid(property, "a whole number from " + min + " to " + max);
    }

    private double decimal(ConnectionProperty property, double defaultValue, double min, double max)
            throws SQLException
    {
        Optional<String> value = string(property);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            double number = Double.parseDouble(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        }
        catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw invalid(property, "a number from " + min + " to " + max);
    }

    private SQLException invalid(ConnectionProperty property, String accepted)
    {
        String shown = property.isSecret() ? "" : " '" + values.get(property) + "'";
        return new SQLException("Invalid value" + shown + " for connection property " + property.key() + ": expected " + accepted, "HY024");
    }
}
