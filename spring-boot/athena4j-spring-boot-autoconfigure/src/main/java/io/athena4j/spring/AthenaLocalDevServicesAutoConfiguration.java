package io.athena4j.spring;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalOptions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Dev services: with {@code athena.local.enabled=true} (or {@code AthenaEndpoint=local} in the URL) and
 * {@code io.athena4j:athena4j-local} on the classpath, starts a local Athena for the application and gives the
 * DataSource its URL through a {@link JdbcConnectionDetails}, as Boot's service connections do. The local Athena is a
 * separate JDK 25 process; it stops when the application context closes.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass({AthenaLocal.class, JdbcConnectionDetails.class})
@Conditional(OnAthenaLocalCondition.class)
@EnableConfigurationProperties(AthenaProperties.class)
public final class AthenaLocalDevServicesAutoConfiguration
{
    private static final Log log = LogFactory.getLog(AthenaLocalDevServicesAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    AthenaLocal athenaLocal(AthenaProperties properties)
    {
        AthenaProperties.Local local = properties.local();
        AthenaLocalOptions.Builder options = AthenaLocalOptions.builder().port(local.port());
        if (local.dataDirectory() != null) {
            options.dataDirectory(local.dataDirectory());
        }
        if (local.home() != null) {
            options.home(local.home());
        }
        if (local.startupTimeout() != null) {
            options.startupTimeout(local.startupTimeout());
        }
        AthenaLocal athenaLocal = AthenaLocal.start(options.build());
        log.info("Started the local Athena at %s (pid %d, data in %s)".formatted(athenaLocal.endpoint(), athenaLocal.pid(), athenaLocal.dataDirectory()));
        return athenaLocal;
    }

    @Bean
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
    AthenaLocalJdbcConnectionDetails athenaLocalJdbcConnectionDetails(AthenaLocal athenaLocal, AthenaProperties properties, Environment environment)
    {
        return new AthenaLocalJdbcConnectionDetails(athenaLocal, environment.getProperty("spring.datasource.url"), properties);
    }
}
