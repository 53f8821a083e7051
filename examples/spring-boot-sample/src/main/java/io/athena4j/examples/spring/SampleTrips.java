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
    /** Two stations a city, in the order of {@link #CITIES}. */
    public static final List<List<Station>> STATIONS = List.of(
            List.of(new Station("Bryggen", 60.3975, 5.3245), new Station("Festplassen", 60.3923, 5.3259)),
            List.of(new Station("Aker Brygge", 59.9106, 10.7287), new Station("Jernbanetorget", 59.9114, 10.7499)),
            List.of(new Station("Storgata", 69.6489, 18.9551), new Station("Prostneset", 69.6503, 18.9597)));

    private SampleTrips() {}

    /**
     * {@code count} trips: trip {@code i} is in {@code CITIES[i % 3]}, on an e-bike when {@code i % 4 == 0} (else a
     * classic bike), lasts {@code 5 + i % 40} minutes, costs {@code 2.50 + (i % 10) * 0.25} and starts {@code i * 7}
     * minutes after {@link #FIRST_START}. It starts at the city's first station when {@code (i / 3) % 2 == 0}, else at
     * its second, except that every eleventh trip has no known station; it is tagged {@code commute} when
     * {@code i % 5 == 0} and {@code rain} when {@code i % 7 == 0}.
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
                    FIRST_START.plusMinutes(7L * i),
                    i % 11 == 10 ? null : STATIONS.get(i % CITIES.size()).get((i / CITIES.size()) % 2),
                    tags(i)));
        }
        return trips;
    }

    private static List<String> tags(int i)
    {
        List<String> tags = new ArrayList<>(2);
        if (i % 5 == 0) {
            tags.add("commute");
        }
        if (i % 7 == 0) {
            tags.add("rain");
        }
        return tags;
    }
}
