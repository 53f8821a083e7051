package io.athena4j.it;

import io.athena4j.hibernate.AthenaTable;
import io.athena4j.hibernate.TableType;
import io.athena4j.types.AthenaArray;
import io.athena4j.types.AthenaMap;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A row of the round-trip property test on an Iceberg table: timestamps with microseconds. */
@Entity
@Table(name = "micro_samples")
@AthenaTable(type = TableType.ICEBERG)
public class MicroSample
{
    @Id
    Integer id;

    @AthenaArray
    @Column(secondPrecision = 6)
    List<LocalDateTime> times;

    @AthenaMap
    Map<String, Stamp> stamps;

    protected MicroSample() {}

    MicroSample(Integer id, List<LocalDateTime> times, Map<String, Stamp> stamps)
    {
        this.id = id;
        this.times = times;
        this.stamps = stamps;
    }
}
