package io.athena4j.spring;

import io.athena4j.hibernate.AthenaDialect;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Hibernate settings that suit Athena, each applied only if the user has not set it. Boot runs customizers after
 * {@code spring.jpa.*}, so {@link Map#putIfAbsent} is what lets the user win.
 *
 * <ul>
 * <li>{@code hibernate.dialect}: {@link AthenaDialect}, unless {@code spring.jpa.database-platform} names one (Boot
 * passes that through a map this customizer's entries would override).</li>
 * <li>{@code hibernate.jdbc.batch_size} and {@code hibernate.order_inserts}: every Athena statement is a query
 * execution of hundreds of milliseconds, so inserts travel in ordered batches the driver folds into one multi-row
 * {@code INSERT}.</li>
 * <li>{@code hibernate.type.preferred_uuid_jdbc_type=VARCHAR}: Athena has no uuid column type.</li>
 * <li>The {@code athena.table.*} properties as {@code hibernate.dialect.athena.*}; with dev services and no location
 * prefix, tables live under {@value #LOCAL_LOCATION_PREFIX} in the local Athena's S3.</li>
 * </ul>
 *
 * Snake-case column names come from Boot's own default physical naming strategy, which this keeps.
 */
final class AthenaHibernatePropertiesCustomizer
        implements HibernatePropertiesCustomizer
{
    static final String LOCAL_LOCATION_PREFIX = "s3://athena4j-local/warehouse";

    private final AthenaProperties properties;
    private final boolean databasePlatformSet;
    private final boolean devServices;

    AthenaHibernatePropertiesCustomizer(AthenaProperties properties, boolean databasePlatformSet, boolean devServices)
    {
        this.properties = requireNonNull(properties, "properties is null");
        this.databasePlatformSet = databasePlatformSet;
        this.devServices = devServices;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties)
    {
        if (!databasePlatformSet) {
            hibernateProperties.putIfAbsent("hibernate.dialect", AthenaDialect.class.getName());
        }
        hibernateProperties.putIfAbsent("hibernate.jdbc.batch_size", Integer.toString(AthenaDialect.DEFAULT_BATCH_SIZE));
        hibernateProperties.putIfAbsent("hibernate.order_inserts", "true");
        hibernateProperties.putIfAbsent("hibernate.type.preferred_uuid_jdbc_type", "VARCHAR");
        properties.hibernateProperties().forEach(hibernateProperties::putIfAbsent);
        if (devServices) {
            hibernateProperties.putIfAbsent("hibernate.dialect.athena.location_prefix", LOCAL_LOCATION_PREFIX);
        }
    }
}
