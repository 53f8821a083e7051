package io.athena4j.local.server.catalog;

import java.util.Map;

/**
 * Table parameters that Trino's metastore does not keep but Athena reports in GetTableMetadata: the TBLPROPERTIES and
 * SERDEPROPERTIES of Athena's Hive DDL ({@code CREATE EXTERNAL TABLE ... TBLPROPERTIES (...)}), which the statement
 * translator records when it rewrites such a statement for Trino.
 *
 * <p>This is the seam between the catalog APIs and the Hive DDL translation: {@link CatalogService} adds whatever this
 * returns on top of the parameters it derives from the metastore (location, formats, serde), so a stored
 * {@code serde.serialization.lib} or {@code serde.param.field.delim} wins over the derived one.
 */
@FunctionalInterface
public interface TableParameterSource
{
    /** No stored parameters: everything comes from the metastore. */
    TableParameterSource NONE = (database, table) -> Map.of();

    /**
     * The stored parameters of a table, keyed as Athena reports them ({@code serde.param.<name>} for serde
     * properties); empty if none were stored.
     *
     * @param database the lower-case database name
     * @param table the lower-case table name
     */
    Map<String, String> parameters(String database, String table);
}
