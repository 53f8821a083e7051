package io.athena4j.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.extract.spi.ColumnInformation;
import org.hibernate.tool.schema.extract.spi.TableInformation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hbm2ddl=update}: missing columns are added with Hive's {@code ADD COLUMNS}. */
final class TestAthenaTableMigrator
{
    private StandardServiceRegistry registry;
    private Metadata metadata;
    private SqlStringGenerationContext context;

    @BeforeEach
    void boot()
    {
        registry = OfflineBoot.registry(Map.of()).build();
        metadata = new MetadataSources(registry).addAnnotatedClass(Customer.class).buildMetadata();
        context = SqlStringGenerationContextImpl.fromExplicit(registry.requireService(JdbcEnvironment.class), metadata.getDatabase(), null, "analytics");
    }

    @AfterEach
    void destroy()
    {
        StandardServiceRegistryBuilder.destroy(registry);
    }

    @Test
    void addsTheMissingColumnsInOneStatement()
    {
        assertThat(alter(Set.of("id"))).containsExactly("ALTER TABLE `analytics`.`customers` ADD COLUMNS (`country` string, `name` string)");
    }

    @Test
    void nothingWhenTheTableIsComplete()
    {
        assertThat(alter(Set.of("id", "name", "country"))).isEmpty();
    }

    private String[] alter(Set<String> existing)
    {
        Table table = metadata.getEntityBinding(Customer.class.getName()).getTable();
        return new AthenaDialect().getTableMigrator().getSqlAlterStrings(table, metadata, tableWith(existing), context);
    }

    /** A table as the database describes it, with just the named columns. */
    private static TableInformation tableWith(Set<String> columns)
    {
        ColumnInformation present = (ColumnInformation) Proxy.newProxyInstance(TestAthenaTableMigrator.class.getClassLoader(), new Class<?>[] {ColumnInformation.class},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        return (TableInformation) Proxy.newProxyInstance(TestAthenaTableMigrator.class.getClassLoader(), new Class<?>[] {TableInformation.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getColumn")) {
                        return columns.contains(((Identifier) args[0]).getText().toLowerCase()) ? present : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
