package io.athena4j.examples.spring;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

public interface TripRepository
        extends JpaRepository<Trip, UUID>
{
    /** A derived query: {@code where city = ? order by started_at}. */
    List<Trip> findByCityOrderByStartedAt(String city);

    long countByCity(String city);

    /** A derived query on a field of the STRUCT column: {@code where start_station.name = ? order by started_at}. */
    List<Trip> findByStartStationNameOrderByStartedAt(String name);

    /** A page: {@code offset ? rows fetch next ? rows only}, plus a count query for the total. */
    Page<Trip> findByBikeType(String bikeType, Pageable pageable);

    @Query("select new io.athena4j.examples.spring.CityRevenue(t.city, count(t), sum(t.fare)) from Trip t group by t.city order by t.city")
    List<CityRevenue> revenueByCity();

    @Query("select t from Trip t where t.durationMinutes >= :minutes order by t.durationMinutes desc, t.startedAt")
    List<Trip> longerThan(@Param("minutes") int minutes);

    /** An Iceberg table takes UPDATE; a Hive table would refuse it. */
    @Transactional
    @Modifying(clearAutomatically = true)
    @Query("update Trip t set t.fare = t.fare + :surcharge where t.city = :city")
    int addSurcharge(@Param("city") String city, @Param("surcharge") BigDecimal surcharge);
}
