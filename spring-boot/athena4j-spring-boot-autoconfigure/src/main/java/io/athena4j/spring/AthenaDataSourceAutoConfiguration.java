package io.athena4j.spring;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * The {@code athena.*} driver settings for an Athena HikariCP pool: see
 * {@link AthenaDataSourcePropertiesPostProcessor}. The driver class and pool sizing come earlier, from
 * {@link AthenaEnvironmentPostProcessor}.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(HikariDataSource.class)
@Conditional(OnAthenaCondition.class)
public final class AthenaDataSourceAutoConfiguration
{
    /** Static: a post-processor must exist before the beans it processes, this configuration among them. */
    @Bean
    static AthenaDataSourcePropertiesPostProcessor athenaDataSourcePropertiesPostProcessor(Environment environment)
    {
        return new AthenaDataSourcePropertiesPostProcessor(environment);
    }
}
