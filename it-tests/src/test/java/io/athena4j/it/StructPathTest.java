package io.athena4j.it;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import io.trino.sql.parser.SqlParser;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seed's profile mapped as a Hibernate {@code @Struct} aggregate embeddable: Hive {@code struct<…>} DDL, lossless
 * reads through {@code cast(… as json)}, and HQL/Criteria path access into the struct's fields.
 */
@AthenaLocalTest
final class StructPathTest
{
    private static final SqlParser PARSER = new SqlParser();

    private static LocalHibernate hibernate;
    private static List<StructCustomer> customers;

    @BeforeAll
    static void setUp(AthenaLocal local)
            throws SQLException
    {
        hibernate = new LocalHibernate(local, "struct", Map.of(), StructCustomer.class);
        Map<String, String> tricky = new LinkedHashMap<>();
        tricky.put("k=v, x", "{a=1}, [b]");
        tricky.put("null", null);
        customers = List.of(
                new StructCustomer(1, "John", new StructProfile("123 Main St, Anytown, USA", "+1-555-0123", Map.of("contact_method", "email"), new Geo(40.7128, -74.006)), 127),
                new StructCustomer(2, "Tricky", new StructProfile("line 1\nline 2, \"quoted\" \\ {x=y}", null, tricky, new Geo(Double.NaN, null)), -128),
                new StructCustomer(3, "Nulls", new StructProfile(null, null, null, null), null),
                new StructCustomer(4, "NoProfile", null, 0));
        hibernate.sessionFactory.inTransaction(session -> customers.forEach(session::persist));
    }

    @AfterAll
    static void tearDown()
    {
        if (hibernate != null) {
            hibernate.close();
        }
    }

    @Test
    void ddlInlinesTheStructInDeclarationOrder()
            throws SQLException
    {
        try (Connection connection = hibernate.connection();
                ResultSet columns = connection.getMetaData().getColumns(null, hibernate.schema, "struct_customers", "profile")) {
            assertThat(columns.next()).isTrue();
            assertThat(columns.getString("TYPE_NAME").replace(" ", "").toLowerCase(Locale.ROOT))
                    .isEqualTo("struct<address:string,phone:string,preferences:map<string,string>,geo:struct<lat:double,lon:double>>");
        }
    }

    @Test
    void findReadsTheStructBackExactly()
    {
        hibernate.sessionFactory.inSession(session -> {
            for (StructCustomer expected : customers) {
                StructCustomer actual = session.find(StructCustomer.class, expected.id);
                assertThat(actual.name).isEqualTo(expected.name);
                assertThat(actual.rank).isEqualTo(expected.rank);
                // Also the struct of NULLs: an aggregate whose column is not NULL is read as an object of NULLs.
                assertThat(actual.profile).isEqualTo(expected.profile);
            }
        });
    }

    @Test
    void ddlStoresAthenaTinyintAsTinyintAndRefusesOutOfRange()
            throws SQLException
    {
        try (Connection connection = hibernate.connection();
                ResultSet columns = connection.getMetaData().getColumns(null, hibernate.schema, "struct_customers", "rank")) {
            assertThat(columns.next()).isTrue();
            assertThat(columns.getString("TYPE_NAME")).isEqualTo("tinyint");
        }
        assertThatThrownBy(() -> hibernate.sessionFactory.inTransaction(session -> session.persist(new StructCustomer(99, "Too big", null, 128))))
                .hasStackTraceContaining("tinyint holds -128 to 127");
        hibernate.sessionFactory.inSession(session -> assertThat(session.find(StructCustomer.class, 99)).isNull());
    }

    @Test
    void hqlReachesStructFieldsByPath()
    {
        hibernate.sessionFactory.inSession(session -> {
            assertThat(session.createSelectionQuery("select c.profile.address from StructCustomer c where c.profile.phone = '+1-555-0123'", String.class)
                    .getSingleResult()).isEqualTo("123 Main St, Anytown, USA");
            assertThat(session.createSelectionQuery("select c.profile.preferences from StructCustomer c where c.id = 2", Map.class)
                    .getSingleResult()).isEqualTo(customers.get(1).profile.preferences());
            assertThat(session.createSelectionQuery("select c.profile.geo.lat from StructCustomer c where c.profile.geo.lon < 0", Double.class)
                    .getSingleResult()).isEqualTo(40.7128);
            assertThat(session.createSelectionQuery("select c.id from StructCustomer c where c.profile.address like '%\n%'", Integer.class)
                    .getResultList()).containsExactly(2);
        });
        assertThat(hibernate.statements).anySatisfy(sql -> assertThat(sql).contains(".profile.address"));
    }

    @Test
    void criteriaReachesStructFieldsByPath()
    {
        hibernate.sessionFactory.inSession(session -> {
            CriteriaBuilder builder = session.getCriteriaBuilder();
            CriteriaQuery<String> query = builder.createQuery(String.class);
            Root<StructCustomer> customer = query.from(StructCustomer.class);
            query.select(customer.get("profile").get("address")).where(builder.equal(customer.get("profile").get("phone"), "+1-555-0123"));
            assertThat(session.createQuery(query).getSingleResult()).isEqualTo("123 Main St, Anytown, USA");
        });
    }

    @Test
    void zzEveryStatementParsesAsTrino()
    {
        assertThat(hibernate.statements).isNotEmpty();
        hibernate.statements.forEach(PARSER::createStatement);
    }
}
