package io.athena4j.local.server.result;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Rows held in memory, for the small results of SHOW and DESCRIBE statements; positions are row indexes.
 */
public final class MemoryResultRows
        implements ResultRows
{
    public static final MemoryResultRows EMPTY = new MemoryResultRows(List.of());

    private final List<String[]> rows;

    public MemoryResultRows(List<String[]> rows)
    {
        this.rows = new ArrayList<>(requireNonNull(rows, "rows is null"));
    }

    @Override
    public ResultPage read(long position, int maxRows)
    {
        if (position < 0 || position > rows.size()) {
            throw new IllegalArgumentException("Position " + position + " is outside the result of " + rows.size() + " rows");
        }
        int from = (int) position;
        int to = (int) Math.min(rows.size(), from + (long) maxRows);
        return new ResultPage(rows.subList(from, to), to, to == rows.size());
    }
}
