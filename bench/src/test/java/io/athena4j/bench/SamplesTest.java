package io.athena4j.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class SamplesTest
{
    @Test
    void orderStatistics()
    {
        Samples samples = Samples.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0));
        assertThat(samples.min()).isEqualTo(1.0);
        assertThat(samples.median()).isEqualTo(3.0);
        assertThat(samples.max()).isEqualTo(5.0);
        assertThat(samples.p95()).isEqualTo(5.0);
        assertThat(Samples.of(1, 2, 3, 4).median()).isEqualTo(2.5);
        // nearest rank: the 95th of 1..20 is the 19th value
        assertThat(Samples.of(java.util.stream.IntStream.rangeClosed(1, 20).asDoubleStream().toArray()).p95()).isEqualTo(19.0);
    }

    @Test
    void rejectsEmptyAndNonFinite()
    {
        assertThatThrownBy(() -> Samples.of(List.of())).hasMessage("no samples");
        assertThatThrownBy(() -> Samples.of(1.0, Double.NaN)).hasMessageContaining("not finite");
    }
}
