package io.athena4j.local.server.hive;

import java.util.List;

/**
 * Runs Trino statements on behalf of a Hive DDL statement. Statements run in the {@code awsdatacatalog} catalog;
 * a failure is a {@link HiveDdlException} carrying Athena's error for it.
 */
public interface HiveSession
{
    /** Runs a statement whose output, if any, is not needed. */
    void execute(String trinoSql);

    /** Runs a query and returns its rows as Java values ({@code Type.getObjectValue}). */
    List<List<Object>> query(String trinoSql);
}
