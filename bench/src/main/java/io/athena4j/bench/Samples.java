package io.athena4j.bench;

import java.util.Arrays;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Repeated measurements of one quantity, kept sorted. Immutable. The median of an even count is the mean of the two
 * middle values; p95 is the nearest-rank 95th percentile.
 */
final class Samples
{
    private final double[] sorted;

    private Samples(double[] sorted)
    {
        this.sorted = sorted;
    }

    static Samples of(List<Double> values)
    {
        requireNonNull(values, "values is null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        for (double value : sorted) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("sample is not finite: " + value);
            }
        }
        return new Samples(sorted);
    }

    static Samples of(double... values)
    {
        return of(Arrays.stream(values).boxed().toList());
    }

    int count()
    {
        return sorted.length;
    }

    double min()
    {
        return sorted[0];
    }

    double max()
    {
        return sorted[sorted.length - 1];
    }

    double median()
    {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    double p95()
    {
        int rank = (int) Math.ceil(0.95 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    List<Double> values()
    {
        return Arrays.stream(sorted).boxed().toList();
    }
}
