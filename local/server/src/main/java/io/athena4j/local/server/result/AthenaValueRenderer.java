package io.athena4j.local.server.result;

import io.airlift.slice.Slice;
import io.trino.spi.block.Block;
import io.trino.spi.block.SqlMap;
import io.trino.spi.block.SqlRow;
import io.trino.spi.type.ArrayType;
import io.trino.spi.type.BigintType;
import io.trino.spi.type.BooleanType;
import io.trino.spi.type.CharType;
import io.trino.spi.type.DateType;
import io.trino.spi.type.DecimalType;
import io.trino.spi.type.DoubleType;
import io.trino.spi.type.Int128;
import io.trino.spi.type.IntegerType;
import io.trino.spi.type.MapType;
import io.trino.spi.type.RealType;
import io.trino.spi.type.RowType;
import io.trino.spi.type.SmallintType;
import io.trino.spi.type.TimestampType;
import io.trino.spi.type.TinyintType;
import io.trino.spi.type.Type;
import io.trino.spi.type.TypeOperators;
import io.trino.spi.type.UuidType;
import io.trino.spi.type.VarbinaryType;
import io.trino.spi.type.VarcharType;
import io.trino.type.BlockTypeOperators;
import io.trino.type.BlockTypeOperators.BlockPositionComparison;
import io.trino.type.JsonType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static io.trino.spi.type.UuidType.trinoUuidToJavaUuid;
import static java.lang.Math.floorDiv;
import static java.lang.Math.floorMod;
import static java.util.Objects.requireNonNull;

/**
 * Renders the values of one result column as the text Athena puts in {@code VarCharValue}.
 * <p>
 * Create one renderer per column with {@link #forType(Type)}: all type dispatch happens there,
 * so {@link #render(Block, int)} only reads the value and formats it. Renderers are immutable
 * and may be shared between threads.
 */
public final class AthenaValueRenderer
{
    // Map keys are printed in ascending key order, which needs Trino's comparison for the key type.
    // TypeOperators caches the generated operators, so one instance serves every renderer.
    private static final BlockTypeOperators BLOCK_TYPE_OPERATORS = new BlockTypeOperators(new TypeOperators());

    private static final HexFormat SPACE_SEPARATED_HEX = HexFormat.ofDelimiter(" ");

    private final Type type;
    private final ValueFormatter formatter;

    private AthenaValueRenderer(Type type, ValueFormatter formatter)
    {
        this.type = requireNonNull(type, "type is null");
        this.formatter = requireNonNull(formatter, "formatter is null");
    }

    public static AthenaValueRenderer forType(Type type)
    {
        requireNonNull(type, "type is null");
        return new AthenaValueRenderer(type, formatterFor(type));
    }

    public Type type()
    {
        return type;
    }

    /**
     * Returns the Athena text of the value at {@code position}, or {@code null} for SQL NULL
     * (Athena omits {@code VarCharValue} for NULL).
     */
    public String render(Block block, int position)
    {
        if (block.isNull(position)) {
            return null;
        }
        return formatter.format(block, position);
    }

    private static ValueFormatter formatterFor(Type type)
    {
        return switch (type) {
            case BooleanType booleanType -> new BooleanFormatter(booleanType);
            case TinyintType _, SmallintType _, IntegerType _, BigintType _ -> new IntegralFormatter(type);
            case RealType realType -> new RealFormatter(realType);
            case DoubleType doubleType -> new DoubleFormatter(doubleType);
            case DecimalType decimalType when decimalType.isShort() -> new ShortDecimalFormatter(decimalType);
            case DecimalType decimalType -> new LongDecimalFormatter(decimalType);
            case VarcharType varcharType -> new Utf8Formatter(varcharType);
            case JsonType jsonType -> new Utf8Formatter(jsonType);
            case VarbinaryType varbinaryType -> new VarbinaryFormatter(varbinaryType);
            case DateType dateType -> new DateFormatter(dateType);
            case TimestampType timestampType when timestampType.isShort() -> new ShortTimestampFormatter(timestampType);
            case UuidType uuidType -> new UuidFormatter(uuidType);
            case ArrayType arrayType -> new ArrayFormatter(arrayType, formatterFor(arrayType.getElementType()));
            case MapType mapType -> new MapFormatter(mapType, formatterFor(mapType.getKeyType()), formatterFor(mapType.getValueType()));
            case RowType rowType -> new RowFormatter(rowType, rowType.getFields().stream()
                    .map(field -> formatterFor(field.getType()))
                    .toArray(ValueFormatter[]::new));
            // Trino's object value already has Athena's text for these types:
            // char(n) is padded to n like Trino returns it, time(p) and time(p) with time zone
            // print their precision and offset, timestamp(p) with time zone prints its zone id,
            // timestamp(p > 6) prints all fraction digits, intervals print `1 00:00:00.000` and `1-0`,
            // ipaddress prints the IPv4 or IPv6 text. Any other type falls back to the same form.
            default -> new ObjectValueFormatter(type);
        };
    }

    private static void appendNullable(StringBuilder out, ValueFormatter formatter, Block block, int position)
    {
        if (block.isNull(position)) {
            out.append("null");
        }
        else {
            formatter.appendElement(out, block, position);
        }
    }

    /**
     * Formats one non-null value. Implementations read the value with the type's accessors,
     * which see through dictionary and run-length encoded blocks.
     */
    private interface ValueFormatter
    {
        /** The text of a value at the top level of a row. */
        String format(Block block, int position);

        /** Appends the text of a value nested in an array, map or row. */
        default void appendElement(StringBuilder out, Block block, int position)
        {
            out.append(format(block, position));
        }
    }

    private record BooleanFormatter(BooleanType type)
            implements ValueFormatter
    {
        @Override
        public String format(Block block, int position)
        {
            return type.getBoolean(block, position) ? "true" : "false";
        }
    }

    private record IntegralFormatter(Type type)
            implements ValueFormatter
    {
        @Override
        public String format(Block block, int position)
        {
            return Long.toString(type.getLong(block, position));
        }

        @Override
        public void appendElement(StringBuilder out, Block block, int position)
        {
            out.append(type.getLong(block, position));
        }
    }

    private record RealFormatter(RealType type)
            implements ValueFormatter
    {
        @Override
        public String format(Block block, int position)
        {
            return Float.toString(type.getFloat(block, position));
        }

        @Override
        public void appendElement(StringBuilder out, Block block, int position)
        {
            // StringBuilder.append(float) produces the same digits as Float.toString
            out.append(type.getFloat(block, position));
        }
    }

    private record DoubleFormatter(DoubleType type)
            implements ValueFormatter
    {
        @Override
        public String format(Block block, int position)
        {
            // Athena prints doubles with Java's Double.toString: 0.30000000000000004, 1.0E20, 1.0E-7, NaN, Infinity
            return Double.toString(type.getDouble(block, position));
        }

        @Override
        public void appendElement(StringBuilder out, Block block, int position)
        {
            // StringBuilder.append(double) produces the same digits as Double.toString
            out.append(type.getDouble(block, position));
        }
    }

    private record ShortDecimalFormatter(DecimalType type)
            implements ValueFormatter
    {
        @Override
        public String format(Block block, int position)
        {
            // Plain notation with every digit of the scale: 1.50 for decimal(3,2), -0.05, 0.1
            return BigDecimal.valueOf(type.getLong(block, position), type.getScale()).toPlainString();
        }
    }

    private record LongDecimalFormatter(DecimalType type)
            implements ValueFormatter
    {
        @Override
        public String format(Block block, int position)
        {
            Int128 unscaled = (Int128) type.getObject(block, position);
            return new BigDecimal(unscaled.toBigInteger(), type.getScale()).toPlainString();
        }
    }

    /** varchar and json: the UTF-8 text, unquoted and unescaped. */
    private record Utf8Formatter(Type type)
            implements ValueFormatter
    {
        @Override
        public String format(Block block, int position)
        {
            return type.getSlice(block, position).toStringUtf8();
        }
    }

    private record VarbinaryFormatter(VarbinaryType type)
            implements ValueFormatter
    {
        @Override
        public String format(Block block, int position)
        {
            // Athena prints top-level varbinary as lowercase hex bytes separated by single spaces: 01 02 ca fe
            Slice slice = type.getSlice(block, position);
            return SPACE_SEPARATED_HEX.formatHex(slice.byteArray(), slice.byteArrayOffset(), slice.byteArrayOffset() + slice.length());
        }

        @Override
        public void appendElement(StringBuilder out, Block block, int position)
        {
            // Deliberate fidelity to Athena: inside an array, map or row, real Athena prints a
            // varbinary as Java's Object.toString of a byte[] (for example [B@2545d692), so the
            // bytes cannot be recovered from the text. We reproduce that form, with the identity
            // hash of a fresh array, rather than invent a readable rendering clients would not get from Athena.
            byte[] bytes = type.getSlice(block, position).getBytes();
            out.append("[B@").append(Integer.toHexString(System.identityHashCode(bytes)));
        }
    }

    private record DateFormatter(DateType type)
            implements ValueFormatter
    {
        @Override
        public String format(Block block, int position)
        {
            // ISO date, 2017-01-02; the same text as Trino's SqlDate
            return LocalDate.ofEpochDay(type.getLong(block, position)).toString();
        }
    }

    /**
     * timestamp(p) for p <= 6, stored as microseconds since the epoch: the common case
     * (timestamp(3) for Hive tables and literals, timestamp(6) for Iceberg), so formatted
     * without going through SqlTimestamp's general formatting.
     */
    private static final class ShortTimestampFormatter
            implements ValueFormatter
    {
        private static final long MICROS_PER_SECOND = 1_000_000;
        private static final long SECONDS_PER_DAY = 86_400;
        // fraction divisor per precision: the microseconds of a second divided by this give `precision` digits
        private static final int[] MICROS_DIVISOR_BY_PRECISION = {1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

        private final TimestampType type;
        private final int precision;

        ShortTimestampFormatter(TimestampType type)
        {
            this.type = requireNonNull(type, "type is null");
            this.precision = type.getPrecision();
        }

        @Override
        public String format(Block block, int position)
        {
            long epochMicros = type.getLong(block, position);
            long epochSeconds = floorDiv(epochMicros, MICROS_PER_SECOND);
            int microsOfSecond = (int) floorMod(epochMicros, MICROS_PER_SECOND);
            LocalDate date = LocalDate.ofEpochDay(floorDiv(epochSeconds, SECONDS_PER_DAY));
            if (date.getYear() < 0 || date.getYear() > 9999) {
                // years without exactly four digits are rare; let Trino's SqlTimestamp decide their form
                return type.getObjectValue(block, position).toString();
            }
            int secondOfDay = (int) floorMod(epochSeconds, SECONDS_PER_DAY);

            // yyyy-MM-dd HH:mm:ss[.fraction]
            char[] text = new char[precision == 0 ? 19 : 20 + precision];
            writeDigits(text, 0, date.getYear(), 4);
            text[4] = '-';
            writeDigits(text, 5, date.getMonthValue(), 2);
            text[7] = '-';
            writeDigits(text, 8, date.getDayOfMonth(), 2);
            text[10] = ' ';
            writeDigits(text, 11, secondOfDay / 3600, 2);
            text[13] = ':';
            writeDigits(text, 14, secondOfDay / 60 % 60, 2);
            text[16] = ':';
            writeDigits(text, 17, secondOfDay % 60, 2);
            if (precision > 0) {
                text[19] = '.';
                writeDigits(text, 20, microsOfSecond / MICROS_DIVISOR_BY_PRECISION[precision], precision);
            }
            return new String(text);
        }

        /** Writes a non-negative value as exactly {@code digits} decimal digits, zero padded. */
        private static void writeDigits(char[] text, int offset, int value, int digits)
        {
            for (int index = offset + digits - 1; index >= offset; index--) {
                text[index] = (char) ('0' + value % 10);
                value /= 10;
            }
        }
    }

    private record UuidFormatter(UuidType type)
            implements ValueFormatter
    {
        @Override
        public String format(Block block, int position)
        {
            return trinoUuidToJavaUuid(type.getSlice(block, position)).toString();
        }
    }

    private record ObjectValueFormatter(Type type)
            implements ValueFormatter
    {
        @Override
        public String format(Block block, int position)
        {
            return String.valueOf(type.getObjectValue(block, position));
        }
    }

    /** Base class of array, map and row: they build their text in one StringBuilder, nested values included. */
    private abstract static class CompositeFormatter
            implements ValueFormatter
    {
        @Override
        public final String format(Block block, int position)
        {
            StringBuilder out = new StringBuilder(32);
            appendElement(out, block, position);
            return out.toString();
        }

        @Override
        public abstract void appendElement(StringBuilder out, Block block, int position);
    }

    /** [1, 2, 3], [a, null], [] */
    private static final class ArrayFormatter
            extends CompositeFormatter
    {
        private final ArrayType type;
        private final ValueFormatter elementFormatter;

        ArrayFormatter(ArrayType type, ValueFormatter elementFormatter)
        {
            this.type = requireNonNull(type, "type is null");
            this.elementFormatter = requireNonNull(elementFormatter, "elementFormatter is null");
        }

        @Override
        public void appendElement(StringBuilder out, Block block, int position)
        {
            Block elements = type.getObject(block, position);
            out.append('[');
            for (int index = 0; index < elements.getPositionCount(); index++) {
                if (index > 0) {
                    out.append(", ");
                }
                appendNullable(out, elementFormatter, elements, index);
            }
            out.append(']');
        }
    }

    /** {j=2, k=1}, {9=a, 10=b}, {}: Athena prints map entries in ascending key order. */
    private static final class MapFormatter
            extends CompositeFormatter
    {
        private final MapType type;
        private final ValueFormatter keyFormatter;
        private final ValueFormatter valueFormatter;
        // null when the key type has no order (json, for example): entries then keep Trino's order
        private final BlockPositionComparison keyComparison;

        MapFormatter(MapType type, ValueFormatter keyFormatter, ValueFormatter valueFormatter)
        {
            this.type = requireNonNull(type, "type is null");
            this.keyFormatter = requireNonNull(keyFormatter, "keyFormatter is null");
            this.valueFormatter = requireNonNull(valueFormatter, "valueFormatter is null");
            Type keyType = type.getKeyType();
            this.keyComparison = keyType.isOrderable() ? BLOCK_TYPE_OPERATORS.getComparisonUnorderedLastOperator(keyType) : null;
        }

        @Override
        public void appendElement(StringBuilder out, Block block, int position)
        {
            SqlMap map = type.getObject(block, position);
            int size = map.getSize();
            int offset = map.getRawOffset();
            Block keys = map.getRawKeyBlock();
            Block values = map.getRawValueBlock();

            out.append('{');
            if (keysInOrder(keys, offset, size)) {
                for (int index = 0; index < size; index++) {
                    appendEntry(out, keys, values, offset + index, index);
                }
            }
            else {
                Integer[] sortedPositions = new Integer[size];
                for (int index = 0; index < size; index++) {
                    sortedPositions[index] = offset + index;
                }
                Arrays.sort(sortedPositions, (left, right) -> Long.signum(keyComparison.compare(keys, left, keys, right)));
                for (int index = 0; index < size; index++) {
                    appendEntry(out, keys, values, sortedPositions[index], index);
                }
            }
            out.append('}');
        }

        // Most maps are small or already in key order; checking first avoids sorting them.
        private boolean keysInOrder(Block keys, int offset, int size)
        {
            if (keyComparison == null) {
                return true;
            }
            for (int position = offset + 1; position < offset + size; position++) {
                if (keyComparison.compare(keys, position - 1, keys, position) > 0) {
                    return false;
                }
            }
            return true;
        }

        private void appendEntry(StringBuilder out, Block keys, Block values, int position, int entryIndex)
        {
            if (entryIndex > 0) {
                out.append(", ");
            }
            // map keys are never null
            keyFormatter.appendElement(out, keys, position);
            out.append('=');
            appendNullable(out, valueFormatter, values, position);
        }
    }

    /** {a=1, b=x} for named fields, {1, x} for unnamed ones (Athena engine v3). */
    private static final class RowFormatter
            extends CompositeFormatter
    {
        private final RowType type;
        private final ValueFormatter[] fieldFormatters;
        // "name=" per field, or "" for an unnamed field
        private final String[] fieldPrefixes;

        RowFormatter(RowType type, ValueFormatter[] fieldFormatters)
        {
            this.type = requireNonNull(type, "type is null");
            this.fieldFormatters = requireNonNull(fieldFormatters, "fieldFormatters is null");
            List<RowType.Field> fields = type.getFields();
            this.fieldPrefixes = fields.stream()
                    .map(field -> field.getName().map(name -> name + "=").orElse(""))
                    .toArray(String[]::new);
        }

        @Override
        public void appendElement(StringBuilder out, Block block, int position)
        {
            SqlRow row = type.getObject(block, position);
            int rawIndex = row.getRawIndex();
            out.append('{');
            for (int field = 0; field < fieldFormatters.length; field++) {
                if (field > 0) {
                    out.append(", ");
                }
                out.append(fieldPrefixes[field]);
                appendNullable(out, fieldFormatters[field], row.getRawFieldBlock(field), rawIndex);
            }
            out.append('}');
        }
    }
}
