package io.athena4j.spring;

import com.zaxxer.hikari.HikariDataSource;
import io.athena4j.local.AthenaLocal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dev services start their own local Athena (not the shared one of {@code @AthenaLocalTest}) and stop it with the
 * context.
 */
final class TestAthenaLocalDevServices
{
    @Test
    void startsTheLocalAthenaForTheDataSourceAndStopsItWithTheContext()
    {
        AtomicLong pid = new AtomicLong();
        new ApplicationContextRunner()
                .withInitializer(context -> new AthenaEnvironmentPostProcessor().postProcessEnvironment(context.getEnvironment(), null))
                .withConfiguration(AutoConfigurations.of(AthenaLocalDevServicesAutoConfiguration.class, DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:athena://AthenaEndpoint=local;Database=default")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    AthenaLocal local = context.getBean(AthenaLocal.class);
                    pid.set(local.pid());
                    HikariDataSource dataSource = context.getBean(HikariDataSource.class);
                    assertThat(dataSource.getJdbcUrl()).startsWith("jdbc:athena://Database=default;AthenaEndpoint=" + local.endpoint() + ";");
                    assertThat(dataSource.getDriverClassName()).isEqualTo("io.athena4j.jdbc.AthenaDriver");

                    local.admin().resetCallCounts();
                    try (Connection connection = dataSource.getConnection();
                            Statement statement = connection.createStatement();
                            ResultSet result = statement.executeQuery("SELECT 'from the local Athena'")) {
                        assertThat(result.next()).isTrue();
                        assertThat(result.getString(1)).isEqualTo("from the local Athena");
                    }
                    assertThat(local.admin().callCount("StartQueryExecution")).isEqualTo(1);
                });
        assertThat(pid.get()).isPositive();
        assertThat(ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive)).isEmpty();
    }
}
