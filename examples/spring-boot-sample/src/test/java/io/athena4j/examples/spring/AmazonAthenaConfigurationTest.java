package io.athena4j.examples.spring;

import com.zaxxer.hikari.HikariDataSource;
import io.athena4j.spring.AthenaDataSourceAutoConfiguration;
import io.athena4j.spring.AthenaEnvironmentPostProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration docs/spring-boot.md shows for Amazon Athena ({@code amazon-athena.properties}) gives a DataSource
 * with athena4j's driver and the output location; building it makes no network call.
 */
class AmazonAthenaConfigurationTest
{
    @Test
    void documentedConfigurationForAmazonAthena()
    {
        new ApplicationContextRunner()
                .withInitializer(context -> {
                    try {
                        context.getEnvironment().getPropertySources().addFirst(new ResourcePropertySource(new ClassPathResource("amazon-athena.properties")));
                    }
                    catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    new AthenaEnvironmentPostProcessor().postProcessEnvironment(context.getEnvironment(), null);
                })
                .withConfiguration(AutoConfigurations.of(AthenaDataSourceAutoConfiguration.class, DataSourceAutoConfiguration.class))
                .run(context -> {
                    HikariDataSource dataSource = context.getBean(HikariDataSource.class);
                    assertThat(dataSource.getJdbcUrl()).isEqualTo("jdbc:athena://Region=eu-west-1;Database=bikes");
                    assertThat(dataSource.getDriverClassName()).isEqualTo("io.athena4j.jdbc.AthenaDriver");
                    assertThat(dataSource.getDataSourceProperties()).containsEntry("OutputLocation", "s3://my-bucket/athena-results/");
                });
    }
}
