package io.athena4j.spring;

import io.athena4j.hibernate.AthenaDialect;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Athena defaults for Hibernate when the DataSource is Athena's: see {@link AthenaHibernatePropertiesCustomizer}.
 */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({HibernatePropertiesCustomizer.class, AthenaDialect.class})
@Conditional(OnAthenaCondition.class)
@EnableConfigurationProperties(AthenaProperties.class)
public final class AthenaHibernateAutoConfiguration
{
    @Bean
    HibernatePropertiesCustomizer athenaHibernatePropertiesCustomizer(AthenaProperties properties, ObjectProvider<JpaProperties> jpaProperties, Environment environment)
    {
        JpaProperties jpa = jpaProperties.getIfAvailable();
        boolean databasePlatformSet = jpa != null && jpa.getDatabasePlatform() != null;
        return new AthenaHibernatePropertiesCustomizer(properties, databasePlatformSet, AthenaEnvironmentPostProcessor.devServicesEnabled(environment));
    }
}
