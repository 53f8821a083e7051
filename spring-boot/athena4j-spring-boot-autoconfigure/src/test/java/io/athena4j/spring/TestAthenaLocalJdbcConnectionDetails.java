package io.athena4j.spring;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.athena4j.spring.AthenaLocalJdbcConnectionDetails.jdbcUrl;
import static org.assertj.core.api.Assertions.assertThat;

final class TestAthenaLocalJdbcConnectionDetails
{
    private static final String ENDPOINT = "http://127.0.0.1:41234";

    @Test
    void withoutApplicationUrlEverythingTheLocalAthenaNeeds()
    {
        assertThat(jdbcUrl(ENDPOINT, null, properties(null, null)))
                .isEqualTo("jdbc:athena://AthenaEndpoint=http://127.0.0.1:41234;Region=us-east-1;OutputLocation=s3://athena4j-local/results/;User=local;Password=local;");
    }

    @Test
    void applicationUrlKeepsItsParametersAndLosesItsEndpoint()
    {
        assertThat(jdbcUrl(ENDPOINT, "jdbc:athena://AthenaEndpoint=local;Database=sales;s3_staging_dir=s3://mine/;region=eu-west-1", properties(null, null)))
                .isEqualTo("jdbc:athena://Database=sales;s3_staging_dir=s3://mine/;region=eu-west-1;AthenaEndpoint=http://127.0.0.1:41234;User=local;Password=local;");
        assertThat(jdbcUrl(ENDPOINT, "jdbc:athena://EndpointOverride=https://athena.us-east-1.amazonaws.com;AccessKeyId=AK;SecretAccessKey=S", properties(null, null)))
                .isEqualTo("jdbc:athena://AccessKeyId=AK;SecretAccessKey=S;AthenaEndpoint=http://127.0.0.1:41234;Region=us-east-1;OutputLocation=s3://athena4j-local/results/;");
    }

    @Test
    void athenaPropertiesAreNotOverriddenByTheUrl()
    {
        // athena.region and athena.output-location reach the driver as data source properties; a URL parameter would win.
        assertThat(jdbcUrl(ENDPOINT, null, properties("eu-west-1", "s3://results/")))
                .isEqualTo("jdbc:athena://AthenaEndpoint=http://127.0.0.1:41234;User=local;Password=local;");
    }

    static AthenaProperties properties(String region, String outputLocation)
    {
        return new AthenaProperties(region, null, outputLocation,
                new AthenaProperties.Polling(null, null, null),
                new AthenaProperties.ResultReuse(null, null),
                new AthenaProperties.Table(null, null, null),
                new AthenaProperties.Local(false, 0, null, null, Duration.ofSeconds(1)));
    }
}
