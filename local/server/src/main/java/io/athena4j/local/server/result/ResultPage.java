package io.athena4j.local.server.result;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Consecutive rows of a result, and where the next page starts.
 *
 * @param rows the rows; a {@code null} value is SQL NULL
 * @param nextPosition the position of the row after the last one returned
 * @param exhausted whether no row follows
 */
public record ResultPage(List<String[]> rows, long nextPosition, boolean exhausted)
{
    public ResultPage
    {
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
    }
}
