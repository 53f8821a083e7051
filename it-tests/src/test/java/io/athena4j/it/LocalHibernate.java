package io.athena4j.it;

import io.athena4j.hibernate.AthenaSettings;
import io.athena4j.local.AthenaLocal;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A session factory on the local Athena, in a fresh database, whose tables Hibernate creates with the dialect's Hive
 * DDL ({@code hbm2ddl=create}). Records every statement Hibernate prepares.
 */
final class LocalHibernate
        implements AutoCloseable
{
    final String url;
    final String schema;
    final List<String> statements = new CopyOnWriteArrayList<>();
    final SessionFactory sessionFactory;
    private final StandardServiceRegistry registry;

    LocalHibernate(AthenaLocal local, String prefix, Map<String, Object> settings, Class<?>... entities)
            throws SQLException
    {
        url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";User=local;Password=local;OutputLocation=s3://types-it/results/";
        schema = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.connection.driver_class", "io.athena4j.jdbc.AthenaDriver")
                .applySetting("hibernate.default_schema", schema)
                .applySetting("hibernate.hbm2ddl.auto", "create")
                .applySetting(AthenaSettings.LOCATION_PREFIX, "s3://types-it/tables")
                .applySetting("hibernate.session_factory.statement_inspector", (StatementInspector) sql -> {
                    statements.add(sql);
                    return sql;
                });
        settings.forEach(builder::applySetting);
        registry = builder.build();
        MetadataSources sources = new MetadataSources(registry).addAnnotatedClasses(entities);
        sessionFactory = sources.buildMetadata().buildSessionFactory();
    }

    Connection connection()
            throws SQLException
    {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close()
    {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
