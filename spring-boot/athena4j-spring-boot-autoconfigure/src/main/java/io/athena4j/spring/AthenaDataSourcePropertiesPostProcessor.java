package io.athena4j.spring;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.util.Map;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/**
 * Hands the {@code athena.*} driver settings ({@link AthenaProperties#driverProperties()}) to an Athena HikariCP pool
 * as data source properties, which HikariCP passes to {@code Driver.connect}. A name the pool already has, in any
 * case (the driver ignores case), is the user's and is kept; a parameter in the URL wins over both in the driver.
 */
final class AthenaDataSourcePropertiesPostProcessor
        implements BeanPostProcessor
{
    private final Environment environment;

    AthenaDataSourcePropertiesPostProcessor(Environment environment)
    {
        this.environment = requireNonNull(environment, "environment is null");
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName)
    {
        // After initialization: Boot has bound spring.datasource.hikari.*, and the pool starts only at first use.
        if (bean instanceof HikariDataSource dataSource && AthenaJdbcUrl.isAthena(dataSource.getJdbcUrl())) {
            AthenaProperties properties = Binder.get(environment).bindOrCreate("athena", AthenaProperties.class);
            addMissing(dataSource, properties.driverProperties());
        }
        return bean;
    }

    static void addMissing(HikariDataSource dataSource, Map<String, String> driverProperties)
    {
        Properties existing = dataSource.getDataSourceProperties();
        driverProperties.forEach((name, value) -> {
            boolean present = existing.stringPropertyNames().stream().anyMatch(name::equalsIgnoreCase);
            if (!present) {
                dataSource.addDataSourceProperty(name, value);
            }
        });
    }
}
