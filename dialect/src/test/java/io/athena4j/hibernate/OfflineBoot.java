package io.athena4j.hibernate;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Boots Hibernate with {@code hibernate.dialect=Athena} and no database: enough to render DDL into a script and to
 * run the boot-time mapping checks.
 */
final class OfflineBoot
{
    private OfflineBoot() {}

    static StandardServiceRegistryBuilder registry(Map<String, Object> settings)
    {
        return new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", "Athena")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySettings(settings);
    }

    static SessionFactory sessionFactory(Map<String, Object> settings, Class<?>... entities)
    {
        StandardServiceRegistry registry = registry(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
            }
            return sources.buildMetadata().buildSessionFactory();
        }
        catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** The statements {@code hbm2ddl} would run to drop and create the entities' tables, in order. */
    static List<String> ddl(Map<String, Object> settings, Class<?>... entities)
    {
        try {
            Path directory = Files.createTempDirectory("athena-ddl");
            Path create = directory.resolve("create.sql");
            Path drop = directory.resolve("drop.sql");
            Map<String, Object> all = new java.util.HashMap<>(settings);
            all.put("jakarta.persistence.schema-generation.scripts.action", "drop-and-create");
            all.put("jakarta.persistence.schema-generation.scripts.create-target", create.toString());
            all.put("jakarta.persistence.schema-generation.scripts.drop-target", drop.toString());
            try (SessionFactory ignored = sessionFactory(all, entities)) {
                List<String> statements = new java.util.ArrayList<>(Files.readAllLines(drop));
                statements.addAll(Files.readAllLines(create));
                statements.replaceAll(statement -> statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement);
                statements.removeIf(String::isBlank);
                return statements;
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
