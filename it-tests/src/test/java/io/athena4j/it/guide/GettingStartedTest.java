package io.athena4j.it.guide;

import io.athena4j.hibernate.AthenaSettings;
import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** docs/getting-started.md, plain Hibernate: the guide's code, run on the local Athena. */
@AthenaLocalTest
class GettingStartedTest
{
    @Test
    void plainHibernate(AthenaLocal athena)
    {
        String jdbcUrl = "jdbc:athena://AthenaEndpoint=" + athena.endpoint() + ";User=local;Password=local;OutputLocation=s3://my-bucket/athena-results/";

        try (SessionFactory sessionFactory = new HibernatePersistenceConfiguration("shop")
                .managedClasses(PageHit.class, Ticket.class)
                .jdbcUrl(jdbcUrl)
                .defaultSchema("shop")
                .property(AthenaSettings.LOCATION_PREFIX, "s3://my-bucket/warehouse/")
                .property("hibernate.hbm2ddl.create_namespaces", true)
                .schemaToolingAction(Action.CREATE_ONLY)
                .createEntityManagerFactory()) {

            long queriesBefore = athena.admin().callCount("StartQueryExecution");
            LocalDate today = LocalDate.of(2026, 11, 21);
            List<PageHit> hits = IntStream.range(0, 2_500)
                    .mapToObj(i -> new PageHit(UUID.randomUUID(), "/products/" + i % 50, List.of("web", "p" + i % 7), today))
                    .toList();
            sessionFactory.inTransaction(session -> hits.forEach(session::persist));   // 3 INSERTs of up to 1,000 rows
            assertThat(athena.admin().callCount("StartQueryExecution") - queriesBefore).isEqualTo(3);

            List<PageHit> page = sessionFactory.fromSession(session -> session
                    .createSelectionQuery("from PageHit where dt = :day order by path, id", PageHit.class)
                    .setParameter("day", today)
                    .setFirstResult(20)
                    .setMaxResults(10)
                    .getResultList());

            List<Object[]> busiest = sessionFactory.fromSession(session -> session
                    .createSelectionQuery("select path, count(*) from PageHit group by path order by count(*) desc, path", Object[].class)
                    .setMaxResults(3)
                    .getResultList());

            sessionFactory.inTransaction(session -> session.persist(new Ticket("T-1", "open", LocalDateTime.of(2026, 11, 21, 9, 30))));
            sessionFactory.inTransaction(session -> session.find(Ticket.class, "T-1").close());   // an UPDATE on flush

            List<PageHit> expectedPage = hits.stream()
                    .sorted(Comparator.comparing((PageHit hit) -> hit.path).thenComparing(hit -> hit.id.toString()))
                    .skip(20)
                    .limit(10)
                    .toList();
            assertThat(page).extracting(hit -> hit.id).containsExactlyElementsOf(expectedPage.stream().map(hit -> hit.id).toList());
            assertThat(page).allSatisfy(hit -> assertThat(hit.tags).hasSize(2).startsWith("web"));
            assertThat(busiest).extracting(row -> row[0], row -> row[1])
                    .containsExactly(
                            tuple("/products/0", 50L),
                            tuple("/products/1", 50L),
                            tuple("/products/10", 50L));
            Ticket ticket = sessionFactory.fromSession(session -> session.find(Ticket.class, "T-1"));
            assertThat(ticket.status).isEqualTo("closed");
        }

        // The guide names VALIDATE for existing tables: the same entities, a UUID id among them, pass it.
        try (SessionFactory validated = new HibernatePersistenceConfiguration("shop")
                .managedClasses(PageHit.class, Ticket.class)
                .jdbcUrl(jdbcUrl)
                .defaultSchema("shop")
                .schemaToolingAction(Action.VALIDATE)
                .createEntityManagerFactory()) {
            assertThat(validated.isOpen()).isTrue();
        }
    }
}
