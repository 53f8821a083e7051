package io.athena4j.local.server.hive;

import io.athena4j.local.server.result.AthenaColumn;

import java.util.List;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * The result of a Hive DDL operation as GetQueryResults returns it.
 *
 * <p>Rows are packed as Athena packs its Hive engine's output (athena-behaviour.md §A.3): each row is one value, the
 * fields joined by tabs, even when the column list has several columns.
 *
 * @param columns the ColumnInfo list; empty for DDL
 * @param rows one single-value row per output line
 * @param updateCount absent where Athena omits UpdateCount
 */
public record HiveResult(List<AthenaColumn> columns, List<String> rows, OptionalLong updateCount)
{
    private static final HiveResult NONE = new HiveResult(List.of(), List.of(), OptionalLong.empty());

    public HiveResult
    {
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
        requireNonNull(updateCount, "updateCount is null");
    }

    /** DDL: neither rows nor columns nor UpdateCount. */
    public static HiveResult none()
    {
        return NONE;
    }

    /**
     * A UTILITY result: Hive's {@code string} columns (Precision 0, CaseSensitive false) and packed rows.
     */
    static HiveResult utility(List<String> columnNames, List<String> rows, boolean reportsUpdateCount)
    {
        List<AthenaColumn> columns = columnNames.stream()
                .map(name -> new AthenaColumn(name, "string", 0, 0, false))
                .toList();
        return new HiveResult(columns, rows, reportsUpdateCount ? OptionalLong.of(0) : OptionalLong.empty());
    }
}
