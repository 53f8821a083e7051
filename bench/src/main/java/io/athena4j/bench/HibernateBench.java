package io.athena4j.bench;

import io.athena4j.hibernate.AthenaSettings;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static java.util.Objects.requireNonNull;

/**
 * Hibernate on the run's local Athena, set up as the dialect's own end-to-end test does: the dialect found from the
 * driver, the table created by {@code hbm2ddl=create} in a database of the benchmark's own, and JDBC batches of
 * {@link #BATCH_SIZE} rows, which the driver folds into multi-row INSERTs under Athena's query size limit.
 */
final class HibernateBench
        implements AutoCloseable
{
    static final String DATABASE = "athena4j_bench";
    static final String TABLE = DATABASE + ".bench_rows";
    /**
     * Rows per JDBC batch. The dialect's default (100) would cost one Athena query per 100 rows; a batch this large lets
     * the driver fill each query up to the 262,144-byte limit.
     */
    static final int BATCH_SIZE = 10_000;

    private final StandardServiceRegistry registry;
    private final SessionFactory sessionFactory;

    HibernateBench(BenchContext context)
            throws SQLException
    {
        requireNonNull(context, "context is null");
        try (Connection connection = context.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
        }
        registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", context.jdbcUrl())
                .applySetting("hibernate.connection.driver_class", "io.athena4j.jdbc.AthenaDriver")
                .applySetting("hibernate.default_schema", DATABASE)
                .applySetting("hibernate.hbm2ddl.auto", "create")
                .applySetting("hibernate.jdbc.batch_size", Integer.toString(BATCH_SIZE))
                .applySetting(AthenaSettings.LOCATION_PREFIX, "s3://athena4j-bench/tables")
                .build();
        sessionFactory = new MetadataSources(registry).addAnnotatedClasses(BenchRow.class, BenchComplexRow.class).buildMetadata().buildSessionFactory();
    }

    SessionFactory sessionFactory()
    {
        return sessionFactory;
    }

    @Override
    public void close()
    {
        sessionFactory.close();
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
