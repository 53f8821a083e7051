package io.athena4j.spring;

import com.zaxxer.hikari.HikariDataSource;
import io.athena4j.hibernate.AthenaDialect;
import io.athena4j.jdbc.AthenaConnection;
import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalAdmin;
import io.athena4j.local.AthenaLocalTest;
import io.athena4j.local.FaultSpec;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The auto-configuration with Boot's real HikariCP pool, Hibernate and health support against the local Athena.
 */
@AthenaLocalTest
final class TestAthenaAutoConfigurationOnLocalAthena
{
    private static String url;
    private static AthenaLocalAdmin admin;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(context -> new AthenaEnvironmentPostProcessor().postProcessEnvironment(context.getEnvironment(), null))
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class,
                    AthenaHibernateAutoConfiguration.class,
                    HealthContributorAutoConfiguration.class,
                    AthenaHealthContributorAutoConfiguration.class));

    @BeforeAll
    static void setUp(AthenaLocal local)
    {
        url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";User=local;Password=local;OutputLocation=s3://spring-it/results/;";
        admin = local.admin();
    }

    @AfterEach
    void clearFaults()
    {
        admin.clearFaults();
    }

    @Test
    void healthIndicatorSpendsNoQuery()
    {
        runner.withPropertyValues("spring.datasource.url=" + url).run(context -> {
            admin.resetCallCounts();
            Health health = context.getBean(AthenaHealthIndicator.class).health(true);
            assertThat(health.getStatus().getCode()).isEqualTo("UP");
            assertThat(health.getDetails()).containsEntry("catalog", "AwsDataCatalog").containsEntry("database", "default");
            assertThat((Iterable<?>) health.getDetails().get("catalogs")).asList().contains("AwsDataCatalog");
            Map<String, Long> calls = admin.callCounts();
            assertThat(calls).containsEntry("ListDataCatalogs", 1L).doesNotContainKey("StartQueryExecution");
        });
    }

    @Test
    void poolKeepsItsConnectionAfterQueryErrors()
    {
        // One connection: were it evicted, the next borrow would get a new driver connection.
        runner.withPropertyValues("spring.datasource.url=" + url + "NumRetries=1;", "spring.datasource.hikari.maximum-pool-size=1").run(context -> {
            HikariDataSource dataSource = context.getBean(HikariDataSource.class);
            AthenaConnection first;
            try (Connection connection = dataSource.getConnection()) {
                first = connection.unwrap(AthenaConnection.class);
            }

            assertQueryFails(dataSource, "SELEC 1", "42000");
            assertQueryFails(dataSource, "SELECT * FROM no_such_table_anywhere", "42S02");
            admin.injectFaults(FaultSpec.failQuery(2, 1000, "INTERNAL_ERROR_QUERY_ENGINE: the engine broke").queryContains("fails_on_purpose"));
            assertQueryFails(dataSource, "SELECT 'fails_on_purpose'", null);
            admin.injectFaults(FaultSpec.throttle().operation("StartQueryExecution"));
            assertQueryFails(dataSource, "SELECT 'throttled'", null);
            admin.clearFaults();

            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT 41 + 1")) {
                assertThat(connection.unwrap(AthenaConnection.class)).isSameAs(first);
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(42);
            }
            assertThat(dataSource.getHikariPoolMXBean().getTotalConnections()).isEqualTo(1);
        });
    }

    @Test
    void hibernateGetsAthenaDefaults()
    {
        runner.withPropertyValues("spring.datasource.url=" + url, "athena.table.type=ICEBERG").run(context -> {
            assertThat(context).hasNotFailed();
            SessionFactoryImplementor sessionFactory = context.getBean(EntityManagerFactory.class).unwrap(SessionFactoryImplementor.class);
            assertThat(sessionFactory.getJdbcServices().getDialect()).isExactlyInstanceOf(AthenaDialect.class);
            assertThat(sessionFactory.getSessionFactoryOptions().getJdbcBatchSize()).isEqualTo(AthenaDialect.DEFAULT_BATCH_SIZE);
            assertThat(sessionFactory.getSessionFactoryOptions().isOrderInsertsEnabled()).isTrue();
            Map<String, Object> properties = sessionFactory.getProperties();
            assertThat(properties)
                    .containsEntry("hibernate.dialect.athena.table_type", "ICEBERG")
                    .containsEntry("hibernate.type.preferred_uuid_jdbc_type", "VARCHAR")
                    .containsEntry("hibernate.physical_naming_strategy", PhysicalNamingStrategySnakeCaseImpl.class.getName());
        });
    }

    @Test
    void userHibernateSettingsWin()
    {
        runner.withPropertyValues("spring.datasource.url=" + url,
                        "athena.table.type=ICEBERG",
                        "spring.jpa.database-platform=" + UserDialect.class.getName(),
                        "spring.jpa.properties.hibernate.jdbc.batch_size=7",
                        "spring.jpa.properties.hibernate.dialect.athena.table_type=HIVE",
                        "spring.jpa.hibernate.naming.physical-strategy=" + PhysicalNamingStrategyStandardImpl.class.getName())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    SessionFactoryImplementor sessionFactory = context.getBean(EntityManagerFactory.class).unwrap(SessionFactoryImplementor.class);
                    assertThat(sessionFactory.getJdbcServices().getDialect()).isExactlyInstanceOf(UserDialect.class);
                    assertThat(sessionFactory.getSessionFactoryOptions().getJdbcBatchSize()).isEqualTo(7);
                    assertThat(sessionFactory.getProperties())
                            .containsEntry("hibernate.dialect.athena.table_type", "HIVE")
                            .containsEntry("hibernate.physical_naming_strategy", PhysicalNamingStrategyStandardImpl.class.getName());
                });
    }

    private static void assertQueryFails(HikariDataSource dataSource, String sql, String sqlState)
            throws SQLException
    {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery(sql))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        if (sqlState != null) {
                            assertThat(e.getSQLState()).isEqualTo(sqlState);
                        }
                        assertThat(e.getSQLState()).doesNotStartWith("08").isNotEqualTo("0A000");
                    });
        }
    }

    /** A user's own dialect, named by {@code spring.jpa.database-platform}. */
    public static class UserDialect
            extends AthenaDialect
    {
    }
}
