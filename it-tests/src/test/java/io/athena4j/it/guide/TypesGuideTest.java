package io.athena4j.it.guide;

import io.athena4j.hibernate.AthenaSettings;
import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/types.md: the example entities get the column types their comments name, and their values come back exactly. */
@AthenaLocalTest
class TypesGuideTest
{
    @Test
    void examplesOnePerKind(AthenaLocal athena)
    {
        StringWriter ddl = new StringWriter();
        try (SessionFactory sessionFactory = new HibernatePersistenceConfiguration("types-guide")
                .managedClasses(Customer.class, Order.class)
                .jdbcUrl("jdbc:athena://AthenaEndpoint=" + athena.endpoint() + ";User=local;Password=local;OutputLocation=s3://lake/results/")
                .defaultSchema("types_guide")
                .property(AthenaSettings.LOCATION_PREFIX, "s3://lake/warehouse/")
                .property("hibernate.hbm2ddl.create_namespaces", true)
                .property("hibernate.hbm2ddl.halt_on_error", true)
                .property("jakarta.persistence.schema-generation.scripts.action", "create")
                .property("jakarta.persistence.schema-generation.scripts.create-target", ddl)
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .createEntityManagerFactory()) {
            assertThat(ddl.toString()).contains(
                    "`age` tinyint",
                    "`preferences` map<string,string>",
                    "`order_history` array<int>",
                    "`profile` struct<address:string,phone:string,preferences:map<string,string>>",
                    "`priority` smallint",
                    "`items` array<struct<product_id:int,quantity:int,price:decimal(8,2)>>");

            Customer customer = new Customer();
            customer.customerId = 1;
            customer.age = (byte) 35;
            customer.preferences = Map.of("theme", "dark, high contrast", "lang=", "de");
            customer.orderHistory = List.of(101, 102);
            customer.profile = new Profile("1 Main St", null, Map.of("newsletter", "weekly"));
            Order order = new Order();
            order.orderId = 7;
            order.priority = (short) 2;
            order.items = List.of(new LineItem(5, 3, new BigDecimal("19.99")), new LineItem(6, 1, new BigDecimal("0.50")));
            sessionFactory.inTransaction(session -> {
                session.persist(customer);
                session.persist(order);
            });

            // The Trino spelling of the column types, which the guide shows next to the Hive one (typeof quotes field names).
            String profileType = sessionFactory.fromSession(session -> session.createNativeQuery(
                    "select typeof(profile) from types_guide.customers", String.class).getSingleResult());
            String itemsType = sessionFactory.fromSession(session -> session.createNativeQuery(
                    "select typeof(items) from types_guide.orders", String.class).getSingleResult());
            assertThat(profileType.replace("\"", "")).isEqualTo("row(address varchar, phone varchar, preferences map(varchar, varchar))");
            assertThat(itemsType.replace("\"", "")).isEqualTo("array(row(product_id integer, quantity integer, price decimal(8,2)))");
            Customer readCustomer = sessionFactory.fromSession(session -> session.find(Customer.class, 1));
            Order readOrder = sessionFactory.fromSession(session -> session.find(Order.class, 7));
            assertThat(readCustomer.age).isEqualTo((byte) 35);
            assertThat(readCustomer.preferences).isEqualTo(customer.preferences);
            assertThat(readCustomer.orderHistory).isEqualTo(customer.orderHistory);
            assertThat(readCustomer.profile).isEqualTo(customer.profile);
            assertThat(readOrder.priority).isEqualTo((short) 2);
            assertThat(readOrder.items).isEqualTo(order.items);
        }
    }
}
