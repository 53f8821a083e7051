package io.athena4j.local.server.sql;

/**
 * Athena's {@code QueryExecution.StatementType}.
 */
public enum StatementType
{
    DDL,
    DML,
    UTILITY,
}
