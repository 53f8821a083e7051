package io.athena4j.spring;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

final class TestAthenaEnvironmentPostProcessor
{
    private static final String URL = "jdbc:athena://Database=sales";

    @Test
    void nothingForOtherDatabases()
    {
        StandardEnvironment environment = process(Map.of("spring.datasource.url", "jdbc:h2:mem:test", "athena.region", "eu-west-1"));
        assertThat(environment.getPropertySources().contains(AthenaEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
        assertThat(environment.getProperty("spring.datasource.driver-class-name")).isNull();
        assertThat(process(Map.of()).getPropertySources().contains(AthenaEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
    }

    @Test
    void athenaUrlGetsTheDriverClassAndPoolDefaults()
    {
        StandardEnvironment environment = process(Map.of("spring.datasource.url", URL));
        assertThat(environment.getProperty("spring.datasource.driver-class-name")).isEqualTo("io.athena4j.jdbc.AthenaDriver");
        assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size")).isEqualTo("10");
        assertThat(environment.getProperty("spring.datasource.hikari.minimum-idle")).isEqualTo("0");
        assertThat(environment.getProperty("spring.datasource.hikari.pool-name")).isEqualTo("athena4j");
        assertThat(environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
                .isEqualTo(AthenaEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
    }

    @Test
    void userSettingsWin()
    {
        StandardEnvironment environment = process(Map.of(
                "spring.datasource.url", URL,
                "spring.datasource.driver-class-name", "com.example.OtherDriver",
                "spring.datasource.hikari.maximum-pool-size", "3"));
        assertThat(environment.getProperty("spring.datasource.driver-class-name")).isEqualTo("com.example.OtherDriver");
        assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size")).isEqualTo("3");
    }

    @Test
    void devServicesWithoutUrlGetPoolDefaultsButNoDriverClass()
    {
        // The dev services' JdbcConnectionDetails name the driver class themselves.
        StandardEnvironment environment = process(Map.of("athena.local.enabled", "true"));
        assertThat(environment.getProperty("spring.datasource.driver-class-name")).isNull();
        assertThat(environment.getProperty("spring.datasource.hikari.pool-name")).isEqualTo("athena4j");
        assertThat(AthenaEnvironmentPostProcessor.devServicesEnabled(environment)).isTrue();
        assertThat(AthenaEnvironmentPostProcessor.devServicesEnabled(process(Map.of("spring.datasource.url", "jdbc:athena://AthenaEndpoint=local")))).isTrue();
        assertThat(AthenaEnvironmentPostProcessor.devServicesEnabled(process(Map.of("spring.datasource.url", URL)))).isFalse();
    }

    private static StandardEnvironment process(Map<String, Object> applicationProperties)
    {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", applicationProperties));
        new AthenaEnvironmentPostProcessor().postProcessEnvironment(environment, null);
        return environment;
    }
}
