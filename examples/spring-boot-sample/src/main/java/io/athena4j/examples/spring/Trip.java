package io.athena4j.examples.spring;

import io.athena4j.hibernate.AthenaTable;
import io.athena4j.hibernate.TableType;
import io.athena4j.types.AthenaArray;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * A bike-share trip in an Iceberg table, so rows can be updated. Columns are snake case ({@code bike_type},
 * {@code started_at}) and the UUID id is stored as a string. The start station is a STRUCT and the tags an
 * {@code array<string>}.
 */
@Entity
@Table(name = "trips")
@AthenaTable(type = TableType.ICEBERG, partitionTransforms = "day(started_at)")
public class Trip
{
    // A generated id makes Spring Data's save() a persist; an assigned id would make it a merge, which first runs a
    // SELECT to find the row: one Athena query per saved entity.
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    private String city;

    private String bikeType;

    private int durationMinutes;

    @Column(precision = 8, scale = 2)
    private BigDecimal fare;

    private LocalDateTime startedAt;

    private Station startStation;

    @AthenaArray
    private List<String> tags;

    protected Trip() {}

    public Trip(String city, String bikeType, int durationMinutes, BigDecimal fare, LocalDateTime startedAt)
    {
        this(city, bikeType, durationMinutes, fare, startedAt, null, List.of());
    }

    public Trip(String city, String bikeType, int durationMinutes, BigDecimal fare, LocalDateTime startedAt, Station startStation, List<String> tags)
    {
        this.city = requireNonNull(city, "city is null");
        this.bikeType = requireNonNull(bikeType, "bikeType is null");
        this.durationMinutes = durationMinutes;
        this.fare = requireNonNull(fare, "fare is null");
        this.startedAt = requireNonNull(startedAt, "startedAt is null");
        this.startStation = startStation;
        this.tags = List.copyOf(requireNonNull(tags, "tags is null"));
    }

    public UUID getId()
    {
        return id;
    }

    public String getCity()
    {
        return city;
    }

    public String getBikeType()
    {
        return bikeType;
    }

    public int getDurationMinutes()
    {
        return durationMinutes;
    }

    public BigDecimal getFare()
    {
        return fare;
    }

    public LocalDateTime getStartedAt()
    {
        return startedAt;
    }

    /** Null if not known. */
    public Station getStartStation()
    {
        return startStation;
    }

    public List<String> getTags()
    {
        return tags;
    }

    @Override
    public String toString()
    {
        return "%s %-8s %-8s %3d min %6s from %s %s".formatted(startedAt, city, bikeType, durationMinutes, fare,
                startStation == null ? "?" : startStation.name(), tags);
    }
}
