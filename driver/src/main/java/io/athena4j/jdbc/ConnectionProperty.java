package io.athena4j.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * The connection parameters, with the names and aliases of the official Athena JDBC 3.x driver so its URLs work
 * unchanged. Names are matched case-insensitively; URL values override {@link java.util.Properties}.
 */
enum ConnectionProperty
{
    REGION("Region", "AWS region of Athena; default: the SDK's region chain (AWS_REGION, profile, instance metadata)", false, "AwsRegion"),
    CATALOG("Catalog", "data catalog; default AwsDataCatalog", false),
    DATABASE("Database", "database (schema) for unqualified names; default default", false, "Schema"),
    WORK_GROUP("WorkGroup", "work group; default primary", false),
    OUTPUT_LOCATION("OutputLocation", "s3:// location for query results; required unless the work group sets one", false, "S3OutputLocation", "s3_staging_dir"),
    CREDENTIALS_PROVIDER("CredentialsProvider", "DefaultChain, ProfileCredentials or the class name of an AwsCredentialsProvider; default DefaultChain (or static keys when User is set)", false, "AWSCredentialsProviderClass"),
    PROFILE_NAME("ProfileName", "profile for CredentialsProvider=ProfileCredentials", false),
    USER("User", "access key id", false, "AccessKeyId"),
    PASSWORD("Password", "secret access key", true, "SecretAccessKey"),
    SESSION_TOKEN("SessionToken", "session token of temporary credentials", true),
    ATHENA_ENDPOINT("AthenaEndpoint", "Athena endpoint URL, e.g. the local Athena's http://127.0.0.1:port", false, "EndpointOverride"),
    S3_ENDPOINT("S3Endpoint", "S3 endpoint URL for ResultFetcher=S3, e.g. the local Athena's http://127.0.0.1:port (path-style)", false),
    ENCRYPTION_OPTION("EncryptionOption", "encryption of query results: SSE_S3, SSE_KMS or CSE_KMS", false),
    KMS_KEY("KmsKey", "KMS key for SSE_KMS or CSE_KMS", false),
    ENABLE_RESULT_REUSE_BY_AGE("EnableResultReuseByAge", "reuse results of identical queries: true or false; default false", false),
    MAX_RESULT_REUSE_AGE_IN_MINUTES("MaxResultReuseAgeInMinutes", "maximum age of a reused result, 0 to 10080; default 60", false),
    MIN_POLLING_INTERVAL("MinQueryExecutionPollingIntervalMillis", "first wait between query state checks; default 10", false),
    MAX_POLLING_INTERVAL("MaxQueryExecutionPollingIntervalMillis", "longest wait between query state checks; default 250", false),
    POLLING_MULTIPLIER("QueryExecutionPollingIntervalMultiplier", "growth of the wait between checks; default 1.2", false),
    RESULT_FETCHER("ResultFetcher", "how results are read: GetQueryResults or S3 (the result CSV with parallel ranged GETs); default GetQueryResults", false),
    S3_FETCH_RANGE_BYTES("S3FetchRangeBytes", "bytes per ranged GET of ResultFetcher=S3, 1024 to 67108864; default 4194304", false),
    USE_EXECUTION_PARAMETERS("UseExecutionParameters", "send PreparedStatement values as StartQueryExecution ExecutionParameters where Athena accepts them: true or false; default false (client-side literals)", false),
    FETCH_SIZE("FetchSize", "rows per GetQueryResults call, 1 to 1000; default 1000", false, "RowsToFetchPerBlock"),
    NUM_RETRIES("NumRetries", "retries of throttled or failed API calls; default 3", false, "MaxErrorRetry"),
    NETWORK_TIMEOUT_MILLIS("NetworkTimeoutMillis", "timeout of one API call in milliseconds, 0 = the SDK's; default 0", false),
    QUERY_TIMEOUT("QueryTimeout", "default query timeout in seconds, 0 = none; default 0", false);

    private static final Map<String, ConnectionProperty> BY_NAME = Arrays.stream(values())
            .flatMap(property -> property.names().stream().map(name -> Map.entry(name.toLowerCase(Locale.ROOT), property)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String key;
    private final String description;
    private final boolean secret;
    private final List<String> aliases;

    ConnectionProperty(String key, String description, boolean secret, String... aliases)
    {
        this.key = requireNonNull(key, "key is null");
        this.description = requireNonNull(description, "description is null");
        this.secret = secret;
        this.aliases = List.of(aliases);
    }

    String key()
    {
        return key;
    }

    String description()
    {
        return description;
    }

    /** Never logged, never in a message, never in a URL shown back. */
    boolean isSecret()
    {
        return secret;
    }

    List<String> names()
    {
        return Stream.concat(Stream.of(key), aliases.stream()).toList();
    }

    static Optional<ConnectionProperty> forName(String name)
    {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }
}
