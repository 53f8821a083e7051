package io.athena4j.jdbc;

import java.io.IOException;
import java.io.Reader;
import java.sql.SQLException;

import static java.util.Objects.requireNonNull;

/**
 * Reads the CSV result file Athena writes for a SELECT ({@code <QueryExecutionId>.csv}), row by row as a stream: a
 * header row of column names, then one row per line ({@code \n}), every value in double quotes with quotes doubled,
 * and SQL NULL as an empty unquoted field, so {@code ,""} is the empty string and {@code ,,} is NULL. A quoted value
 * may hold commas, quotes and line breaks. Memory is one row.
 *
 * <p>Unquoted non-empty values, which Athena does not write, are read as their text; anything else malformed — a
 * quote inside an unquoted value, text after a closing quote, an unclosed quote, a row with the wrong number of
 * values — fails with an SQLException naming the row.
 */
final class AthenaCsvReader
{
    private static final int END = -1;

    private final Reader reader;
    private final int columnCount;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder();
    private int position;
    private int limit;
    private long rowsRead;

    AthenaCsvReader(Reader reader, int columnCount)
    {
        this.reader = requireNonNull(reader, "reader is null");
        if (columnCount < 1) {
            throw new IllegalArgumentException("columnCount must be at least 1: " + columnCount);
        }
        this.columnCount = columnCount;
    }

    /** Rows read so far, the header included. */
    long rowsRead()
    {
        return rowsRead;
    }

    /**
     * Reads the next row into {@code values} (one slot per column, null for SQL NULL).
     *
     * @return false at the end of the file, with {@code values} untouched
     */
    boolean readRow(String[] values)
            throws IOException, SQLException
    {
        if (values.length != columnCount) {
            throw new IllegalArgumentException("values must have one slot per column: " + values.length + " != " + columnCount);
        }
        if (peek() == END) {
            return false;
        }
        long row = rowsRead + 1;
        int column = 0;
        while (true) {
            String value = readField(row);
            if (column == columnCount) {
                throw malformed(row, "it has more than " + columnCount + " values");
            }
            values[column++] = value;
            int separator = read();
            if (separator == ',') {
                continue;
            }
            if (separator == '\r' && peek() == '\n') {
                separator = read();
            }
            if (separator == '\n' || separator == END) {
                break;
            }
            throw malformed(row, "unexpected character '" + (char) separator + "' after value " + column);
        }
        if (column != columnCount) {
            throw malformed(row, "it has " + column + " values, expected " + columnCount);
        }
        rowsRead = row;
        return true;
    }

    /** A field up to, not including, its separator: null when empty and unquoted. */
    private String readField(long row)
            throws IOException, SQLException
    {
        int first = peek();
        if (first == '"') {
            read();
            return readQuoted(row);
        }
        if (first == ',' || first == '\n' || first == '\r' || first == END) {
            return null;
        }
        field.setLength(0);
        while (true) {
            int next = peek();
            if (next == ',' || next == '\n' || next == '\r' || next == END) {
                return field.toString();
            }
            if (next == '"') {
                throw malformed(row, "a quote inside an unquoted value");
            }
            field.append((char) read());
        }
    }

    private String readQuoted(long row)
            throws IOException, SQLException
    {
        // Most values lie whole in the buffer and hold no quote: make the String straight from the buffer, one copy
        // instead of two. Only when the character after the closing quote is in the buffer too, as it decides whether
        // the quote is doubled.
        int quote = position;
        while (quote < limit && buffer[quote] != '"') {
            quote++;
        }
        if (quote + 1 < limit && buffer[quote + 1] != '"') {
            String value = new String(buffer, position, quote - position);
            position = quote + 1;
            return value;
        }
        field.setLength(0);
        while (true) {
            // Copy runs of plain characters at once: most values contain no quote.
            if (position == limit && !fill()) {
                throw malformed(row, "a quoted value is not closed before the end of the file");
            }
            int start = position;
            while (position < limit && buffer[position] != '"') {
                position++;
            }
            field.append(buffer, start, position - start);
            if (position == limit) {
                continue;
            }
            position++;
            if (peek() == '"') {
                read();
                field.append('"');
                continue;
            }
            return field.toString();
        }
    }

    private int peek()
            throws IOException
    {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position];
    }

    private int read()
            throws IOException
    {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position++];
    }

    private boolean fill()
            throws IOException
    {
        int read;
        do {
            read = reader.read(buffer, 0, buffer.length);
        }
        while (read == 0);
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private static SQLException malformed(long row, String problem)
    {
        return new SQLException("Malformed Athena result CSV at row " + row + " (the header is row 1): " + problem
                + ". Read the results with ResultFetcher=GetQueryResults instead", "HY000");
    }
}
