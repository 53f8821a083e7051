package io.athena4j.types;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * A scalar inside a complex value. Decimals carry their precision and scale and timestamps their fraction digits,
 * because Trino's casts need them ({@code decimal(8, 2)}, {@code timestamp(3)}) and because a value that does not fit is
 * refused on write rather than rounded.
 *
 * @param kind which Athena scalar
 * @param javaClass the boxed Java class, or the enum class for {@link Kind#ENUM}
 * @param precision decimal precision or timestamp fraction digits (3 or 6); 0 otherwise
 * @param scale decimal scale; 0 otherwise
 */
record ScalarType(Kind kind, Class<?> javaClass, int precision, int scale)
        implements ValueType
{
    /** Athena's scalars as Hive DDL and Trino name them. */
    enum Kind
    {
        STRING("string", "varchar"),
        BOOLEAN("boolean", "boolean"),
        TINYINT("tinyint", "tinyint"),
        SMALLINT("smallint", "smallint"),
        INTEGER("int", "integer"),
        BIGINT("bigint", "bigint"),
        REAL("float", "real"),
        DOUBLE("double", "double"),
        DECIMAL("decimal", "decimal"),
        DATE("date", "date"),
        TIMESTAMP("timestamp", "timestamp"),
        /** A UUID as its text: Athena tables have no uuid column type. */
        UUID("string", "varchar"),
        /** An enum as its constant's name. */
        ENUM("string", "varchar");

        private final String hiveName;
        private final String trinoName;

        Kind(String hiveName, String trinoName)
        {
            this.hiveName = hiveName;
            this.trinoName = trinoName;
        }
    }

    ScalarType
    {
        requireNonNull(kind, "kind is null");
        requireNonNull(javaClass, "javaClass is null");
    }

    static ScalarType of(Kind kind, Class<?> javaClass)
    {
        return new ScalarType(kind, javaClass, 0, 0);
    }

    @Override
    public String hiveName()
    {
        return switch (kind) {
            case DECIMAL -> "decimal(" + precision + "," + scale + ")";
            default -> kind.hiveName;
        };
    }

    @Override
    public String trinoName()
    {
        return switch (kind) {
            case DECIMAL -> "decimal(" + precision + ", " + scale + ")";
            case TIMESTAMP -> "timestamp(" + precision + ")";
            default -> kind.trinoName;
        };
    }

    @Override
    public Object toJdbc(Connection connection, Object value, String path)
    {
        return switch (kind) {
            case DECIMAL -> fitDecimal((BigDecimal) value, path);
            case TIMESTAMP -> checkTimestamp((LocalDateTime) value, path);
            case UUID, ENUM -> kind == Kind.ENUM ? ((Enum<?>) value).name() : value.toString();
            default -> value;
        };
    }

    @Override
    public Object fromJson(JsonNode node, String path)
    {
        try {
            return switch (kind) {
                case STRING -> text(node, path);
                case BOOLEAN -> {
                    if (!node.isBoolean()) {
                        throw ValueType.mismatch(path, "a boolean", node);
                    }
                    yield node.booleanValue();
                }
                case TINYINT -> (byte) integral(node, path, Byte.MIN_VALUE, Byte.MAX_VALUE);
                case SMALLINT -> (short) integral(node, path, Short.MIN_VALUE, Short.MAX_VALUE);
                case INTEGER -> (int) integral(node, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
                case BIGINT -> integral(node, path, Long.MIN_VALUE, Long.MAX_VALUE);
                // The text of the number, not Jackson's double: a real read through a double could round twice.
                case REAL -> Float.parseFloat(floatingText(node, path));
                case DOUBLE -> Double.parseDouble(floatingText(node, path));
                case DECIMAL -> {
                    if (!node.isNumber() && !node.isTextual()) {
                        throw ValueType.mismatch(path, "a decimal number", node);
                    }
                    yield scaled(node.isNumber() ? node.decimalValue() : new BigDecimal(node.textValue()), path);
                }
                default -> fromText(text(node, path), path);
            };
        }
        catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("Cannot read " + path + ": " + node + " is not a " + hiveName(), e);
        }
    }

    /** A map key: Trino's JSON writes every key as a string, e.g. {@code {"1":"a"}} for a map(integer, varchar). */
    Object fromKey(String key, String path)
    {
        try {
            return switch (kind) {
                case BOOLEAN -> {
                    if (!key.equals("true") && !key.equals("false")) {
                        throw new IllegalArgumentException("Cannot read " + path + ": map key \"" + key + "\" is not a boolean");
                    }
                    yield Boolean.parseBoolean(key);
                }
                case TINYINT -> Byte.parseByte(key);
                case SMALLINT -> Short.parseShort(key);
                case INTEGER -> Integer.parseInt(key);
                case BIGINT -> Long.parseLong(key);
                case REAL -> Float.parseFloat(key);
                case DOUBLE -> Double.parseDouble(key);
                case DECIMAL -> scaled(new BigDecimal(key), path);
                default -> fromText(key, path);
            };
        }
        catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("Cannot read " + path + ": map key \"" + key + "\" is not a " + hiveName(), e);
        }
    }

    private Object fromText(String text, String path)
    {
        return switch (kind) {
            case STRING -> text;
            case DATE -> LocalDate.parse(text);
            // Trino writes "2024-01-31 12:34:56.789": the fraction has the column's digits.
            case TIMESTAMP -> LocalDateTime.parse(text.replace(' ', 'T'));
            case UUID -> java.util.UUID.fromString(text);
            case ENUM -> enumConstant(text, path);
            default -> throw new IllegalStateException("not a textual kind: " + kind);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object enumConstant(String name, String path)
    {
        try {
            return Enum.valueOf((Class<? extends Enum>) javaClass, name);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read " + path + ": \"" + name + "\" is not a constant of " + javaClass.getName(), e);
        }
    }

    @Override
    public Object copy(Object value)
    {
        // Every scalar class here is immutable.
        return value;
    }

    @Override
    public boolean equal(Object left, Object right)
    {
        if (kind == Kind.DECIMAL) {
            // 1.5 and 1.50 are the same decimal(8, 2).
            return ((BigDecimal) left).compareTo((BigDecimal) right) == 0;
        }
        return left.equals(right);
    }

    @Override
    public int hash(Object value)
    {
        return kind == Kind.DECIMAL ? ((BigDecimal) value).stripTrailingZeros().hashCode() : Objects.hashCode(value);
    }

    private BigDecimal fitDecimal(BigDecimal value, String path)
    {
        BigDecimal scaled;
        try {
            scaled = value.setScale(scale, RoundingMode.UNNECESSARY);
        }
        catch (ArithmeticException e) {
            throw new IllegalArgumentException("Cannot write " + path + " = " + value.toPlainString() + " as " + hiveName()
                    + ": it has more than " + scale + " fraction digits; round it (BigDecimal.setScale) or declare a larger "
                    + "scale with @Column(precision = …, scale = …)", e);
        }
        if (scaled.precision() > precision) {
            throw new IllegalArgumentException("Cannot write " + path + " = " + value.toPlainString() + " as " + hiveName()
                    + ": it has more than " + (precision - scale) + " integer digits; declare a larger precision with "
                    + "@Column(precision = …, scale = …)");
        }
        return scaled;
    }

    private LocalDateTime checkTimestamp(LocalDateTime value, String path)
    {
        int unit = precision == 3 ? 1_000_000 : 1_000;
        if (value.getNano() % unit != 0) {
            throw new IllegalArgumentException("Cannot write " + path + " = " + value + " as timestamp(" + precision + "): "
                    + "it has finer fractions of a second than " + (precision == 3 ? "milliseconds" : "microseconds")
                    + ". Truncate it (LocalDateTime.truncatedTo)"
                    + (precision == 3 ? ", or on an Iceberg table declare @Column(secondPrecision = 6)" : ""));
        }
        return value;
    }

    private BigDecimal scaled(BigDecimal value, String path)
    {
        try {
            return value.setScale(scale, RoundingMode.UNNECESSARY);
        }
        catch (ArithmeticException e) {
            throw new IllegalArgumentException("Cannot read " + path + ": " + value + " has more fraction digits than " + hiveName(), e);
        }
    }

    private static String text(JsonNode node, String path)
    {
        if (!node.isTextual()) {
            throw ValueType.mismatch(path, "a string", node);
        }
        return node.textValue();
    }

    private static long integral(JsonNode node, String path, long minimum, long maximum)
    {
        if (!node.isIntegralNumber()) {
            throw ValueType.mismatch(path, "an integer", node);
        }
        BigInteger value = node.bigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(minimum)) < 0 || value.compareTo(BigInteger.valueOf(maximum)) > 0) {
            throw ValueType.mismatch(path, "an integer from " + minimum + " to " + maximum, node);
        }
        return value.longValue();
    }

    private static String floatingText(JsonNode node, String path)
    {
        if (node.isNumber()) {
            // A decimal's digits, or -0.0 (the one value JsonTree keeps as a double): parsed once, never rounded twice.
            return node.isBigDecimal() ? node.decimalValue().toString() : node.isDouble() ? Double.toString(node.doubleValue()) : node.asText();
        }
        // Non-finite values have no JSON number; accept the names Java and Trino spell them with.
        if (node.isTextual()) {
            return switch (node.textValue()) {
                case "NaN" -> "NaN";
                case "Infinity", "+Infinity" -> "Infinity";
                case "-Infinity" -> "-Infinity";
                default -> throw ValueType.mismatch(path, "a number", node);
            };
        }
        throw ValueType.mismatch(path, "a number", node);
    }
}
