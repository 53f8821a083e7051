package io.athena4j.local.server.hive;

import static java.util.Objects.requireNonNull;

/**
 * A statement Hive's parser rejects. Athena accepts the request and fails the query with
 * {@code FAILED: ParseException line L:C <detail>} (ErrorCategory 1, ErrorType 1003).
 */
public final class HiveParseException
        extends Exception
{
    private final int line;
    private final int column;
    private final String detail;

    public HiveParseException(int line, int column, String detail)
    {
        super("FAILED: ParseException line %s:%s %s".formatted(line, column, requireNonNull(detail, "detail is null")));
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    public int line()
    {
        return line;
    }

    public int column()
    {
        return column;
    }

    public String detail()
    {
        return detail;
    }
}
