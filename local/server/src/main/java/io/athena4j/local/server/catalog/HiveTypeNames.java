package io.athena4j.local.server.catalog;

import io.trino.spi.TrinoException;
import io.trino.spi.type.Type;
import io.trino.spi.type.TypeManager;

import static io.trino.plugin.hive.util.HiveTypeTranslator.toHiveType;
import static java.util.Objects.requireNonNull;

/**
 * Spells Trino types the way Athena's catalog (Glue) spells them: Hive's names, {@code string} for an unbounded
 * varchar, {@code int}, {@code float}, {@code binary}, {@code array<string>}, {@code map<string,int>},
 * {@code struct<a:int>}, {@code decimal(10,2)}, and {@code timestamp} whatever the precision.
 */
public final class HiveTypeNames
{
    private final TypeManager typeManager;

    public HiveTypeNames(TypeManager typeManager)
    {
        this.typeManager = requireNonNull(typeManager, "typeManager is null");
    }

    /**
     * The Hive spelling of a type in Trino's SQL spelling, as {@code information_schema.columns} reports it.
     */
    public String fromTrinoSql(String trinoType)
    {
        return of(typeManager.fromSqlType(requireNonNull(trinoType, "trinoType is null")));
    }

    /**
     * The Hive spelling of a Trino type. Types Hive has no name for (time, timestamp with time zone, uuid, json,
     * intervals, ipaddress) occur only in views and Iceberg tables; they keep Trino's name, which is what Athena
     * shows for them as well.
     */
    public static String of(Type type)
    {
        requireNonNull(type, "type is null");
        try {
            return toHiveType(type).toString();
        }
        catch (TrinoException e) {
            // NOT_SUPPORTED: the type has no Hive equivalent, which is expected here and answered with Trino's name.
            return type.getDisplayName();
        }
    }
}
