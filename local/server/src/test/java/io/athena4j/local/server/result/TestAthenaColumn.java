package io.athena4j.local.server.result;

import io.trino.spi.type.ArrayType;
import io.trino.spi.type.MapType;
import io.trino.spi.type.RowType;
import io.trino.spi.type.Type;
import io.trino.spi.type.TypeOperators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.trino.spi.type.BigintType.BIGINT;
import static io.trino.spi.type.BooleanType.BOOLEAN;
import static io.trino.spi.type.CharType.createCharType;
import static io.trino.spi.type.DateType.DATE;
import static io.trino.spi.type.DecimalType.createDecimalType;
import static io.trino.spi.type.DoubleType.DOUBLE;
import static io.trino.spi.type.IntegerType.INTEGER;
import static io.trino.spi.type.RealType.REAL;
import static io.trino.spi.type.RowType.field;
import static io.trino.spi.type.SmallintType.SMALLINT;
import static io.trino.spi.type.TimeType.createTimeType;
import static io.trino.spi.type.TimeWithTimeZoneType.createTimeWithTimeZoneType;
import static io.trino.spi.type.TimestampType.createTimestampType;
import static io.trino.spi.type.TimestampWithTimeZoneType.createTimestampWithTimeZoneType;
import static io.trino.spi.type.TinyintType.TINYINT;
import static io.trino.spi.type.UuidType.UUID;
import static io.trino.spi.type.VarbinaryType.VARBINARY;
import static io.trino.spi.type.VarcharType.VARCHAR;
import static io.trino.spi.type.VarcharType.createVarcharType;
import static io.trino.type.IntervalDayTimeType.INTERVAL_DAY_TIME;
import static io.trino.type.IntervalYearMonthType.INTERVAL_YEAR_MONTH;
import static io.trino.type.IpAddressType.IPADDRESS;
import static io.trino.type.JsonType.JSON;
import static io.trino.type.UnknownType.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestAthenaColumn
{
    /** One row of the ColumnInfo table (athena-behaviour.md §A.3). */
    record ColumnInfoRow(Type trinoType, String type, int precision, int scale, boolean caseSensitive)
    {
        @Override
        public String toString()
        {
            return trinoType.getDisplayName();
        }
    }

    static Stream<ColumnInfoRow> columnInfoTable()
    {
        TypeOperators typeOperators = new TypeOperators();
        return Stream.of(
                new ColumnInfoRow(BOOLEAN, "boolean", 0, 0, false),
                new ColumnInfoRow(TINYINT, "tinyint", 3, 0, false),
                new ColumnInfoRow(SMALLINT, "smallint", 5, 0, false),
                new ColumnInfoRow(INTEGER, "integer", 10, 0, false),
                new ColumnInfoRow(BIGINT, "bigint", 19, 0, false),
                new ColumnInfoRow(REAL, "float", 17, 0, false),
                new ColumnInfoRow(DOUBLE, "double", 17, 0, false),
                new ColumnInfoRow(createDecimalType(10, 2), "decimal", 10, 2, false),
                new ColumnInfoRow(createDecimalType(38, 9), "decimal", 38, 9, false),
                new ColumnInfoRow(createVarcharType(5), "varchar", 5, 0, true),
                new ColumnInfoRow(VARCHAR, "varchar", 2147483647, 0, true),
                new ColumnInfoRow(createCharType(3), "char", 3, 0, true),
                new ColumnInfoRow(VARBINARY, "varbinary", 1073741824, 0, false),
                new ColumnInfoRow(DATE, "date", 0, 0, false),
                new ColumnInfoRow(createTimestampType(0), "timestamp", 3, 0, false),
                new ColumnInfoRow(createTimestampType(3), "timestamp", 3, 0, false),
                new ColumnInfoRow(createTimestampType(6), "timestamp", 3, 0, false),
                new ColumnInfoRow(createTimestampType(9), "timestamp", 3, 0, false),
                new ColumnInfoRow(createTimestampWithTimeZoneType(3), "timestamp with time zone", 3, 0, false),
                new ColumnInfoRow(createTimestampWithTimeZoneType(6), "timestamp with time zone", 3, 0, false),
                new ColumnInfoRow(createTimeType(3), "time", 3, 0, false),
                new ColumnInfoRow(createTimeType(0), "time", 3, 0, false),
                new ColumnInfoRow(createTimeWithTimeZoneType(3), "time with time zone", 3, 0, false),
                new ColumnInfoRow(INTERVAL_DAY_TIME, "interval day to second", 0, 0, false),
                new ColumnInfoRow(INTERVAL_YEAR_MONTH, "interval year to month", 0, 0, false),
                new ColumnInfoRow(new ArrayType(INTEGER), "array", 0, 0, false),
                new ColumnInfoRow(new ArrayType(new ArrayType(VARCHAR)), "array", 0, 0, false),
                new ColumnInfoRow(new MapType(VARCHAR, INTEGER, typeOperators), "map", 0, 0, false),
                new ColumnInfoRow(RowType.from(List.of(field("a", INTEGER), field("b", VARCHAR))), "row", 0, 0, false),
                new ColumnInfoRow(RowType.anonymous(List.of(INTEGER)), "row", 0, 0, false),
                new ColumnInfoRow(JSON, "json", 0, 0, false),
                new ColumnInfoRow(UUID, "uuid", 0, 0, false),
                new ColumnInfoRow(IPADDRESS, "ipaddress", 0, 0, false),
                // not in Athena's table: the base name and precision 0
                new ColumnInfoRow(UNKNOWN, "unknown", 0, 0, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columnInfoTable")
    void describesColumnAsAthena(ColumnInfoRow row)
    {
        assertThat(AthenaColumn.of("c", row.trinoType()))
                .isEqualTo(new AthenaColumn("c", row.type(), row.precision(), row.scale(), row.caseSensitive()));
    }

    @Test
    void keepsColumnName()
    {
        assertThat(AthenaColumn.of("_col0", INTEGER).name()).isEqualTo("_col0");
    }

    @Test
    void describesExplainPlanWithTheLengthOfItsText()
    {
        String plan = "Fragment 0 [SINGLE]\n    Output layout: [_col0]";
        assertThat(AthenaColumn.explainPlan("Query Plan", plan))
                .isEqualTo(new AthenaColumn("Query Plan", "varchar", plan.length(), 0, true));
    }

    @Test
    void rejectsNulls()
    {
        assertThatThrownBy(() -> AthenaColumn.of(null, INTEGER)).isInstanceOf(NullPointerException.class).hasMessage("name is null");
        assertThatThrownBy(() -> AthenaColumn.of("c", null)).isInstanceOf(NullPointerException.class).hasMessage("trinoType is null");
    }
}
