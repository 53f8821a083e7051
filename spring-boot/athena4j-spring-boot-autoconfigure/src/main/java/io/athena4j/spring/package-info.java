/**
 * Spring Boot 4 auto-configuration for athena4j.
 *
 * <p>Decisions, for maintainers:
 * <ul>
 * <li>The driver class and HikariCP sizing go into the environment
 * ({@link io.athena4j.spring.AthenaEnvironmentPostProcessor}, the last property source) rather than into beans: Boot
 * needs the driver class before any bean of ours exists, everything the user sets wins by precedence alone, and
 * {@code /actuator/env} shows where each value came from. The {@code athena.*} driver settings cannot go that way
 * (Boot keeps the case of map keys, the driver ignores it), so a bean post-processor adds them to the pool.</li>
 * <li>Hibernate defaults use a {@code HibernatePropertiesCustomizer} with {@code putIfAbsent}; the dialect is set
 * only when {@code spring.jpa.database-platform} is not, because Boot's vendor adapter passes that one through a map
 * the customizer's entries would override.</li>
 * <li>Dev services are a {@code JdbcConnectionDetails} bean, as Boot's Testcontainers and Docker Compose service
 * connections are, so the DataSource and everything built on it need no special case; the local Athena is a bean
 * closed with the context.</li>
 * <li>The health indicator lists data catalogs through JDBC metadata (ListDataCatalogs) instead of GetWorkGroup: the
 * driver keeps its AWS SDK client private, and a catalog call checks the same endpoint, region and credentials
 * without a query.</li>
 * </ul>
 */
package io.athena4j.spring;
