package io.athena4j.local.server.sql;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * What Athena reports about a statement in {@code QueryExecution}: its {@code StatementType} and its
 * {@code SubstatementType}, for example {@code DDL} / {@code CREATE_TABLE_AS_SELECT}.
 */
public record StatementClass(StatementType type, String substatementType)
{
    // The statements Athena hands to its HiveQL DDL engine rather than to Trino (athena-behaviour.md
    // §B.4); their grammar is Hive's, with backticks, STORED AS, LOCATION, TBLPROPERTIES and so on.
    private static final Set<String> HIVE_DDL_SUBSTATEMENT_TYPES = Set.of(
            "CREATE_TABLE",
            "CREATE_DATABASE",
            "DROP_DATABASE",
            "ALTER_DATABASE",
            "DROP_TABLE",
            "ALTER_TABLE",
            "ALTER_TABLE_ADD_COLUMN",
            "ALTER_TABLE_REPLACE_COLUMN",
            "ALTER_TABLE_ADD_PARTITION",
            "ALTER_TABLE_DROP_PARTITION",
            "ALTER_TABLE_RENAME",
            "ALTER_TABLE_CHANGE_COLUMN",
            "MSCK_REPAIR",
            "SHOW_TABLES",
            "SHOW_DATABASES",
            "SHOW_COLUMNS",
            "SHOW_PARTITIONS",
            "SHOW_TABLE_PROPERTIES",
            "SHOW_CREATE_TABLE",
            "DESCRIBE_TABLE");

    public StatementClass
    {
        requireNonNull(type, "type is null");
        requireNonNull(substatementType, "substatementType is null");
    }

    /**
     * Whether Athena runs this kind of statement on its Hive DDL engine, whose grammar is HiveQL rather
     * than Trino's: {@code CREATE [EXTERNAL] TABLE} without {@code AS}, {@code CREATE}/{@code DROP DATABASE},
     * {@code DROP TABLE}, {@code ALTER TABLE}, {@code MSCK REPAIR TABLE}, {@code DESCRIBE} and the Hive
     * {@code SHOW} statements. CTAS, views, {@code SHOW CREATE VIEW}, {@code SHOW FUNCTIONS} and all DML
     * run on Trino. The decision is by statement kind only: Athena sends {@code ALTER TABLE} on an Iceberg
     * table to Trino, which needs the table's format to know.
     */
    public boolean isHiveDdl()
    {
        return HIVE_DDL_SUBSTATEMENT_TYPES.contains(substatementType);
    }
}
