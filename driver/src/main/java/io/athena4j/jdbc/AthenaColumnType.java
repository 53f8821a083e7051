package io.athena4j.jdbc;

import java.sql.Types;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The types Athena names in {@code ColumnInfo.Type}, with what JDBC reports for each:
 * <pre>
 * ColumnInfo.Type          java.sql.Types           getObject(i) returns   getObject(i, Class) also converts to
 * boolean                  BOOLEAN                  Boolean                Byte…BigDecimal (0, 1), String
 * tinyint                  TINYINT                  Byte                   every number class, Boolean (0, 1), String
 * smallint                 SMALLINT                 Short                  "
 * integer                  INTEGER                  Integer                "
 * bigint                   BIGINT                   Long                   "
 * float (= real)           REAL                     Float                  every number class (whole values only for integers)
 * double                   DOUBLE                   Double                 "
 * decimal                  DECIMAL                  BigDecimal (scale kept) "
 * varchar, char            VARCHAR, CHAR            String                 anything whose form the text has; byte[] as UTF-8
 * varbinary                VARBINARY                byte[]                 String (Athena's hex text)
 * date                     DATE                     java.sql.Date          LocalDate, LocalDateTime, java.sql.Timestamp
 * time                     TIME                     java.sql.Time          LocalTime, OffsetTime (as UTC)
 * time with time zone      TIME_WITH_TIMEZONE       OffsetTime             java.sql.Time
 * timestamp                TIMESTAMP                java.sql.Timestamp     LocalDateTime, LocalDate, LocalTime; Instant,
 *                                                                          OffsetDateTime, ZonedDateTime (as UTC)
 * timestamp with time zone TIMESTAMP_WITH_TIMEZONE  OffsetDateTime         ZonedDateTime (zone as printed), Instant,
 *                                                                          java.sql.Timestamp/Date/Time
 * interval day to second   VARCHAR                  String (Athena's text) Duration
 * interval year to month   VARCHAR                  String (Athena's text) Period
 * array                    ARRAY                    java.sql.Array         List
 * map                      JAVA_OBJECT              Map                    -
 * row                      STRUCT                   java.sql.Struct        Map (named rows)
 * json                     VARCHAR                  String                 -
 * uuid                     VARCHAR                  String                 UUID
 * ipaddress                VARCHAR                  String                 -
 * any other name           OTHER                    String                 as varchar
 * </pre>
 * Why:
 * <ul>
 * <li>Numbers, strings, binary, date, time and timestamps map to their JDBC namesakes; {@code float} is Athena's name
 *     for {@code real} (4 bytes), hence {@link Types#REAL}. {@code tinyint} and {@code smallint} return {@code Byte}
 *     and {@code Short} from {@code getObject}, as Trino's own driver does.</li>
 * <li>The zoned types use the JDBC 4.2 codes and classes: {@code TIME_WITH_TIMEZONE} → {@code OffsetTime},
 *     {@code TIMESTAMP_WITH_TIMEZONE} → {@code OffsetDateTime}, which Hibernate asks for; a {@code ZonedDateTime}
 *     keeping the region is available through {@code getObject(i, ZonedDateTime.class)}.</li>
 * <li>{@code array} → {@link Types#ARRAY} ({@code java.sql.Array}), {@code row} → {@link Types#STRUCT}
 *     ({@code java.sql.Struct}), {@code map} → {@link Types#JAVA_OBJECT} ({@code java.util.Map}): JDBC has no map
 *     type. Their values are read best effort: see {@link AthenaComplexValueParser}.</li>
 * <li>{@code json}, {@code uuid}, {@code ipaddress} and both intervals → {@link Types#VARCHAR} with
 *     {@code getObject} returning Athena's text: it is exact, every tool can show it, and Hibernate's native queries
 *     read VARCHAR as {@code String}; {@code OTHER} would make tools and Hibernate guess. JDBC has no interval
 *     type.</li>
 * <li>Any other name (Trino's {@code unknown} for a bare {@code NULL}, {@code hyperloglog}, geometry types, names
 *     added later) → {@link Types#OTHER}, read as text.</li>
 * </ul>
 * Precision, scale and case sensitivity are per column (see {@link AthenaType}); the defaults here are what Athena
 * reports for the type.
 */
enum AthenaColumnType
{
    // Athena's name, java.sql.Types code, getObject class, Athena's precision, signed, case sensitive, display size.
    BOOLEAN("boolean", Types.BOOLEAN, "java.lang.Boolean", 0, false, false, 5),
    TINYINT("tinyint", Types.TINYINT, "java.lang.Byte", 3, true, false, 4),
    SMALLINT("smallint", Types.SMALLINT, "java.lang.Short", 5, true, false, 6),
    INTEGER("integer", Types.INTEGER, "java.lang.Integer", 10, true, false, 11),
    BIGINT("bigint", Types.BIGINT, "java.lang.Long", 19, true, false, 20),
    // Athena reports real as "float", precision 17 (sic).
    REAL("float", Types.REAL, "java.lang.Float", 17, true, false, 15),
    DOUBLE("double", Types.DOUBLE, "java.lang.Double", 17, true, false, 24),
    // Display size depends on precision and scale: see AthenaType.displaySize().
    DECIMAL("decimal", Types.DECIMAL, "java.math.BigDecimal", 38, true, false, 40),
    VARCHAR("varchar", Types.VARCHAR, "java.lang.String", Integer.MAX_VALUE, false, true, Integer.MAX_VALUE),
    CHAR("char", Types.CHAR, "java.lang.String", 1, false, true, 1),
    VARBINARY("varbinary", Types.VARBINARY, "[B", 1_073_741_824, false, false, Integer.MAX_VALUE),
    DATE("date", Types.DATE, "java.sql.Date", 0, false, false, 10),
    // Display sizes of the time types allow nine fraction digits: ColumnInfo says precision 3 whatever the column's is.
    TIME("time", Types.TIME, "java.sql.Time", 3, false, false, 18),
    TIME_WITH_TIME_ZONE("time with time zone", Types.TIME_WITH_TIMEZONE, "java.time.OffsetTime", 3, false, false, 24),
    TIMESTAMP("timestamp", Types.TIMESTAMP, "java.sql.Timestamp", 3, false, false, 29),
    // 29 for the date-time, a space, and 32 for the longest region id (America/Argentina/ComodRivadavia).
    TIMESTAMP_WITH_TIME_ZONE("timestamp with time zone", Types.TIMESTAMP_WITH_TIMEZONE, "java.time.OffsetDateTime", 3, false, false, 62),
    // -106751991167 07:12:55.807, the smallest interval Trino holds (Long.MIN_VALUE + 1 milliseconds).
    INTERVAL_DAY_TO_SECOND("interval day to second", Types.VARCHAR, "java.lang.String", 0, true, false, 26),
    // -178956970-8, the smallest interval Trino holds (Integer.MIN_VALUE months).
    INTERVAL_YEAR_TO_MONTH("interval year to month", Types.VARCHAR, "java.lang.String", 0, true, false, 12),
    ARRAY("array", Types.ARRAY, "java.sql.Array", 0, false, false, Integer.MAX_VALUE),
    MAP("map", Types.JAVA_OBJECT, "java.util.Map", 0, false, false, Integer.MAX_VALUE),
    ROW("row", Types.STRUCT, "java.sql.Struct", 0, false, false, Integer.MAX_VALUE),
    JSON("json", Types.VARCHAR, "java.lang.String", 0, false, false, Integer.MAX_VALUE),
    UUID("uuid", Types.VARCHAR, "java.lang.String", 0, false, false, 36),
    // 39: a full IPv6 address; Trino prints IPv4 addresses in dotted form.
    IPADDRESS("ipaddress", Types.VARCHAR, "java.lang.String", 0, false, false, 39),
    /** A name this driver does not know; its values are read as text. */
    UNKNOWN("unknown", Types.OTHER, "java.lang.String", 0, false, false, Integer.MAX_VALUE);

    /**
     * Type names Athena or Hive may put in ColumnInfo that are not the canonical names above: Hive names appear in
     * UTILITY results (SHOW, DESCRIBE), Trino names in case a future Athena stops renaming {@code real}.
     */
    private static final Map<String, AthenaColumnType> BY_NAME = Map.ofEntries(
            Map.entry("boolean", BOOLEAN),
            Map.entry("tinyint", TINYINT),
            Map.entry("smallint", SMALLINT),
            Map.entry("integer", INTEGER),
            Map.entry("int", INTEGER),
            Map.entry("bigint", BIGINT),
            Map.entry("float", REAL),
            Map.entry("real", REAL),
            Map.entry("double", DOUBLE),
            Map.entry("decimal", DECIMAL),
            Map.entry("varchar", VARCHAR),
            Map.entry("string", VARCHAR),
            Map.entry("char", CHAR),
            Map.entry("varbinary", VARBINARY),
            Map.entry("binary", VARBINARY),
            Map.entry("date", DATE),
            Map.entry("time", TIME),
            Map.entry("time with time zone", TIME_WITH_TIME_ZONE),
            Map.entry("timestamp", TIMESTAMP),
            Map.entry("timestamp with time zone", TIMESTAMP_WITH_TIME_ZONE),
            Map.entry("interval day to second", INTERVAL_DAY_TO_SECOND),
            Map.entry("interval year to month", INTERVAL_YEAR_TO_MONTH),
            Map.entry("array", ARRAY),
            Map.entry("map", MAP),
            Map.entry("row", ROW),
            Map.entry("struct", ROW),
            Map.entry("json", JSON),
            Map.entry("uuid", UUID),
            Map.entry("ipaddress", IPADDRESS));

    private static final List<AthenaColumnType> TYPE_INFO_ORDER = Arrays.stream(values())
            .filter(type -> type != UNKNOWN)
            // Stable: declaration order breaks ties, and it puts each JDBC namesake first.
            .sorted(Comparator.comparingInt(AthenaColumnType::jdbcType))
            .toList();

    private final String typeName;
    private final int jdbcType;
    private final String javaClassName;
    private final int defaultPrecision;
    private final boolean signed;
    private final boolean caseSensitive;
    private final int defaultDisplaySize;

    AthenaColumnType(String typeName, int jdbcType, String javaClassName, int defaultPrecision, boolean signed, boolean caseSensitive, int defaultDisplaySize)
    {
        this.typeName = typeName;
        this.jdbcType = jdbcType;
        this.javaClassName = javaClassName;
        this.defaultPrecision = defaultPrecision;
        this.signed = signed;
        this.caseSensitive = caseSensitive;
        this.defaultDisplaySize = defaultDisplaySize;
    }

    /**
     * The known types (all but {@link #UNKNOWN}) in the order {@code DatabaseMetaData.getTypeInfo} lists them: by
     * {@link Types} code, then the closest match first ({@code varchar} before the types read as varchar).
     */
    static List<AthenaColumnType> typeInfoOrder()
    {
        return TYPE_INFO_ORDER;
    }

    /**
     * The type for a ColumnInfo {@code Type}. Parameters, which Athena drops but a Hive or Trino type string may carry
     * ({@code decimal(10,2)}, {@code array<int>}, {@code timestamp(6) with time zone}), are ignored; so are case and
     * surrounding blanks. Never fails: unknown names give {@link #UNKNOWN}.
     */
    static AthenaColumnType fromTypeName(String typeName)
    {
        requireNonNull(typeName, "typeName is null");
        AthenaColumnType type = BY_NAME.get(typeName);
        if (type != null) {
            return type;
        }
        type = BY_NAME.get(baseName(typeName));
        return type == null ? UNKNOWN : type;
    }

    /** {@code Timestamp(6) With Time Zone} → {@code timestamp with time zone}; {@code array<int>} → {@code array}. */
    private static String baseName(String typeName)
    {
        StringBuilder name = new StringBuilder(typeName.length());
        int depth = 0;
        for (int i = 0; i < typeName.length(); i++) {
            char c = typeName.charAt(i);
            if (c == '(' || c == '<') {
                depth++;
            }
            else if (c == ')' || c == '>') {
                depth--;
            }
            else if (depth == 0) {
                name.append(c);
            }
        }
        return name.toString().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Athena's name, as {@code DatabaseMetaData.getTypeInfo} lists it ({@code float} for real). */
    String typeName()
    {
        return typeName;
    }

    /** The {@link Types} code. */
    int jdbcType()
    {
        return jdbcType;
    }

    /** The class {@code ResultSet.getObject(int)} returns, as {@code ResultSetMetaData.getColumnClassName} names it. */
    String javaClassName()
    {
        return javaClassName;
    }

    /** The precision Athena reports for the type when the column does not say (for decimal and char: the maximum). */
    int defaultPrecision()
    {
        return defaultPrecision;
    }

    boolean isSigned()
    {
        return signed;
    }

    /** What Athena reports in ColumnInfo.CaseSensitive: true for varchar and char only. */
    boolean isCaseSensitive()
    {
        return caseSensitive;
    }

    /** Display size when precision does not decide it; see {@link AthenaType#displaySize()}. */
    int defaultDisplaySize()
    {
        return defaultDisplaySize;
    }

    /**
     * The prefix of a literal of this type in Athena's DML (Trino SQL), for {@code getTypeInfo}'s LITERAL_PREFIX;
     * null where a literal needs none or none exists.
     */
    String literalPrefix()
    {
        return switch (this) {
            case REAL -> "REAL '";
            case DECIMAL -> "DECIMAL '";
            case VARCHAR -> "'";
            case CHAR -> "CHAR '";
            case VARBINARY -> "X'";
            case DATE -> "DATE '";
            case TIME, TIME_WITH_TIME_ZONE -> "TIME '";
            case TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE -> "TIMESTAMP '";
            case INTERVAL_DAY_TO_SECOND, INTERVAL_YEAR_TO_MONTH -> "INTERVAL '";
            case JSON -> "JSON '";
            case UUID -> "UUID '";
            case IPADDRESS -> "IPADDRESS '";
            case ARRAY -> "ARRAY[";
            default -> null;
        };
    }

    /** The suffix matching {@link #literalPrefix()}, for {@code getTypeInfo}'s LITERAL_SUFFIX. */
    String literalSuffix()
    {
        return switch (this) {
            case REAL, DECIMAL, VARCHAR, CHAR, VARBINARY, DATE, TIME, TIME_WITH_TIME_ZONE, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE, JSON, UUID, IPADDRESS -> "'";
            case INTERVAL_DAY_TO_SECOND -> "' DAY TO SECOND";
            case INTERVAL_YEAR_TO_MONTH -> "' YEAR TO MONTH";
            case ARRAY -> "]";
            default -> null;
        };
    }

    /** The parameters a DDL or cast type takes, for {@code getTypeInfo}'s CREATE_PARAMS; null for none. */
    String createParameters()
    {
        return switch (this) {
            case DECIMAL -> "precision,scale";
            case VARCHAR, CHAR -> "length";
            case TIME, TIME_WITH_TIME_ZONE, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE -> "precision";
            default -> null;
        };
    }

    /** The largest scale, for {@code getTypeInfo}'s MAXIMUM_SCALE: decimal scale, or fraction digits of the time types. */
    int maximumScale()
    {
        return switch (this) {
            case DECIMAL -> 38;
            case TIME, TIME_WITH_TIME_ZONE, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE -> 12;
            default -> 0;
        };
    }

    /** 10 for the numeric types, 0 for the others, for {@code getTypeInfo}'s NUM_PREC_RADIX. */
    int numericPrecisionRadix()
    {
        return signed && this != INTERVAL_DAY_TO_SECOND && this != INTERVAL_YEAR_TO_MONTH ? 10 : 0;
    }

    /** True for types that WHERE can compare: everything but the composite types and json. */
    boolean isSearchable()
    {
        return this != ARRAY && this != MAP && this != ROW && this != JSON;
    }
}
