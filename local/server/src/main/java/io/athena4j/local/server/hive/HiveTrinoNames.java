package io.athena4j.local.server.hive;

import io.athena4j.local.server.engine.TrinoEngine;

/**
 * Spells names and literals for the Trino statements a Hive DDL statement becomes.
 */
final class HiveTrinoNames
{
    private HiveTrinoNames() {}

    /** {@code awsdatacatalog."db"."t"}: Hive and Iceberg tables alike, Iceberg ones through Trino's table redirection. */
    static String table(String database, String table)
    {
        return TrinoEngine.ATHENA_CATALOG + "." + name(database) + "." + name(table);
    }

    /** {@code iceberg."db"."t"}, for statements Trino does not redirect. */
    static String icebergTable(String database, String table)
    {
        return TrinoEngine.ICEBERG_CATALOG + "." + name(database) + "." + name(table);
    }

    static String schema(String database)
    {
        return TrinoEngine.ATHENA_CATALOG + "." + name(database);
    }

    static String name(String name)
    {
        return HiveType.quoteTrinoName(name);
    }

    static String quoteString(String value)
    {
        return "'" + value.replace("'", "''") + "'";
    }
}
