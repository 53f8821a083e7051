package io.athena4j.jdbc;

import java.sql.Types;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * A column type as Athena's catalog APIs spell it (Hive DDL spelling: {@code string}, {@code int},
 * {@code decimal(10,2)}, {@code array<string>}, {@code struct<a:int>}), with the size DatabaseMetaData.getColumns reports.
 * The type code comes from {@link AthenaColumnType}, which reads Hive spellings too; this adds the declared parameters.
 *
 * @param name the spelling as reported
 * @param jdbcType the {@link Types} code
 * @param columnSize precision for numbers and decimals, length for strings, null where JDBC defines none
 * @param decimalDigits scale for decimals and integers, else null
 */
record HiveTypeName(String name, int jdbcType, Integer columnSize, Integer decimalDigits)
{
    HiveTypeName
    {
        requireNonNull(name, "name is null");
    }

    static HiveTypeName parse(String spelling)
    {
        String type = requireNonNull(spelling, "spelling is null").strip().toLowerCase(Locale.ROOT);
        AthenaColumnType columnType = AthenaColumnType.fromTypeName(type);
        int jdbcType = columnType.jdbcType();
        return switch (jdbcType) {
            case Types.DECIMAL -> {
                int[] arguments = arguments(type, columnType.defaultPrecision(), 0);
                yield new HiveTypeName(type, jdbcType, arguments[0], arguments[1]);
            }
            case Types.VARCHAR, Types.CHAR -> new HiveTypeName(type, jdbcType, arguments(type, columnType.defaultPrecision(), 0)[0], null);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> new HiveTypeName(type, jdbcType, columnType.defaultPrecision(), 0);
            case Types.ARRAY, Types.JAVA_OBJECT, Types.STRUCT, Types.OTHER -> new HiveTypeName(type, jdbcType, null, null);
            default -> new HiveTypeName(type, jdbcType, columnType.defaultPrecision(), null);
        };
    }

    Integer charOctetLength()
    {
        return jdbcType == Types.VARCHAR || jdbcType == Types.CHAR ? columnSize : null;
    }

    /** The numbers of {@code decimal(10, 2)} or {@code varchar(20)}, or the defaults when there are none. */
    private static int[] arguments(String type, int firstDefault, int secondDefault)
    {
        int open = type.indexOf('(');
        int close = type.lastIndexOf(')');
        if (open < 0 || close < open) {
            return new int[] {firstDefault, secondDefault};
        }
        String[] parts = type.substring(open + 1, close).split(",");
        try {
            int first = Integer.parseInt(parts[0].strip());
            int second = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : secondDefault;
            return new int[] {first, second};
        }
        catch (NumberFormatException e) {
            // A spelling the catalog should never send; report the type's defaults rather than fail a metadata call.
            return new int[] {firstDefault, secondDefault};
        }
    }
}
