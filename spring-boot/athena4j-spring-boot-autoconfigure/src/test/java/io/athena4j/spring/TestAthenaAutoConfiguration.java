package io.athena4j.spring;

import com.zaxxer.hikari.HikariDataSource;
import io.athena4j.hibernate.AthenaDialect;
import io.athena4j.local.AthenaLocal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each condition of the auto-configuration, offline: opening an athena4j connection makes no network call, and the
 * URL points at a port nothing listens on, so any query would fail.
 */
final class TestAthenaAutoConfiguration
{
    static final String URL = "jdbc:athena://Region=us-east-1;AthenaEndpoint=http://127.0.0.1:9;User=a;Password=b;OutputLocation=s3://results/;NumRetries=0";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(context -> new AthenaEnvironmentPostProcessor().postProcessEnvironment(context.getEnvironment(), null))
            .withConfiguration(AutoConfigurations.of(
                    AthenaLocalDevServicesAutoConfiguration.class,
                    AthenaDataSourceAutoConfiguration.class,
                    DataSourceAutoConfiguration.class,
                    AthenaHibernateAutoConfiguration.class,
                    HealthContributorAutoConfiguration.class,
                    AthenaHealthContributorAutoConfiguration.class));

    @Test
    void athenaUrlWinsOverH2OnTheClasspath()
    {
        // H2 is on this module's test classpath. Without the environment post-processor Boot picks H2's driver for
        // an URL it does not know...
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + URL)
                .run(context -> assertThat(context.getBean(HikariDataSource.class).getDriverClassName()).isEqualTo("org.h2.Driver"));
        // ... with it, Athena's.
        runner.withPropertyValues("spring.datasource.url=" + URL).run(context -> {
            HikariDataSource dataSource = context.getBean(HikariDataSource.class);
            assertThat(dataSource.getDriverClassName()).isEqualTo("io.athena4j.jdbc.AthenaDriver");
            assertThat(dataSource.getMaximumPoolSize()).isEqualTo(10);
            assertThat(dataSource.getMinimumIdle()).isZero();
            assertThat(dataSource.getPoolName()).isEqualTo("athena4j");
        });
    }

    @Test
    void athenaPropertiesReachTheDriver()
    {
        runner.withPropertyValues("spring.datasource.url=" + URL,
                        "athena.region=eu-west-1",
                        "athena.work-group=analytics",
                        "athena.output-location=s3://results/athena/",
                        "athena.polling.min-interval=50ms",
                        "athena.polling.max-interval=2s",
                        "athena.polling.multiplier=1.5",
                        "athena.result-reuse.enabled=true",
                        "athena.result-reuse.max-age=2h")
                .run(context -> assertThat(context.getBean(HikariDataSource.class).getDataSourceProperties()).isEqualTo(properties(Map.of(
                        "Region", "eu-west-1",
                        "WorkGroup", "analytics",
                        "OutputLocation", "s3://results/athena/",
                        "MinQueryExecutionPollingIntervalMillis", "50",
                        "MaxQueryExecutionPollingIntervalMillis", "2000",
                        "QueryExecutionPollingIntervalMultiplier", "1.5",
                        "EnableResultReuseByAge", "true",
                        "MaxResultReuseAgeInMinutes", "120"))));
    }

    @Test
    void userDataSourcePropertiesWinWhateverTheirCase()
    {
        runner.withPropertyValues("spring.datasource.url=" + URL,
                        "athena.work-group=analytics",
                        "athena.region=eu-west-1",
                        "spring.datasource.hikari.data-source-properties.REGION=ap-south-1",
                        "spring.datasource.hikari.maximum-pool-size=4")
                .run(context -> {
                    HikariDataSource dataSource = context.getBean(HikariDataSource.class);
                    assertThat(dataSource.getDataSourceProperties()).isEqualTo(properties(Map.of("REGION", "ap-south-1", "WorkGroup", "analytics")));
                    assertThat(dataSource.getMaximumPoolSize()).isEqualTo(4);
                });
    }

    @Test
    void athenaPropertiesLeaveOtherPoolsAlone()
    {
        runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:other", "athena.region=eu-west-1")
                .run(context -> assertThat(context.getBean(HikariDataSource.class).getDataSourceProperties()).isEmpty());
    }

    @Test
    void nothingWithoutAnAthenaUrl()
    {
        runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:other").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(AthenaHibernatePropertiesCustomizer.class);
            assertThat(context).doesNotHaveBean(AthenaHealthIndicator.class);
            assertThat(context).doesNotHaveBean(AthenaLocal.class);
            assertThat(context).doesNotHaveBean(AthenaProperties.class);
            assertThat(context.getBean(HikariDataSource.class).getDriverClassName()).isEqualTo("org.h2.Driver");
        });
        runner.run(context -> assertThat(context).doesNotHaveBean(AthenaHibernatePropertiesCustomizer.class));
    }

    @Test
    void hibernateDefaultsOnlyWithTheDialectOnTheClasspath()
    {
        runner.withPropertyValues("spring.datasource.url=" + URL).run(context -> assertThat(context).hasSingleBean(HibernatePropertiesCustomizer.class));
        runner.withPropertyValues("spring.datasource.url=" + URL)
                .withClassLoader(new FilteredClassLoader(AthenaDialect.class))
                .run(context -> assertThat(context).doesNotHaveBean(HibernatePropertiesCustomizer.class));
    }

    @Test
    void hibernateDefaults()
    {
        runner.withPropertyValues("spring.datasource.url=" + URL, "athena.table.type=ICEBERG", "athena.table.location-prefix=s3://lake/warehouse")
                .run(context -> {
                    Map<String, Object> properties = customize(context.getBean(HibernatePropertiesCustomizer.class), Map.of());
                    assertThat(properties).containsExactlyInAnyOrderEntriesOf(Map.of(
                            "hibernate.dialect", AthenaDialect.class.getName(),
                            "hibernate.jdbc.batch_size", "1000",
                            "hibernate.order_inserts", "true",
                            "hibernate.type.preferred_uuid_jdbc_type", "VARCHAR",
                            "hibernate.dialect.athena.table_type", "ICEBERG",
                            "hibernate.dialect.athena.location_prefix", "s3://lake/warehouse"));
                });
    }

    @Test
    void userHibernateSettingsWin()
    {
        runner.withPropertyValues("spring.datasource.url=" + URL, "athena.table.type=ICEBERG").run(context -> {
            Map<String, Object> properties = customize(context.getBean(HibernatePropertiesCustomizer.class), Map.of(
                    "hibernate.dialect", "com.example.MyAthenaDialect",
                    "hibernate.jdbc.batch_size", "7",
                    "hibernate.order_inserts", "false",
                    "hibernate.type.preferred_uuid_jdbc_type", "CHAR",
                    "hibernate.dialect.athena.table_type", "HIVE"));
            assertThat(properties)
                    .containsEntry("hibernate.dialect", "com.example.MyAthenaDialect")
                    .containsEntry("hibernate.jdbc.batch_size", "7")
                    .containsEntry("hibernate.order_inserts", "false")
                    .containsEntry("hibernate.type.preferred_uuid_jdbc_type", "CHAR")
                    .containsEntry("hibernate.dialect.athena.table_type", "HIVE");
        });
    }

    @Test
    void devServicesOnlyWhenAskedAndWithTheLauncherOnTheClasspath()
    {
        // Bean definitions only: the context would start the local Athena when the beans are created, which the
        // tests against the local Athena do.
        runner.withPropertyValues("athena.local.enabled=true")
                .withClassLoader(new FilteredClassLoader(AthenaLocal.class))
                .run(context -> {
                    assertThat(context).doesNotHaveBean(AthenaLocal.class);
                    assertThat(context).doesNotHaveBean(AthenaLocalJdbcConnectionDetails.class);
                });
        runner.withPropertyValues("spring.datasource.url=" + URL, "athena.local.enabled=false")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(AthenaLocal.class);
                    assertThat(context.getBean(JdbcConnectionDetails.class)).isNotInstanceOf(AthenaLocalJdbcConnectionDetails.class);
                });
    }

    @Test
    void healthIndicatorCanBeTurnedOff()
    {
        runner.withPropertyValues("spring.datasource.url=" + URL).run(context -> assertThat(context).hasSingleBean(AthenaHealthIndicator.class));
        runner.withPropertyValues("spring.datasource.url=" + URL, "management.health.athena.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(AthenaHealthIndicator.class));
    }

    @Test
    void healthIsDownWhenAthenaDoesNotAnswer()
    {
        runner.withPropertyValues("spring.datasource.url=" + URL).run(context -> {
            var health = context.getBean(AthenaHealthIndicator.class).health(true);
            assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
            assertThat(health.getDetails()).containsKey("error");
        });
    }

    private static Properties properties(Map<String, String> entries)
    {
        Properties properties = new Properties();
        properties.putAll(entries);
        return properties;
    }

    private static Map<String, Object> customize(HibernatePropertiesCustomizer customizer, Map<String, Object> userSettings)
    {
        Map<String, Object> properties = new HashMap<>(userSettings);
        customizer.customize(properties);
        return properties;
    }
}
