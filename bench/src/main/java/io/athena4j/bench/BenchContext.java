package io.athena4j.bench;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalAdmin;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What every scenario shares: the one local Athena of the run, the JDBC URL that reaches it, a raw AWS SDK client for
 * the baselines (the same Apache 5 transport the driver uses, so the transport is not what is compared) and the
 * server's call counters.
 */
final class BenchContext
        implements AutoCloseable
{
    static final String OUTPUT_LOCATION = "s3://athena4j-bench/results/";

    private final AthenaLocal local;
    private final BenchMode mode;
    private final AthenaClient sdk;

    BenchContext(AthenaLocal local, BenchMode mode)
    {
        this.local = requireNonNull(local, "local is null");
        this.mode = requireNonNull(mode, "mode is null");
        this.sdk = AthenaClient.builder()
                .endpointOverride(local.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(Apache5HttpClient.builder())
                .build();
    }

    BenchMode mode()
    {
        return mode;
    }

    AthenaLocal local()
    {
        return local;
    }

    AthenaLocalAdmin admin()
    {
        return local.admin();
    }

    AthenaClient sdk()
    {
        return sdk;
    }

    /** The driver's URL for this server, with extra {@code Key=Value} parameters. */
    String jdbcUrl(Map<String, String> parameters)
    {
        StringBuilder url = new StringBuilder("jdbc:athena://Region=us-east-1;AthenaEndpoint=").append(local.endpoint())
                .append(";User=local;Password=local;OutputLocation=").append(OUTPUT_LOCATION);
        parameters.forEach((key, value) -> url.append(';').append(key).append('=').append(value));
        return url.toString();
    }

    String jdbcUrl()
    {
        return jdbcUrl(Map.of());
    }

    Connection connect()
            throws SQLException
    {
        return DriverManager.getConnection(jdbcUrl());
    }

    /** StartQueryExecution calls the server has received so far. */
    long queriesStarted()
    {
        return admin().callCount("StartQueryExecution");
    }

    @Override
    public void close()
    {
        sdk.close();
    }
}
