package io.athena4j.examples.spring;

import io.athena4j.local.AthenaLocal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * What the sample prints: each repository call and its answer, then the Athena API calls they took.
 */
@Component
public class TripReport
{
    static final int TRIPS = 600;

    private final TripRepository trips;
    private final ObjectProvider<AthenaLocal> athenaLocal;

    public TripReport(TripRepository trips, ObjectProvider<AthenaLocal> athenaLocal)
    {
        this.trips = requireNonNull(trips, "trips is null");
        this.athenaLocal = requireNonNull(athenaLocal, "athenaLocal is null");
    }

    public void print(PrintStream out)
    {
        athenaLocal.ifAvailable(local -> out.printf("Local Athena at %s%n", local.endpoint()));

        long start = System.nanoTime();
        trips.saveAll(SampleTrips.generate(TRIPS));
        out.printf("saveAll(%d trips)                 -> %d rows in trips (%d ms)%n", TRIPS, trips.count(), (System.nanoTime() - start) / 1_000_000);

        out.printf("countByCity(\"Oslo\")                -> %d%n", trips.countByCity("Oslo"));

        List<Trip> bryggen = trips.findByStartStationNameOrderByStartedAt("Bryggen");
        out.printf("findByStartStationName(\"Bryggen\") -> %d trips (a STRUCT field), the first: %s%n", bryggen.size(), bryggen.isEmpty() ? "none" : bryggen.get(0));

        Page<Trip> page = trips.findByBikeType("e-bike", PageRequest.of(1, 5, Sort.by("startedAt")));
        out.printf("findByBikeType(\"e-bike\", page 2 of 5) -> %d of %d e-bike trips, %d pages:%n", page.getNumberOfElements(), page.getTotalElements(), page.getTotalPages());
        page.forEach(trip -> out.printf("    %s%n", trip));

        out.println("revenueByCity() (@Query)           ->");
        trips.revenueByCity().forEach(row -> out.printf("    %-8s %4d trips %9s%n", row.city(), row.trips(), row.revenue()));

        List<Trip> longest = trips.longerThan(44);
        out.printf("longerThan(44) (@Query)            -> %d trips, the first: %s%n", longest.size(), longest.isEmpty() ? "none" : longest.get(0));

        int updated = trips.addSurcharge("Tromsø", new BigDecimal("1.00"));
        out.printf("addSurcharge(\"Tromsø\", 1.00)       -> %d rows updated (Iceberg UPDATE)%n", updated);
        trips.revenueByCity().stream().filter(row -> row.city().equals("Tromsø"))
                .forEach(row -> out.printf("    %-8s %4d trips %9s%n", row.city(), row.trips(), row.revenue()));

        athenaLocal.ifAvailable(local -> {
            Map<String, Long> calls = new TreeMap<>(local.admin().callCounts());
            calls.keySet().removeIf(operation -> operation.startsWith("s3:"));
            out.printf("Athena API calls: %s%n", calls);
        });
    }
}
