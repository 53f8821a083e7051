package io.athena4j.spring;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestAthenaJdbcUrl
{
    @Test
    void recognisesAthenaUrls()
    {
        assertThat(AthenaJdbcUrl.isAthena("jdbc:athena://Region=us-east-1")).isTrue();
        assertThat(AthenaJdbcUrl.isAthena("JDBC:ATHENA://Region=us-east-1")).isTrue();
        assertThat(AthenaJdbcUrl.isAthena("jdbc:athena:sales")).isTrue();
        assertThat(AthenaJdbcUrl.isAthena("jdbc:awsathena://AwsRegion=us-east-1")).isFalse();
        assertThat(AthenaJdbcUrl.isAthena("jdbc:h2:mem:test")).isFalse();
        assertThat(AthenaJdbcUrl.isAthena(null)).isFalse();
    }

    @Test
    void parametersKeepOrderAndSpelling()
    {
        assertThat(AthenaJdbcUrl.parameters("jdbc:athena://Region=us-east-1;database=sales;;OutputLocation=s3://b/r/;"))
                .containsExactly(Map.entry("Region", "us-east-1"), Map.entry("database", "sales"), Map.entry("OutputLocation", "s3://b/r/"));
        assertThat(AthenaJdbcUrl.parameters("jdbc:athena://")).isEmpty();
        assertThat(AthenaJdbcUrl.of(AthenaJdbcUrl.parameters("jdbc:athena://Region=us-east-1;Database=sales")))
                .isEqualTo("jdbc:athena://Region=us-east-1;Database=sales;");
    }

    @Test
    void malformedUrlsNameTheFix()
    {
        assertThatThrownBy(() -> AthenaJdbcUrl.parameters("jdbc:athena:sales"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with jdbc:athena://");
        assertThatThrownBy(() -> AthenaJdbcUrl.parameters("jdbc:athena://Region"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Region' where a Key=Value pair belongs");
    }

    @Test
    void localEndpointAsksForDevServices()
    {
        assertThat(AthenaJdbcUrl.asksForLocalAthena("jdbc:athena://AthenaEndpoint=local;Database=sales")).isTrue();
        assertThat(AthenaJdbcUrl.asksForLocalAthena("jdbc:athena://endpointoverride=LOCAL")).isTrue();
        assertThat(AthenaJdbcUrl.asksForLocalAthena("jdbc:athena://AthenaEndpoint=http://127.0.0.1:4566")).isFalse();
        assertThat(AthenaJdbcUrl.asksForLocalAthena("jdbc:athena://Region=us-east-1")).isFalse();
        assertThat(AthenaJdbcUrl.asksForLocalAthena("jdbc:h2:mem:test")).isFalse();
        assertThat(AthenaJdbcUrl.asksForLocalAthena(null)).isFalse();
    }
}
