package io.athena4j.examples.spring;

import jakarta.persistence.Embeddable;
import org.hibernate.annotations.Struct;

/**
 * Where a trip started: one {@code struct<name:string,lat:double,lon:double>} column. As a Hibernate aggregate
 * embeddable its fields are reachable in queries, so Spring Data derives {@code where start_station.name = ?} from
 * {@link TripRepository#findByStartStationNameOrderByStartedAt}.
 */
@Embeddable
@Struct(name = "station", attributes = {"name", "lat", "lon"})
public record Station(String name, Double lat, Double lon) {}
