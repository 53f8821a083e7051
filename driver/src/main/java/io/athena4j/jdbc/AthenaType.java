package io.athena4j.jdbc;

import software.amazon.awssdk.services.athena.model.ColumnInfo;

import static java.util.Objects.requireNonNull;

/**
 * The type of one result column as Athena describes it in {@code ColumnInfo}: the {@link AthenaColumnType} that
 * decides how values are parsed, plus the column's own name, precision, scale and case sensitivity for
 * {@code ResultSetMetaData}. Built once per column; immutable.
 * <p>
 * Precision and scale are Athena's, passed through as they are ({@code decimal(10,2)} → 10, 2; {@code varchar(5)} →
 * 5; timestamps → 3 whatever their precision, as Athena reports). When the ColumnInfo omits them, the type's defaults
 * (what Athena reports for it) apply.
 */
final class AthenaType
{
    private final AthenaColumnType columnType;
    private final String typeName;
    private final int precision;
    private final int scale;
    private final boolean caseSensitive;

    private AthenaType(AthenaColumnType columnType, String typeName, int precision, int scale, boolean caseSensitive)
    {
        this.columnType = requireNonNull(columnType, "columnType is null");
        this.typeName = requireNonNull(typeName, "typeName is null");
        this.precision = precision;
        this.scale = scale;
        this.caseSensitive = caseSensitive;
    }

    /** The type of a GetQueryResults column. */
    static AthenaType of(ColumnInfo columnInfo)
    {
        requireNonNull(columnInfo, "columnInfo is null");
        String typeName = columnInfo.type() == null ? "unknown" : columnInfo.type();
        AthenaColumnType columnType = AthenaColumnType.fromTypeName(typeName);
        return new AthenaType(
                columnType,
                typeName,
                columnInfo.precision() == null ? columnType.defaultPrecision() : columnInfo.precision(),
                columnInfo.scale() == null ? 0 : columnInfo.scale(),
                columnInfo.caseSensitive() == null ? columnType.isCaseSensitive() : columnInfo.caseSensitive());
    }

    /** A type from its ColumnInfo fields; {@code typeName} is reported by {@link #typeName()} as given. */
    static AthenaType of(String typeName, int precision, int scale)
    {
        AthenaColumnType columnType = AthenaColumnType.fromTypeName(typeName);
        return new AthenaType(columnType, typeName, precision, scale, columnType.isCaseSensitive());
    }

    /** A type with Athena's default precision, scale 0 (decimal: 38, 0). */
    static AthenaType of(AthenaColumnType columnType)
    {
        return new AthenaType(columnType, columnType.typeName(), columnType.defaultPrecision(), 0, columnType.isCaseSensitive());
    }

    AthenaColumnType columnType()
    {
        return columnType;
    }

    /** {@code ResultSetMetaData.getColumnTypeName}: the ColumnInfo {@code Type} exactly as Athena sent it. */
    String typeName()
    {
        return typeName;
    }

    /** {@code ResultSetMetaData.getColumnType}: a {@link java.sql.Types} code. */
    int jdbcType()
    {
        return columnType.jdbcType();
    }

    /** {@code ResultSetMetaData.getColumnClassName}: the class {@code getObject(int)} returns. */
    String javaClassName()
    {
        return columnType.javaClassName();
    }

    /** {@code ResultSetMetaData.getPrecision}. */
    int precision()
    {
        return precision;
    }

    /** {@code ResultSetMetaData.getScale}. */
    int scale()
    {
        return scale;
    }

    /** {@code ResultSetMetaData.isSigned}. */
    boolean isSigned()
    {
        return columnType.isSigned();
    }

    /** {@code ResultSetMetaData.isCaseSensitive}: ColumnInfo's CaseSensitive. */
    boolean isCaseSensitive()
    {
        return caseSensitive;
    }

    /**
     * {@code ResultSetMetaData.getColumnDisplaySize}: the most characters Athena's text for a value can have, capped
     * at {@code Integer.MAX_VALUE}.
     */
    int displaySize()
    {
        return switch (columnType) {
            case DECIMAL -> {
                if (precision <= 0) {
                    yield columnType.defaultDisplaySize();
                }
                // Sign, point, and a leading zero when every digit is a fraction digit: decimal(3,3) -0.123.
                yield precision + 1 + (scale > 0 ? 1 : 0) + (scale >= precision ? 1 : 0);
            }
            case VARCHAR, CHAR -> precision > 0 ? precision : columnType.defaultDisplaySize();
            // Athena prints bytes as two hex digits and a space between: 3n - 1 characters.
            case VARBINARY -> precision > 0 ? (int) Math.min(Integer.MAX_VALUE, 3L * precision - 1) : columnType.defaultDisplaySize();
            default -> columnType.defaultDisplaySize();
        };
    }

    @Override
    public String toString()
    {
        return typeName;
    }
}
