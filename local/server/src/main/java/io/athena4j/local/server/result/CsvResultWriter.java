package io.athena4j.local.server.result;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

/**
 * Writes a result file in the CSV form Athena writes to the output location: every value in double quotes with
 * quotes doubled, SQL NULL as an empty unquoted field, {@code \n} after each row. That form keeps NULL and the empty
 * string apart and carries any character, so the server reads its GetQueryResults pages back from the same file.
 */
public final class CsvResultWriter
        implements Closeable
{
    private final BufferedWriter writer;
    private long rowCount;

    public CsvResultWriter(Path file)
            throws IOException
    {
        requireNonNull(file, "file is null");
        Files.createDirectories(file.toAbsolutePath().getParent());
        writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), UTF_8), 1 << 16);
    }

    public void writeRow(String[] values)
            throws IOException
    {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            String value = values[i];
            if (value != null) {
                writeQuoted(value);
            }
        }
        writer.write('\n');
        rowCount++;
    }

    private void writeQuoted(String value)
            throws IOException
    {
        writer.write('"');
        int start = 0;
        for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', start)) {
            writer.write(value, start, quote + 1 - start);
            writer.write('"');
            start = quote + 1;
        }
        writer.write(value, start, value.length() - start);
        writer.write('"');
    }

    public long rowCount()
    {
        return rowCount;
    }

    @Override
    public void close()
            throws IOException
    {
        writer.close();
    }
}
