package io.athena4j.examples.spring;

import java.math.BigDecimal;

/** One row of {@link TripRepository#revenueByCity()}. */
public record CityRevenue(String city, long trips, BigDecimal revenue) {}
