package io.athena4j.local.server.hive;

/**
 * What the query service runs for a Hive DDL statement: the Trino statements and table-description updates it stands
 * for, with the result Athena returns for it. Runs on the query's own thread, after StartQueryExecution has answered.
 */
@FunctionalInterface
public interface HiveStatement
{
    /**
     * @throws HiveDdlException with Athena's error when the statement fails
     */
    HiveResult execute(HiveSession session);
}
