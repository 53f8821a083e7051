package io.athena4j.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import javax.sql.DataSource;

/**
 * The {@code athena} health indicator ({@link AthenaHealthIndicator}) for an Athena DataSource; turn it off with
 * {@code management.health.athena.enabled=false}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({AbstractHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@Conditional(OnAthenaCondition.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnEnabledHealthIndicator("athena")
public final class AthenaHealthContributorAutoConfiguration
{
    @Bean
    @ConditionalOnMissingBean(name = "athenaHealthIndicator")
    AthenaHealthIndicator athenaHealthIndicator(DataSource dataSource)
    {
        return new AthenaHealthIndicator(dataSource);
    }
}
