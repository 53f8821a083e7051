package io.athena4j.jdbc;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.AthenaClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * AthenaClients shared by the connections that would build them identically. An SDK client owns a connection pool and
 * threads; a pool of ten JDBC connections needs one, not ten. Reference-counted: the last connection to release a
 * client closes it. The S3 client of {@code ResultFetcher=S3} is built on first use beside the Athena client, with the
 * same credentials provider, region, HTTP transport settings and retries.
 */
final class AthenaClients
{
    private static final int MAX_HTTP_CONNECTIONS = 64;
    // Not synchronized: no blocking I/O may run while a virtual thread holds a monitor.
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final Map<Map<ConnectionProperty, String>, Shared> CLIENTS = new HashMap<>();

    private AthenaClients() {}

    static AthenaClient acquire(ConnectionConfig config)
            throws SQLException
    {
        Map<ConnectionProperty, String> identity = config.clientIdentity();
        LOCK.lock();
        try {
            Shared shared = CLIENTS.get(identity);
            if (shared == null) {
                // Resolved once per shared client: the default region chain may read files or the instance metadata.
                AwsCredentialsProvider credentials = credentials(config);
                Region region = region(config);
                shared = new Shared(build(config, credentials, region), credentials, region);
                CLIENTS.put(identity, shared);
            }
            shared.references++;
            return shared.client;
        }
        finally {
            LOCK.unlock();
        }
    }

    /**
     * The S3 client beside the Athena client of a configuration whose connection holds a reference (between
     * {@link #acquire} and {@link #release}); built on first use.
     */
    static S3Client s3(ConnectionConfig config)
            throws SQLException
    {
        LOCK.lock();
        try {
            Shared shared = CLIENTS.get(config.clientIdentity());
            if (shared == null) {
                throw new IllegalStateException("No Athena client is held for this configuration: acquire it first");
            }
            if (shared.s3 == null) {
                shared.s3 = buildS3(config, shared.credentials, shared.region);
            }
            return shared.s3;
        }
        finally {
            LOCK.unlock();
        }
    }

    static void release(ConnectionConfig config)
    {
        Map<ConnectionProperty, String> identity = config.clientIdentity();
        Shared toClose = null;
        LOCK.lock();
        try {
            Shared shared = CLIENTS.get(identity);
            if (shared != null && --shared.references == 0) {
                CLIENTS.remove(identity);
                toClose = shared;
            }
        }
        finally {
            LOCK.unlock();
        }
        if (toClose != null) {
            toClose.client.close();
            if (toClose.s3 != null) {
                toClose.s3.close();
            }
        }
    }

    private static AthenaClient build(ConnectionConfig config, AwsCredentialsProvider credentials, Region region)
            throws SQLException
    {
        AthenaClientBuilder builder = AthenaClient.builder()
                .httpClientBuilder(httpClient(config))
                .region(region)
                .credentialsProvider(credentials)
                .overrideConfiguration(overrides(config));
        config.athenaEndpoint().ifPresent(builder::endpointOverride);
        try {
            return builder.build();
        }
        catch (SdkClientException e) {
            throw new SQLException("Cannot create the Athena client: " + e.getMessage(), "08001", e);
        }
    }

    /**
     * Path-style addressing when an endpoint is given: the local Athena and most S3-compatible stores serve
     * {@code /bucket/key} on one host, not {@code bucket.host}.
     */
    private static S3Client buildS3(ConnectionConfig config, AwsCredentialsProvider credentials, Region region)
            throws SQLException
    {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(httpClient(config))
                .region(region)
                .credentialsProvider(credentials)
                .overrideConfiguration(overrides(config));
        config.s3Endpoint().ifPresent(endpoint -> builder.endpointOverride(endpoint).forcePathStyle(true));
        try {
            return builder.build();
        }
        catch (SdkClientException e) {
            throw new SQLException("Cannot create the S3 client for ResultFetcher=S3: " + e.getMessage(), "08001", e);
        }
    }

    /**
     * Retries and the per-attempt timeout, the same for the Athena and the S3 client. Throttling
     * (TooManyRequestsException, ThrottlingException) and 5xx are retried with backoff; a retried StartQueryExecution
     * carries the same ClientRequestToken, so it never runs twice.
     */
    private static ClientOverrideConfiguration overrides(ConnectionConfig config)
    {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder().retryStrategy(retryStrategy(config));
        if (!config.networkTimeout().isZero()) {
            override.apiCallAttemptTimeout(config.networkTimeout());
        }
        return override.build();
    }

    /**
     * No circuit breaker: the SDK's retry quota is per client, and the clients are shared by every connection with
     * these settings, so a burst of throttling would turn retries off for all of them — StopQueryExecution included,
     * leaving cancelled queries running. NumRetries bounds each call.
     */
    private static RetryStrategy retryStrategy(ConnectionConfig config)
    {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(config.numRetries() + 1)
                .circuitBreakerEnabled(false)
                .build();
    }

    private static Apache5HttpClient.Builder httpClient(ConnectionConfig config)
    {
        Apache5HttpClient.Builder http = Apache5HttpClient.builder().maxConnections(MAX_HTTP_CONNECTIONS);
        Duration networkTimeout = config.networkTimeout();
        if (!networkTimeout.isZero()) {
            http.connectionTimeout(networkTimeout).socketTimeout(networkTimeout);
        }
        return http;
    }

    private static Region region(ConnectionConfig config)
            throws SQLException
    {
        if (config.region().isPresent()) {
            return Region.of(config.region().get());
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        }
        catch (SdkClientException e) {
            if (config.athenaEndpoint().isPresent()) {
                // An endpoint override (a local Athena) still signs with a region; any will do.
                return Region.US_EAST_1;
            }
            throw new SQLException("No AWS region: add Region=<region> (for example Region=us-east-1) to the URL, or set AWS_REGION", "08001", e);
        }
    }

    private static AwsCredentialsProvider credentials(ConnectionConfig config)
            throws SQLException
    {
        return switch (config.credentialsKind()) {
            case DEFAULT_CHAIN -> DefaultCredentialsProvider.builder().build();
            case PROFILE -> ProfileCredentialsProvider.create(config.string(ConnectionProperty.PROFILE_NAME).orElseThrow());
            case STATIC_KEYS -> {
                String accessKey = config.string(ConnectionProperty.USER).orElseThrow();
                String secretKey = config.string(ConnectionProperty.PASSWORD).orElseThrow();
                yield StaticCredentialsProvider.create(config.string(ConnectionProperty.SESSION_TOKEN)
                        .<software.amazon.awssdk.auth.credentials.AwsCredentials>map(token -> AwsSessionCredentials.create(accessKey, secretKey, token))
                        .orElseGet(() -> AwsBasicCredentials.create(accessKey, secretKey)));
            }
            case CUSTOM_CLASS -> customProvider(config.string(ConnectionProperty.CREDENTIALS_PROVIDER).orElseThrow());
        };
    }

    /** A user's provider class: its static create() if it has one, as the SDK's own providers do, else a no-argument constructor. */
    private static AwsCredentialsProvider customProvider(String className)
            throws SQLException
    {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> type = Class.forName(className, true, loader == null ? AthenaClients.class.getClassLoader() : loader);
            if (!AwsCredentialsProvider.class.isAssignableFrom(type)) {
                throw new SQLException("CredentialsProvider " + className + " does not implement " + AwsCredentialsProvider.class.getName(), "HY024");
            }
            try {
                Method create = type.getMethod("create");
                if (Modifier.isStatic(create.getModifiers()) && AwsCredentialsProvider.class.isAssignableFrom(create.getReturnType())) {
                    return (AwsCredentialsProvider) create.invoke(null);
                }
            }
            catch (NoSuchMethodException e) {
                // falls back to the constructor
            }
            return (AwsCredentialsProvider) type.getConstructor().newInstance();
        }
        catch (ClassNotFoundException e) {
            throw new SQLException("CredentialsProvider class " + className + " is not on the classpath", "HY024", e);
        }
        catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new SQLException("CredentialsProvider " + className + " needs a public static create() method or a public no-argument constructor", "HY024", e);
        }
        catch (InvocationTargetException e) {
            throw new SQLException("CredentialsProvider " + className + " failed to initialize: " + e.getCause(), "HY024", e.getCause());
        }
    }

    private static final class Shared
    {
        final AthenaClient client;
        final AwsCredentialsProvider credentials;
        final Region region;
        S3Client s3;
        int references;

        Shared(AthenaClient client, AwsCredentialsProvider credentials, Region region)
        {
            this.client = client;
            this.credentials = credentials;
            this.region = region;
        }
    }
}
