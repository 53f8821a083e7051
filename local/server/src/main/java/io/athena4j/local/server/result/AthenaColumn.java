package io.athena4j.local.server.result;

import io.trino.spi.type.BigintType;
import io.trino.spi.type.BooleanType;
import io.trino.spi.type.CharType;
import io.trino.spi.type.DecimalType;
import io.trino.spi.type.DoubleType;
import io.trino.spi.type.IntegerType;
import io.trino.spi.type.RealType;
import io.trino.spi.type.SmallintType;
import io.trino.spi.type.TimeType;
import io.trino.spi.type.TimeWithTimeZoneType;
import io.trino.spi.type.TimestampType;
import io.trino.spi.type.TimestampWithTimeZoneType;
import io.trino.spi.type.TinyintType;
import io.trino.spi.type.Type;
import io.trino.spi.type.VarbinaryType;
import io.trino.spi.type.VarcharType;

import static java.util.Objects.requireNonNull;

/**
 * The type-dependent part of one Athena {@code ColumnInfo}: {@code Type}, {@code Precision},
 * {@code Scale} and {@code CaseSensitive}, derived from the Trino type of a result column.
 * The constant parts ({@code Label} = name, {@code CatalogName} = {@code hive},
 * {@code Nullable} = {@code UNKNOWN}, empty schema and table names) are added by the API layer.
 */
public record AthenaColumn(String name, String type, int precision, int scale, boolean caseSensitive)
{
    // Athena reports unbounded varchar (and Hive string) with Integer.MAX_VALUE as its precision.
    private static final int UNBOUNDED_VARCHAR_PRECISION = Integer.MAX_VALUE;
    private static final int VARBINARY_PRECISION = 1_073_741_824;
    // Athena reports the precision of every temporal type as 3 (milliseconds), whatever the engine precision is.
    private static final int TEMPORAL_PRECISION = 3;
    // Athena reports both real and double with precision 17.
    private static final int FLOATING_POINT_PRECISION = 17;

    public AthenaColumn
    {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
    }

    /**
     * Describes a result column as Athena does: the type's base name without parameters
     * ({@code array}, not {@code array(integer)}), {@code real} reported as {@code float},
     * and the precision and scale Athena reports for that type.
     */
    public static AthenaColumn of(String name, Type trinoType)
    {
        requireNonNull(name, "name is null");
        requireNonNull(trinoType, "trinoType is null");
        return switch (trinoType) {
            case BooleanType _ -> new AthenaColumn(name, "boolean", 0, 0, false);
            case TinyintType _ -> new AthenaColumn(name, "tinyint", 3, 0, false);
            case SmallintType _ -> new AthenaColumn(name, "smallint", 5, 0, false);
            case IntegerType _ -> new AthenaColumn(name, "integer", 10, 0, false);
            case BigintType _ -> new AthenaColumn(name, "bigint", 19, 0, false);
            // Athena's ColumnInfo calls real by its Hive name
            case RealType _ -> new AthenaColumn(name, "float", FLOATING_POINT_PRECISION, 0, false);
            case DoubleType _ -> new AthenaColumn(name, "double", FLOATING_POINT_PRECISION, 0, false);
            case DecimalType decimalType -> new AthenaColumn(name, "decimal", decimalType.getPrecision(), decimalType.getScale(), false);
            case VarcharType varcharType -> new AthenaColumn(
                    name,
                    "varchar",
                    varcharType.isUnbounded() ? UNBOUNDED_VARCHAR_PRECISION : varcharType.getBoundedLength(),
                    0,
                    true);
            case CharType charType -> new AthenaColumn(name, "char", charType.getLength(), 0, true);
            case VarbinaryType _ -> new AthenaColumn(name, "varbinary", VARBINARY_PRECISION, 0, false);
            case TimestampType _, TimestampWithTimeZoneType _, TimeType _, TimeWithTimeZoneType _ ->
                    new AthenaColumn(name, trinoType.getBaseName(), TEMPORAL_PRECISION, 0, false);
            // date, intervals, array, map, row, json, uuid, ipaddress, and any type Athena has no
            // documented ColumnInfo for: the parameterless base name and precision 0
            default -> new AthenaColumn(name, trinoType.getBaseName(), 0, 0, false);
        };
    }

    /**
     * Describes the {@code Query Plan} column of an EXPLAIN result. Athena reports it as a
     * bounded varchar whose precision is the length of the plan text (371 for {@code EXPLAIN SELECT 1}),
     * which cannot be known from the Trino type (unbounded varchar) until the plan has been produced.
     */
    public static AthenaColumn explainPlan(String name, String planText)
    {
        requireNonNull(name, "name is null");
        requireNonNull(planText, "planText is null");
        return new AthenaColumn(name, "varchar", planText.length(), 0, true);
    }
}
