package io.athena4j.it;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code hbm2ddl=validate} on tables with array, map and struct columns that Hibernate created with the dialect. */
@AthenaLocalTest
class ComplexSchemaValidationTest
{
    private static LocalHibernate created;

    @BeforeAll
    static void createTables(AthenaLocal local)
            throws Exception
    {
        created = new LocalHibernate(local, "validate", Map.of(), Customer.class, Order.class, StructCustomer.class);
    }

    @AfterAll
    static void close()
    {
        if (created != null) {
            created.close();
        }
    }

    @Test
    void tablesTheDialectCreatedValidate()
    {
        // Order's items are array<struct<…,price:decimal(8,2)>>: the parentheses defeat Hibernate's name comparison,
        // so this also covers the dialect's comparison by kind.
        assertThatCode(() -> validate(Customer.class, Order.class, StructCustomer.class)).doesNotThrowAnyException();
    }

    @Test
    void aMapColumnMappedAsAnArrayFailsValidation()
    {
        assertThatThrownBy(() -> validate(MismatchedCustomer.class))
                .isInstanceOf(SchemaManagementException.class)
                .hasMessageContaining("preferences")
                .hasMessageContaining("map<string,string>");
    }

    private static void validate(Class<?>... entities)
    {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", created.url)
                .applySetting("hibernate.default_schema", created.schema)
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .build();
        try {
            new MetadataSources(registry).addAnnotatedClasses(entities).buildMetadata().buildSessionFactory().close();
        }
        finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
