package io.athena4j.it;

import jakarta.persistence.Column;

import java.time.LocalDateTime;

/** A struct with a microsecond timestamp, for Iceberg tables. */
public record Stamp(@Column(secondPrecision = 6) LocalDateTime at, String note) {}
