package io.athena4j.spring;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Checks that Athena answers with the DataSource's endpoint, region, credentials and work group, without running a
 * query: a query costs money and takes seconds. It lists the data
 * catalogs through {@link java.sql.DatabaseMetaData#getCatalogs()}, which athena4j's driver answers with Athena's
 * ListDataCatalogs API call.
 *
 * <p>Boot's own {@code db} indicator only calls {@link Connection#isValid(int)}, which athena4j answers locally, so it
 * cannot tell whether Athena is reachable.
 */
public final class AthenaHealthIndicator
        extends AbstractHealthIndicator
{
    private final DataSource dataSource;

    public AthenaHealthIndicator(DataSource dataSource)
    {
        super("Athena health check failed");
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder)
            throws Exception
    {
        try (Connection connection = dataSource.getConnection();
                ResultSet catalogs = connection.getMetaData().getCatalogs()) {
            List<String> names = new ArrayList<>();
            while (catalogs.next()) {
                names.add(catalogs.getString("TABLE_CAT"));
            }
            builder.up()
                    .withDetail("catalogs", names)
                    .withDetail("catalog", String.valueOf(connection.getCatalog()))
                    .withDetail("database", String.valueOf(connection.getSchema()));
        }
    }
}
