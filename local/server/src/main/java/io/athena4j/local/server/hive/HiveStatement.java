package io.athena4j.local.server.hive;

import static java.util.Objects.requireNonNull;

/**
 * What the query service runs for a Hive DDL statement: either one Trino statement, run and shaped like any other
 * statement of its class, or an operation that drives Trino and the table descriptions itself and computes the result.
 */
public sealed interface HiveStatement
        permits HiveStatement.TrinoStatement, HiveStatement.Operation
{
    /** A single Trino statement, e.g. {@code ALTER TABLE iceberg."db"."t" EXECUTE optimize} for {@code OPTIMIZE}. */
    record TrinoStatement(String sql)
            implements HiveStatement
    {
        public TrinoStatement
        {
            requireNonNull(sql, "sql is null");
        }
    }

    /** Several steps and a computed result; runs on the query's own thread. */
    non-sealed interface Operation
            extends HiveStatement
    {
        /**
         * @throws HiveDdlException with Athena's error when the statement fails
         */
        HiveResult execute(HiveSession session);
    }
}
