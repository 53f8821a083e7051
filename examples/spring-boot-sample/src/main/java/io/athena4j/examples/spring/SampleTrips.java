package io.athena4j.examples.spring;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample's data: the same trips on every run, so the printed answers can be checked by hand.
 */
public final class SampleTrips
{
    public static final List<String> CITIES = List.of("Bergen", "Oslo", "Tromsø");
    public static final LocalDateTime FIRST_START = LocalDateTime.of(2024, 6, 1, 7, 0);

    private SampleTrips() {}

    /**
     * {@code count} trips: trip {@code i} is in {@code CITIES[i % 3]}, on an e-bike when {@code i % 4 == 0} (else a
     * classic bike), lasts {@code 5 + i % 40} minutes, costs {@code 2.50 + (i % 10) * 0.25} and starts {@code i * 7}
     * minutes after {@link #FIRST_START}.
     */
    public static List<Trip> generate(int count)
    {
        List<Trip> trips = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            trips.add(new Trip(
                    CITIES.get(i % CITIES.size()),
                    i % 4 == 0 ? "e-bike" : "classic",
                    5 + i % 40,
                    new BigDecimal("2.50").add(new BigDecimal("0.25").multiply(BigDecimal.valueOf(i % 10))),
                    FIRST_START.plusMinutes(7L * i)));
        }
        return trips;
    }
}
