package io.athena4j.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.athena.model.ColumnInfo;

import java.sql.Types;

import static org.assertj.core.api.Assertions.assertThat;

final class TestAthenaType
{
    /**
     * Every row of behaviour reference §A.3, with the ColumnInfo Athena sends: Type, Precision, Scale, CaseSensitive;
     * and what ResultSetMetaData reports.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # Type                   | Precision  | Scale | Case  | Types code               | getColumnClassName       | display size | signed
            boolean                  | 0          | 0     | false | BOOLEAN                  | java.lang.Boolean        | 5            | false
            tinyint                  | 3          | 0     | false | TINYINT                  | java.lang.Byte           | 4            | true
            smallint                 | 5          | 0     | false | SMALLINT                 | java.lang.Short          | 6            | true
            integer                  | 10         | 0     | false | INTEGER                  | java.lang.Integer        | 11           | true
            bigint                   | 19         | 0     | false | BIGINT                   | java.lang.Long           | 20           | true
            float                    | 17         | 0     | false | REAL                     | java.lang.Float          | 15           | true
            double                   | 17         | 0     | false | DOUBLE                   | java.lang.Double         | 24           | true
            decimal                  | 10         | 2     | false | DECIMAL                  | java.math.BigDecimal     | 12           | true
            decimal                  | 3          | 3     | false | DECIMAL                  | java.math.BigDecimal     | 6            | true
            decimal                  | 38         | 0     | false | DECIMAL                  | java.math.BigDecimal     | 39           | true
            varchar                  | 10         | 0     | true  | VARCHAR                  | java.lang.String         | 10           | false
            varchar                  | 2147483647 | 0     | true  | VARCHAR                  | java.lang.String         | 2147483647   | false
            char                     | 3          | 0     | true  | CHAR                     | java.lang.String         | 3            | false
            varbinary                | 1073741824 | 0     | false | VARBINARY                | [B                       | 2147483647   | false
            date                     | 0          | 0     | false | DATE                     | java.sql.Date            | 10           | false
            time                     | 3          | 0     | false | TIME                     | java.sql.Time            | 18           | false
            time with time zone      | 3          | 0     | false | TIME_WITH_TIMEZONE       | java.time.OffsetTime     | 24           | false
            timestamp                | 3          | 0     | false | TIMESTAMP                | java.sql.Timestamp       | 29           | false
            timestamp with time zone | 3          | 0     | false | TIMESTAMP_WITH_TIMEZONE  | java.time.OffsetDateTime | 62           | false
            interval day to second   | 0          | 0     | false | VARCHAR                  | java.lang.String         | 26           | true
            interval year to month   | 0          | 0     | false | VARCHAR                  | java.lang.String         | 12           | true
            array                    | 0          | 0     | false | ARRAY                    | java.sql.Array           | 2147483647   | false
            map                      | 0          | 0     | false | JAVA_OBJECT              | java.util.Map            | 2147483647   | false
            row                      | 0          | 0     | false | STRUCT                   | java.sql.Struct          | 2147483647   | false
            json                     | 0          | 0     | false | VARCHAR                  | java.lang.String         | 2147483647   | false
            uuid                     | 0          | 0     | false | VARCHAR                  | java.lang.String         | 36           | false
            ipaddress                | 0          | 0     | false | VARCHAR                  | java.lang.String         | 39           | false
            unknown                  | 0          | 0     | false | OTHER                    | java.lang.String         | 2147483647   | false
            hyperloglog              | 0          | 0     | false | OTHER                    | java.lang.String         | 2147483647   | false
            """)
    void testColumnInfo(String typeName, int precision, int scale, boolean caseSensitive, String jdbcType, String className, int displaySize, boolean signed)
            throws ReflectiveOperationException
    {
        ColumnInfo columnInfo = ColumnInfo.builder()
                .name("c").label("c").type(typeName)
                .precision(precision).scale(scale).caseSensitive(caseSensitive)
                .nullable("UNKNOWN").catalogName("hive").schemaName("").tableName("")
                .build();
        AthenaType type = AthenaType.of(columnInfo);
        assertThat(type.jdbcType()).isEqualTo(Types.class.getField(jdbcType).getInt(null));
        assertThat(type.typeName()).isEqualTo(typeName);
        assertThat(type.javaClassName()).isEqualTo(className);
        assertThat(type.precision()).isEqualTo(precision);
        assertThat(type.scale()).isEqualTo(scale);
        assertThat(type.isCaseSensitive()).isEqualTo(caseSensitive);
        assertThat(type.displaySize()).isEqualTo(displaySize);
        assertThat(type.isSigned()).isEqualTo(signed);
        // The class named is loadable: tools instantiate or compare it.
        assertThat(Class.forName(className)).isNotNull();
    }

    @Test
    void testDefaultsWhenColumnInfoOmitsThem()
    {
        AthenaType varchar = AthenaType.of(ColumnInfo.builder().name("c").type("varchar").build());
        assertThat(varchar.precision()).isEqualTo(Integer.MAX_VALUE);
        assertThat(varchar.scale()).isZero();
        assertThat(varchar.isCaseSensitive()).isTrue();
        AthenaType bigint = AthenaType.of(ColumnInfo.builder().name("c").type("bigint").build());
        assertThat(bigint.precision()).isEqualTo(19);
        assertThat(bigint.isCaseSensitive()).isFalse();
        AthenaType missing = AthenaType.of(ColumnInfo.builder().name("c").build());
        assertThat(missing.columnType()).isEqualTo(AthenaColumnType.UNKNOWN);
        assertThat(missing.jdbcType()).isEqualTo(Types.OTHER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # Hive names in UTILITY results, Trino names, parameters, case and blanks
            string                        | VARCHAR
            int                           | INTEGER
            real                          | REAL
            binary                        | VARBINARY
            struct                        | ROW
            decimal(10,2)                 | DECIMAL
            varchar(255)                  | VARCHAR
            array(integer)                | ARRAY
            array<int>                    | ARRAY
            map(varchar, array(integer))  | MAP
            row(a integer, b varchar)     | ROW
            struct<a:int,b:string>        | ROW
            timestamp(6)                  | TIMESTAMP
            timestamp(3) with time zone   | TIMESTAMP_WITH_TIME_ZONE
            time(6) with time zone        | TIME_WITH_TIME_ZONE
            TIMESTAMP  WITH TIME ZONE     | TIMESTAMP_WITH_TIME_ZONE
            Interval Day To Second        | INTERVAL_DAY_TO_SECOND
            ' boolean '                   | BOOLEAN
            geometry                      | UNKNOWN
            ''                            | UNKNOWN
            """)
    void testTypeNames(String typeName, AthenaColumnType expected)
    {
        assertThat(AthenaColumnType.fromTypeName(typeName)).isEqualTo(expected);
    }

    @Test
    void testTypeInfoAttributes()
    {
        assertThat(AthenaColumnType.REAL.typeName()).isEqualTo("float");
        assertThat(AthenaColumnType.DECIMAL.createParameters()).isEqualTo("precision,scale");
        assertThat(AthenaColumnType.DECIMAL.maximumScale()).isEqualTo(38);
        assertThat(AthenaColumnType.VARBINARY.literalPrefix()).isEqualTo("X'");
        assertThat(AthenaColumnType.TIMESTAMP.literalPrefix()).isEqualTo("TIMESTAMP '");
        assertThat(AthenaColumnType.TIMESTAMP.literalSuffix()).isEqualTo("'");
        assertThat(AthenaColumnType.INTERVAL_YEAR_TO_MONTH.literalSuffix()).isEqualTo("' YEAR TO MONTH");
        assertThat(AthenaColumnType.BIGINT.literalPrefix()).isNull();
        assertThat(AthenaColumnType.BIGINT.numericPrecisionRadix()).isEqualTo(10);
        assertThat(AthenaColumnType.VARCHAR.numericPrecisionRadix()).isZero();
        assertThat(AthenaColumnType.INTERVAL_DAY_TO_SECOND.numericPrecisionRadix()).isZero();
        assertThat(AthenaColumnType.MAP.isSearchable()).isFalse();
        assertThat(AthenaColumnType.typeInfoOrder())
                .doesNotContain(AthenaColumnType.UNKNOWN)
                .hasSize(AthenaColumnType.values().length - 1)
                .isSortedAccordingTo(java.util.Comparator.comparingInt(AthenaColumnType::jdbcType));
        assertThat(AthenaColumnType.typeInfoOrder().stream().filter(type -> type.jdbcType() == Types.VARCHAR).findFirst()).contains(AthenaColumnType.VARCHAR);
        for (AthenaColumnType type : AthenaColumnType.values()) {
            // Every name maps back to its type: getTypeInfo's TYPE_NAME round-trips through ColumnInfo.
            assertThat(AthenaColumnType.fromTypeName(type.typeName())).isEqualTo(type);
            assertThat((type.literalPrefix() == null) == (type.literalSuffix() == null)).as(type.name()).isTrue();
        }
    }
}
