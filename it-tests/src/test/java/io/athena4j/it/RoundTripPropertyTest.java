package io.athena4j.it;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property test: random nested complex values (fixed seed) go through Hibernate's batched INSERTs into Hive and
 * Iceberg tables on the local Athena and come back through SELECT exactly, value by value. The row counts follow
 * {@code -Dathena4j.reliability.scale}; the figures (complex values, the scalar leaf values inside them, differences)
 * go to the end-of-run summary of {@link ReliabilityRun}.
 */
@AthenaLocalTest
@ExtendWith(ReliabilityRun.class)
final class RoundTripPropertyTest
{
    private static final long SEED = 20261121L;
    // About 101,000 leaf values at scale 1 (the 100,000 generated values), 1 million at scale 10.
    private static final int SAMPLES = 2_900 * ReliabilityRun.scale();
    private static final int MICRO_SAMPLES = 725 * ReliabilityRun.scale();

    private static LocalHibernate hibernate;

    @BeforeAll
    static void setUp(AthenaLocal local)
            throws SQLException
    {
        // 50 rows a statement keeps each folded INSERT well under Athena's 262,144-byte query limit.
        hibernate = new LocalHibernate(local, "roundtrip", Map.of("hibernate.jdbc.batch_size", 50), Sample.class, MicroSample.class);
    }

    @AfterAll
    static void tearDown()
    {
        if (hibernate != null) {
            hibernate.close();
        }
    }

    @Test
    void randomNestedValuesRoundTripExactly(AthenaLocal local)
    {
        RandomValues random = new RandomValues(SEED);
        List<Sample> samples = new ArrayList<>();
        for (int id = 0; id < SAMPLES; id++) {
            samples.add(sample(random, id));
        }
        List<MicroSample> microSamples = new ArrayList<>();
        for (int id = 0; id < MICRO_SAMPLES; id++) {
            microSamples.add(new MicroSample(id, random.orNull(() -> random.list(() -> random.timestamp(6))),
                    random.orNull(() -> random.map(random::string, () -> new Stamp(random.orNull(() -> random.timestamp(6)), random.orNull(random::string))))));
        }

        long queriesBefore = local.admin().callCount("StartQueryExecution");
        long start = System.nanoTime();
        hibernate.sessionFactory.inStatelessTransaction(session -> {
            session.insertMultiple(samples);
            session.insertMultiple(microSamples);
        });
        long inserted = System.nanoTime();
        long insertQueries = local.admin().callCount("StartQueryExecution") - queriesBefore;

        List<Sample> read = hibernate.sessionFactory.fromStatelessSession(session ->
                session.createSelectionQuery("from Sample s order by s.id", Sample.class).getResultList());
        List<MicroSample> microRead = hibernate.sessionFactory.fromStatelessSession(session ->
                session.createSelectionQuery("from MicroSample m order by m.id", MicroSample.class).getResultList());
        long selected = System.nanoTime();

        List<String> differences = new ArrayList<>();
        assertThat(read).hasSize(SAMPLES);
        assertThat(microRead).hasSize(MICRO_SAMPLES);
        for (int index = 0; index < SAMPLES; index++) {
            Sample expected = samples.get(index);
            Sample actual = read.get(index);
            compare(differences, "Sample " + expected.id + ".strings", expected.strings, actual.strings);
            compare(differences, "Sample " + expected.id + ".series", expected.series, actual.series);
            compare(differences, "Sample " + expected.id + ".maps", expected.maps, actual.maps);
            compare(differences, "Sample " + expected.id + ".nested", expected.nested, actual.nested);
            compare(differences, "Sample " + expected.id + ".longs", expected.longs, actual.longs);
        }
        for (int index = 0; index < MICRO_SAMPLES; index++) {
            MicroSample expected = microSamples.get(index);
            MicroSample actual = microRead.get(index);
            compare(differences, "MicroSample " + expected.id + ".times", expected.times, actual.times);
            compare(differences, "MicroSample " + expected.id + ".stamps", expected.stamps, actual.stamps);
        }
        int values = SAMPLES * 5 + MICRO_SAMPLES * 2;
        long leaves = samples.stream().mapToLong(sample -> leaves(sample.strings) + leaves(sample.series) + leaves(sample.maps) + leaves(sample.nested) + leaves(sample.longs)).sum()
                + microSamples.stream().mapToLong(sample -> leaves(sample.times) + leaves(sample.stamps)).sum();
        System.out.printf("Round trip (seed %d): %,d values (%,d leaf values) in %,d rows, %d INSERT queries, insert %.1f s, select %.1f s, %d differences%n",
                SEED, values, leaves, SAMPLES + MICRO_SAMPLES, insertQueries, (inserted - start) / 1e9, (selected - inserted) / 1e9, differences.size());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("complexValues", values);
        figures.put("leafValues", leaves);
        figures.put("rows", SAMPLES + MICRO_SAMPLES);
        figures.put("insertQueries", insertQueries);
        figures.put("differences", differences.size());
        figures.put("seed", SEED);
        figures.put("scale", ReliabilityRun.scale());
        ReliabilityRun.print("RoundTripPropertyTest", figures);
        ReliabilityRun.add("nested complex values round-tripped", values);
        ReliabilityRun.add("nested complex values: leaf values inside", leaves);
        ReliabilityRun.add("nested complex values: differences", differences.size());
        ReliabilityRun.add("queries run (all tests)", insertQueries + 2);
        assertThat(differences).as("values that did not come back exactly").isEmpty();
        assertThat(values).isGreaterThanOrEqualTo(10_000);
        assertThat(leaves).isGreaterThanOrEqualTo(100_000);
        // Batched inserts are folded into multi-row statements: far fewer queries than rows.
        assertThat(insertQueries).isLessThanOrEqualTo((SAMPLES + MICRO_SAMPLES) / 50 + 2);
    }

    private static Sample sample(RandomValues random, int id)
    {
        return new Sample(id,
                random.orNull(() -> random.list(random::string)),
                random.orNull(() -> random.map(random::integer, () -> random.list(random::dbl))),
                random.orNull(() -> random.list(() -> random.map(random::string, random::string))),
                random.orNull(() -> nested(random)),
                random.orNull(() -> random.list(random::bigint).toArray(new Long[0])));
    }

    private static Nested nested(RandomValues random)
    {
        return new Nested(
                random.orNull(random::string),
                random.orNull(random::bigint),
                random.orNull(random::decimal),
                random.orNull(() -> random.timestamp(3)),
                random.orNull(random::date),
                random.orNull(() -> random.chance(50)),
                random.orNull(random::tiny),
                random.orNull(random::small),
                random.orNull(random::real),
                random.orNull(random::dbl),
                random.orNull(random::uuid),
                random.orNull(() -> random.map(random::string, () -> inner(random))),
                random.orNull(() -> random.list(() -> inner(random))));
    }

    private static Inner inner(RandomValues random)
    {
        return new Inner(random.orNull(random::string), random.orNull(random::integer), random.orNull(() -> random.timestamp(3)));
    }

    /**
     * The scalar values inside a complex value, NULLs included (a NULL element or field must come back NULL too): the
     * elements of arrays, the keys and values of maps, the fields of structs, recursively. An empty collection has none.
     */
    static long leaves(Object value)
    {
        if (value instanceof Collection<?> collection) {
            return collection.stream().mapToLong(RoundTripPropertyTest::leaves).sum();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().mapToLong(entry -> leaves(entry.getKey()) + leaves(entry.getValue())).sum();
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).mapToLong(RoundTripPropertyTest::leaves).sum();
        }
        if (value instanceof Record record) {
            long sum = 0;
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    sum += leaves(component.getAccessor().invoke(record));
                }
                catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component + " of " + record.getClass().getSimpleName(), e);
                }
            }
            return sum;
        }
        return 1;
    }

    private static void compare(List<String> differences, String what, Object expected, Object actual)
    {
        if (!Objects.deepEquals(expected, actual)) {
            differences.add(what + ": wrote " + describe(expected) + ", read " + describe(actual));
            if (differences.size() <= 20) {
                System.out.println("DIFFERENCE " + differences.get(differences.size() - 1));
            }
        }
    }

    private static String describe(Object value)
    {
        return value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value);
    }
}
