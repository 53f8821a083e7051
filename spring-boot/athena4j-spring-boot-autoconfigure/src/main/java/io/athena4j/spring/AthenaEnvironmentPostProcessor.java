package io.athena4j.spring;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds athena4j's defaults as the <em>last</em> property source, {@value #PROPERTY_SOURCE_NAME}, when the application
 * uses Athena ({@code spring.datasource.url} starts with {@code jdbc:athena:}, or dev services are on). Being last,
 * every setting the user makes anywhere wins.
 *
 * <ul>
 * <li>{@code spring.datasource.driver-class-name}: Boot's {@code DatabaseDriver} is a closed enum that does not know
 * Athena; without a class name Boot fails ("Failed to determine a suitable driver class"), or silently picks H2's
 * driver when H2 is on the classpath.</li>
 * <li>HikariCP sizing (see docs/spring-boot.md).</li>
 * </ul>
 *
 * <p>The {@code athena.*} driver settings do not go through the environment: Boot keeps the case of map keys, so a
 * user's {@code data-source-properties.Region} and a default {@code region} would both reach the driver.
 * {@link AthenaDataSourcePropertiesPostProcessor} adds them to the pool, comparing names as the driver does.
 */
public final class AthenaEnvironmentPostProcessor
        implements EnvironmentPostProcessor, Ordered
{
    public static final String PROPERTY_SOURCE_NAME = "athena4j-defaults";

    /**
     * Each borrowed connection runs one query at a time and polls it; ten connections busy with short queries poll
     * about 50 to 80 times a second, inside Athena's GetQueryExecution rate (100 a second per account) with room for
     * other clients. The reasoning is in docs/spring-boot.md.
     */
    static final int MAXIMUM_POOL_SIZE = 10;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application)
    {
        String url = environment.getProperty("spring.datasource.url");
        boolean athenaUrl = AthenaJdbcUrl.isAthena(url);
        if (!athenaUrl && !devServicesEnabled(environment)) {
            return;
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (athenaUrl) {
            defaults.put("spring.datasource.driver-class-name", AthenaJdbcUrl.DRIVER_CLASS_NAME);
        }
        defaults.put("spring.datasource.hikari.pool-name", "athena4j");
        defaults.put("spring.datasource.hikari.maximum-pool-size", MAXIMUM_POOL_SIZE);
        // Opening a connection makes no network call and an idle one holds nothing on Athena: keep none idle.
        defaults.put("spring.datasource.hikari.minimum-idle", 0);

        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
    }

    static boolean devServicesEnabled(Environment environment)
    {
        return environment.getProperty("athena.local.enabled", Boolean.class, false)
                || AthenaJdbcUrl.asksForLocalAthena(environment.getProperty("spring.datasource.url"));
    }

    /** After Boot's config data and random-value processors, so application.properties is visible here. */
    @Override
    public int getOrder()
    {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
