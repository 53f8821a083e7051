package io.athena4j.local.server.query;

import io.athena4j.local.server.result.AthenaColumn;
import io.athena4j.local.server.result.ResultRows;

import java.util.List;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * What GetQueryResults returns for a succeeded query.
 *
 * @param columns the ColumnInfo list; empty for DDL
 * @param updateCount rows written or changed; absent where Athena omits UpdateCount
 * @param rows the stored rows, header row first for DML
 */
public record QueryResult(List<AthenaColumn> columns, OptionalLong updateCount, ResultRows rows)
{
    public QueryResult
    {
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        requireNonNull(updateCount, "updateCount is null");
        requireNonNull(rows, "rows is null");
    }
}
