package io.athena4j.examples.spring;

import io.athena4j.local.AthenaLocal;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.annotation.DirtiesContext;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application as it starts: dev services run a local Athena, Hibernate creates the Iceberg table, and
 * every repository method runs on it. Expected values are computed from {@link SampleTrips}, not copied from output.
 */
@SpringBootTest
@DirtiesContext // stops this context's local Athena before another test class starts its own
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleApplicationTest
{
    private static final List<Trip> EXPECTED = SampleTrips.generate(TripReport.TRIPS);

    @Autowired
    TripRepository trips;

    @Autowired
    AthenaLocal athenaLocal;

    @Test
    @Order(1)
    void saveAllInsertsInBatches()
    {
        athenaLocal.admin().resetCallCounts();
        trips.saveAll(SampleTrips.generate(TripReport.TRIPS));
        // 600 rows in one batch (the dialect default is 1000), folded by the driver into multi-row INSERTs: a handful of queries, not 600.
        assertThat(athenaLocal.admin().callCount("StartQueryExecution")).isBetween(1L, 6L);
        assertThat(trips.count()).isEqualTo(TripReport.TRIPS);
    }

    @Test
    @Order(2)
    void derivedQueries()
    {
        assertThat(trips.countByCity("Oslo")).isEqualTo(EXPECTED.stream().filter(trip -> trip.getCity().equals("Oslo")).count());
        List<Trip> bergen = trips.findByCityOrderByStartedAt("Bergen");
        assertThat(bergen).extracting(Trip::getStartedAt)
                .containsExactlyElementsOf(EXPECTED.stream().filter(trip -> trip.getCity().equals("Bergen")).map(Trip::getStartedAt).toList());
        assertThat(bergen).allSatisfy(trip -> assertThat(trip.getId()).isNotNull());
    }

    @Test
    @Order(3)
    void pageable()
    {
        List<Trip> eBikes = EXPECTED.stream().filter(trip -> trip.getBikeType().equals("e-bike")).sorted(Comparator.comparing(Trip::getStartedAt)).toList();
        Page<Trip> page = trips.findByBikeType("e-bike", PageRequest.of(2, 7, Sort.by("startedAt")));
        assertThat(page.getTotalElements()).isEqualTo(eBikes.size());
        assertThat(page.getTotalPages()).isEqualTo((eBikes.size() + 6) / 7);
        assertThat(page.getContent()).extracting(Trip::getStartedAt)
                .containsExactlyElementsOf(eBikes.subList(14, 21).stream().map(Trip::getStartedAt).toList());
    }

    @Test
    @Order(4)
    void queryAnnotation()
    {
        Map<String, BigDecimal> expectedRevenue = EXPECTED.stream()
                .collect(Collectors.groupingBy(Trip::getCity, TreeMap::new, Collectors.reducing(BigDecimal.ZERO, Trip::getFare, BigDecimal::add)));
        List<CityRevenue> revenue = trips.revenueByCity();
        assertThat(revenue).extracting(CityRevenue::city).containsExactlyElementsOf(expectedRevenue.keySet());
        assertThat(revenue).allSatisfy(row -> {
            assertThat(row.revenue()).isEqualByComparingTo(expectedRevenue.get(row.city()));
            assertThat(row.trips()).isEqualTo(EXPECTED.stream().filter(trip -> trip.getCity().equals(row.city())).count());
        });

        List<Trip> longest = trips.longerThan(40);
        assertThat(longest).hasSize((int) EXPECTED.stream().filter(trip -> trip.getDurationMinutes() >= 40).count());
        assertThat(longest.get(0).getDurationMinutes()).isEqualTo(44);
    }

    @Test
    @Order(5)
    void modifyingQueryUpdatesTheIcebergTable()
    {
        long tromso = EXPECTED.stream().filter(trip -> trip.getCity().equals("Tromsø")).count();
        BigDecimal before = trips.revenueByCity().stream().filter(row -> row.city().equals("Tromsø")).findFirst().orElseThrow().revenue();
        assertThat(trips.addSurcharge("Tromsø", new BigDecimal("1.00"))).isEqualTo((int) tromso);
        BigDecimal after = trips.revenueByCity().stream().filter(row -> row.city().equals("Tromsø")).findFirst().orElseThrow().revenue();
        assertThat(after.subtract(before)).isEqualByComparingTo(BigDecimal.valueOf(tromso));
    }

    @Test
    @Order(6)
    void structAndArrayColumns()
    {
        // A derived query reaching into the STRUCT column, and the struct and the array read back whole.
        List<Trip> expected = EXPECTED.stream()
                .filter(trip -> trip.getStartStation() != null && trip.getStartStation().name().equals("Bryggen"))
                .sorted(Comparator.comparing(Trip::getStartedAt)).toList();
        List<Trip> bryggen = trips.findByStartStationNameOrderByStartedAt("Bryggen");
        assertThat(expected).isNotEmpty();
        assertThat(bryggen).extracting(Trip::getStartedAt).containsExactlyElementsOf(expected.stream().map(Trip::getStartedAt).toList());
        assertThat(bryggen).extracting(Trip::getStartStation).containsOnly(expected.get(0).getStartStation());
        assertThat(bryggen).extracting(Trip::getTags).containsExactlyElementsOf(expected.stream().map(Trip::getTags).toList());

        Map<LocalDateTime, Trip> saved = trips.findAll().stream().collect(Collectors.toMap(Trip::getStartedAt, trip -> trip));
        assertThat(saved).hasSize(EXPECTED.size());
        assertThat(EXPECTED).allSatisfy(trip -> {
            assertThat(saved.get(trip.getStartedAt()).getStartStation()).isEqualTo(trip.getStartStation());
            assertThat(saved.get(trip.getStartedAt()).getTags()).isEqualTo(trip.getTags());
        });
    }
}
