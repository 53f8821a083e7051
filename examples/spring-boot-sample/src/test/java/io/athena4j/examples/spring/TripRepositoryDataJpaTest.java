package io.athena4j.examples.spring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.annotation.DirtiesContext;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @DataJpaTest} slice on the local Athena (docs/spring-boot.md quotes it). {@code replace = NONE} keeps the
 * Athena DataSource instead of an embedded database. Athena rolls nothing back, so the test writes rows of its own.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@DirtiesContext // stops this context's local Athena when the class is done
class TripRepositoryDataJpaTest
{
    @Autowired
    TripRepository trips;

    @Test
    void findsWhatItSaved()
    {
        String city = "test-" + UUID.randomUUID();
        trips.save(new Trip(city, "e-bike", 12, new BigDecimal("3.75"), LocalDateTime.of(2024, 6, 2, 8, 30)));
        trips.save(new Trip(city, "classic", 20, new BigDecimal("2.50"), LocalDateTime.of(2024, 6, 2, 9, 0)));

        assertThat(trips.countByCity(city)).isEqualTo(2);
        assertThat(trips.findByCityOrderByStartedAt(city)).extracting(Trip::getBikeType).containsExactly("e-bike", "classic");
    }
}
