/**
 * Athena's Hive DDL dialect on the embedded Trino.
 *
 * <p>Athena runs DDL on a Hive engine whose grammar Trino does not have ({@code CREATE EXTERNAL TABLE ... ROW FORMAT
 * ... STORED AS ... LOCATION ... TBLPROPERTIES}, backticks, {@code MSCK REPAIR TABLE}, {@code SHOW PARTITIONS}, ...).
 * {@link io.athena4j.local.server.hive.HiveDdlService} parses such a statement with its own HiveQL parser, rejects
 * what Athena rejects before running anything ({@link io.athena4j.local.server.hive.HiveRejection}), and turns the
 * rest into a {@link io.athena4j.local.server.hive.HiveStatement}: Trino statements on the {@code awsdatacatalog}
 * (Hive) and {@code iceberg} catalogs, which share one metastore and redirect tables to each other, plus the result
 * Athena returns, shaped as Athena shapes its Hive engine's output. Failures carry Athena's {@code FAILED: ...}
 * messages ({@link io.athena4j.local.server.hive.HiveDdlException}).
 *
 * <h2>Where table metadata lives</h2>
 *
 * <p>Trino's metastore holds what Trino needs to read and write a table: columns in Trino's types, the location, the
 * storage format, partition and bucketing columns, the few SerDe properties Trino knows (field separator, CSV
 * separator, quote and escape, null format, header line count). It cannot hold everything Athena's catalog returns:
 * the declared Hive types (a CSV table's columns are all {@code varchar} in Trino), the SerDe class and all its
 * properties as declared, the input and output format classes, TBLPROPERTIES, the Iceberg partition fields as written,
 * database comments and properties.
 *
 * <p>Those live in a sidecar store, {@link io.athena4j.local.server.hive.TableMetadataStore}: one JSON file per table
 * at {@code <data-dir>/hive-ddl/<database>/<table>.json} and one per database at
 * {@code <data-dir>/hive-ddl/<database>/.database.json}, written atomically, kept across restarts, updated by every
 * Hive DDL statement that changes them and deleted with the table or database. A sidecar was chosen over Trino's
 * table parameters ({@code extra_properties}) because Trino refuses extra properties that collide with its own, cannot
 * change them after creation, and would have to be edited under a running Trino to store SerDe properties.
 * Trino's metastore stays the authority on whether a table exists: a description whose table is gone is ignored.
 *
 * <p>{@link io.athena4j.local.server.hive.HiveTableDescriptions#describe} is the internal API the catalog operations
 * (GetTableMetadata, ListTableMetadata) use: columns and partition keys in Hive's spelling, GetTableMetadata's
 * {@code Parameters} ({@code EXTERNAL}, {@code location}, {@code inputformat}, {@code outputformat},
 * {@code serde.serialization.lib}, {@code serde.param.*}, {@code comment}, TBLPROPERTIES, {@code transient_lastDdlTime})
 * and the table type. Tables created with Trino syntax (CTAS) have no stored description and are described from
 * Trino's own metadata.
 */
package io.athena4j.local.server.hive;
