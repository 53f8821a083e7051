package io.athena4j.local.server.result;

import io.airlift.slice.Slices;
import io.trino.spi.block.ArrayBlockBuilder;
import io.trino.spi.block.Block;
import io.trino.spi.block.BlockBuilder;
import io.trino.spi.block.MapBlockBuilder;
import io.trino.spi.block.RowBlockBuilder;
import io.trino.spi.type.ArrayType;
import io.trino.spi.type.MapType;
import io.trino.spi.type.RowType;
import io.trino.spi.type.Type;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.trino.spi.type.TypeUtils.writeNativeValue;
import static java.time.ZoneOffset.UTC;

/**
 * Builds blocks from Java values for the result tests: a {@link List} for an array or a row
 * (field values in order), a {@link Map} for a map (entries written in iteration order), a
 * {@link String} or {@code byte[]} for a slice-typed value, otherwise Trino's native value.
 */
final class TestingBlocks
{
    private TestingBlocks() {}

    static Block blockOf(Type type, Object... values)
    {
        BlockBuilder builder = type.createBlockBuilder(null, values.length);
        for (Object value : values) {
            write(type, builder, value);
        }
        return builder.build();
    }

    static void write(Type type, BlockBuilder builder, Object value)
    {
        if (value == null) {
            builder.appendNull();
            return;
        }
        switch (type) {
            case ArrayType arrayType -> ((ArrayBlockBuilder) builder).buildEntry(elementBuilder -> {
                for (Object element : (List<?>) value) {
                    write(arrayType.getElementType(), elementBuilder, element);
                }
            });
            case MapType mapType -> ((MapBlockBuilder) builder).buildEntry((keyBuilder, valueBuilder) -> {
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    write(mapType.getKeyType(), keyBuilder, entry.getKey());
                    write(mapType.getValueType(), valueBuilder, entry.getValue());
                }
            });
            case RowType rowType -> ((RowBlockBuilder) builder).buildEntry(fieldBuilders -> {
                List<?> fieldValues = (List<?>) value;
                for (int field = 0; field < fieldBuilders.size(); field++) {
                    write(rowType.getFields().get(field).getType(), fieldBuilders.get(field), fieldValues.get(field));
                }
            });
            default -> {
                Object nativeValue = switch (value) {
                    case String string -> Slices.utf8Slice(string);
                    case byte[] bytes -> Slices.wrappedBuffer(bytes);
                    default -> value;
                };
                writeNativeValue(type, builder, nativeValue);
            }
        }
    }

    /** A list that, unlike List.of, may hold nulls. */
    static List<Object> list(Object... values)
    {
        return Arrays.asList(values);
    }

    /** A map written in the given order: key, value, key, value... */
    static Map<Object, Object> orderedMap(Object... keysAndValues)
    {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            map.put(keysAndValues[index], keysAndValues[index + 1]);
        }
        return map;
    }

    static long epochDay(String isoDate)
    {
        return LocalDate.parse(isoDate).toEpochDay();
    }

    static long epochMicros(String isoLocalDateTime)
    {
        LocalDateTime dateTime = LocalDateTime.parse(isoLocalDateTime);
        return dateTime.toEpochSecond(UTC) * 1_000_000 + dateTime.getNano() / 1_000;
    }

    static long epochMillis(String isoZonedDateTime)
    {
        return ZonedDateTime.parse(isoZonedDateTime).toInstant().toEpochMilli();
    }

    static long picosOfDay(String isoTime)
    {
        return LocalTime.parse(isoTime).toNanoOfDay() * 1_000;
    }
}
