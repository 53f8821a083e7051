package io.athena4j.hibernate;

/**
 * The kind of table {@link AthenaTableExporter} creates for an entity.
 */
public enum TableType
{
    /** Whatever {@link AthenaSettings#TABLE_TYPE} says (Hive when unset). */
    DEFAULT,
    /** {@code CREATE EXTERNAL TABLE}: files under a location, insert-only; the entity must be {@code @Immutable}. */
    HIVE,
    /** {@code CREATE TABLE … TBLPROPERTIES ('table_type'='ICEBERG')}: supports UPDATE, DELETE and MERGE. */
    ICEBERG,
}
