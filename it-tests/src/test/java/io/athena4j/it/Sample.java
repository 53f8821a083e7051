package io.athena4j.it;

import io.athena4j.types.AthenaArray;
import io.athena4j.types.AthenaMap;
import io.athena4j.types.AthenaStruct;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.List;
import java.util.Map;

/** A row of the round-trip property test on a Hive table: five complex values. */
@Entity
@Immutable
@Table(name = "samples")
public class Sample
{
    @Id
    Integer id;

    @AthenaArray
    List<String> strings;

    @AthenaMap
    Map<Integer, List<Double>> series;

    @AthenaArray
    List<Map<String, String>> maps;

    @AthenaStruct
    Nested nested;

    @AthenaArray
    Long[] longs;

    protected Sample() {}

    Sample(Integer id, List<String> strings, Map<Integer, List<Double>> series, List<Map<String, String>> maps, Nested nested, Long[] longs)
    {
        this.id = id;
        this.strings = strings;
        this.series = series;
        this.maps = maps;
        this.nested = nested;
        this.longs = longs;
    }
}
