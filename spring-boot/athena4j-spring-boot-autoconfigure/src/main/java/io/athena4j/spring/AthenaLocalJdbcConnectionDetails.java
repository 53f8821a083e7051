package io.athena4j.spring;

import io.athena4j.local.AthenaLocal;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The DataSource's URL when dev services run a local Athena: the application's own {@code spring.datasource.url}
 * parameters (database, work group, …) with the local Athena's endpoint, and what the local Athena needs that the
 * application did not say: a region, credentials it accepts, and a result location in its S3.
 */
final class AthenaLocalJdbcConnectionDetails
        implements JdbcConnectionDetails
{
    static final String LOCAL_OUTPUT_LOCATION = "s3://athena4j-local/results/";
    // The local Athena accepts any signature; the SDK still needs credentials to sign with.
    static final String LOCAL_CREDENTIAL = "local";

    private final String jdbcUrl;

    AthenaLocalJdbcConnectionDetails(AthenaLocal athenaLocal, String applicationUrl, AthenaProperties properties)
    {
        requireNonNull(athenaLocal, "athenaLocal is null");
        requireNonNull(properties, "properties is null");
        this.jdbcUrl = jdbcUrl(athenaLocal.endpoint().toString(), applicationUrl, properties);
    }

    static String jdbcUrl(String endpoint, String applicationUrl, AthenaProperties properties)
    {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (applicationUrl != null && !applicationUrl.isBlank()) {
            AthenaJdbcUrl.parameters(applicationUrl).forEach((key, value) -> {
                if (!AthenaJdbcUrl.ENDPOINT_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
                    parameters.put(key, value);
                }
            });
        }
        parameters.put("AthenaEndpoint", endpoint);
        // athena.* reaches the driver as data source properties, which a URL parameter would override.
        if (properties.region() == null) {
            putIfMissing(parameters, Set.of("region", "awsregion"), "Region", "us-east-1");
        }
        if (properties.outputLocation() == null) {
            putIfMissing(parameters, Set.of("outputlocation", "s3outputlocation", "s3_staging_dir"), "OutputLocation", LOCAL_OUTPUT_LOCATION);
        }
        if (AthenaJdbcUrl.find(parameters, Set.of("user", "accesskeyid", "credentialsprovider", "awscredentialsproviderclass")).isEmpty()) {
            parameters.put("User", LOCAL_CREDENTIAL);
            parameters.put("Password", LOCAL_CREDENTIAL);
        }
        return AthenaJdbcUrl.of(parameters);
    }

    private static void putIfMissing(Map<String, String> parameters, Set<String> lowerCaseKeys, String key, String value)
    {
        if (AthenaJdbcUrl.find(parameters, lowerCaseKeys).isEmpty()) {
            parameters.put(key, value);
        }
    }

    @Override
    public String getUsername()
    {
        return null;
    }

    @Override
    public String getPassword()
    {
        return null;
    }

    @Override
    public String getJdbcUrl()
    {
        return jdbcUrl;
    }

    @Override
    public String getDriverClassName()
    {
        return AthenaJdbcUrl.DRIVER_CLASS_NAME;
    }

    @Override
    public String getXaDataSourceClassName()
    {
        return null;
    }
}
