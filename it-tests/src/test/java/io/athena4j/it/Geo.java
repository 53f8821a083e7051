package io.athena4j.it;

import jakarta.persistence.Embeddable;
import org.hibernate.annotations.Struct;

/** A nested {@code @Struct}: {@code struct<lat:double,lon:double>} inside the profile. */
@Embeddable
@Struct(name = "geo", attributes = {"lat", "lon"})
public record Geo(Double lat, Double lon) {}
