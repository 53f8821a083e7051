package io.athena4j.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The {@code athena.*} properties. Every driver setting left unset keeps the driver's default, and a parameter in
 * {@code spring.datasource.url} wins over the property here (see docs/configuration.md).
 *
 * @param region AWS region of Athena, the driver's Region; default: the SDK's region chain
 * @param workGroup Athena work group, the driver's WorkGroup; default primary
 * @param outputLocation s3:// location for query results, the driver's OutputLocation; required unless
 * the work group sets one
 * @param polling how often the driver checks a running query
 * @param resultReuse Athena's reuse of the results of identical queries
 * @param table defaults of the tables Hibernate creates (hibernate.dialect.athena.*)
 * @param local dev services: the local Athena started for the application
 */
@ConfigurationProperties("athena")
public record AthenaProperties(
        String region,
        String workGroup,
        String outputLocation,
        @DefaultValue Polling polling,
        @DefaultValue ResultReuse resultReuse,
        @DefaultValue Table table,
        @DefaultValue Local local)
{
    public AthenaProperties
    {
        requireNonNull(polling, "polling is null");
        requireNonNull(resultReuse, "resultReuse is null");
        requireNonNull(table, "table is null");
        requireNonNull(local, "local is null");
    }

    /**
     * The driver's connection parameters for the properties that are set, by the driver's parameter names.
     */
    public Map<String, String> driverProperties()
    {
        Map<String, String> properties = new LinkedHashMap<>();
        putIfSet(properties, "Region", region);
        putIfSet(properties, "WorkGroup", workGroup);
        putIfSet(properties, "OutputLocation", outputLocation);
        if (polling.minInterval() != null) {
            properties.put("MinQueryExecutionPollingIntervalMillis", Long.toString(polling.minInterval().toMillis()));
        }
        if (polling.maxInterval() != null) {
            properties.put("MaxQueryExecutionPollingIntervalMillis", Long.toString(polling.maxInterval().toMillis()));
        }
        if (polling.multiplier() != null) {
            properties.put("QueryExecutionPollingIntervalMultiplier", polling.multiplier().toString());
        }
        if (resultReuse.enabled() != null) {
            properties.put("EnableResultReuseByAge", resultReuse.enabled().toString());
        }
        if (resultReuse.maxAge() != null) {
            properties.put("MaxResultReuseAgeInMinutes", Long.toString(resultReuse.maxAge().toMinutes()));
        }
        return Map.copyOf(properties);
    }

    /**
     * The dialect's settings for the table properties that are set, by their Hibernate names.
     */
    public Map<String, String> hibernateProperties()
    {
        Map<String, String> properties = new LinkedHashMap<>();
        putIfSet(properties, "hibernate.dialect.athena.table_type", table.type());
        putIfSet(properties, "hibernate.dialect.athena.storage_format", table.storageFormat());
        putIfSet(properties, "hibernate.dialect.athena.location_prefix", table.locationPrefix());
        return Map.copyOf(properties);
    }

    private static void putIfSet(Map<String, String> properties, String key, String value)
    {
        if (value != null && !value.isBlank()) {
            properties.put(key, value);
        }
    }

    /**
     * @param minInterval first wait between two checks of a running query; driver default 20 ms
     * @param maxInterval longest wait between two checks; driver default 1 s
     * @param multiplier growth of the wait from one check to the next; driver default 2
     */
    public record Polling(Duration minInterval, Duration maxInterval, Double multiplier) {}

    /**
     * @param enabled let Athena answer an identical query from a previous result; driver default false
     * @param maxAge oldest result that may be reused, at most 7 days; driver default 60 minutes
     */
    public record ResultReuse(Boolean enabled, @DurationUnit(ChronoUnit.MINUTES) Duration maxAge) {}

    /**
     * @param type table type of entities whose @AthenaTable does not say: HIVE or ICEBERG; dialect default HIVE
     * @param storageFormat storage format of those tables: PARQUET, ORC, AVRO, TEXTFILE or JSON; dialect default PARQUET
     * @param locationPrefix s3:// prefix under which tables without a location of their own live, as
     * <prefix>/<schema>/<table>/
     */
    public record Table(String type, String storageFormat, String locationPrefix) {}

    /**
     * @param enabled start a local Athena for the application and point the DataSource at it (needs
     * io.athena4j:athena4j-local on the classpath)
     * @param port port of the local Athena; 0 picks a free one
     * @param dataDirectory directory of its tables and results, kept across runs; default a temporary directory
     * removed when the application stops
     * @param home the local Athena distribution; default the system property athena4j.local.home or the
     * environment variable ATHENA4J_LOCAL_HOME
     * @param startupTimeout how long to wait for it to accept queries; launcher default 120 s
     */
    public record Local(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("0") int port,
            Path dataDirectory,
            Path home,
            Duration startupTimeout) {}
}
