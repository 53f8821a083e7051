package io.athena4j.local.server.result;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardOpenOption.READ;
import static java.util.Objects.requireNonNull;

/**
 * Reads pages of rows back from a result file written by {@link CsvResultWriter}; positions are byte offsets, so a
 * page costs a seek and the page's bytes however large the file is. Parsing works on bytes: the separators
 * ({@code "}, {@code ,}, {@code \n}) are ASCII and cannot occur inside a multi-byte UTF-8 sequence.
 */
public final class CsvResultRows
        implements ResultRows
{
    private final Path file;
    private final int columnCount;

    public CsvResultRows(Path file, int columnCount)
    {
        this.file = requireNonNull(file, "file is null");
        if (columnCount < 1) {
            throw new IllegalArgumentException("columnCount must be at least 1: " + columnCount);
        }
        this.columnCount = columnCount;
    }

    @Override
    public ResultPage read(long position, int maxRows)
            throws IOException
    {
        try (FileChannel channel = FileChannel.open(file, READ)) {
            long size = channel.size();
            if (position < 0 || position > size) {
                throw new IllegalArgumentException("Position " + position + " is outside the result file of " + size + " bytes");
            }
            channel.position(position);
            RowParser parser = new RowParser(Channels.newInputStream(channel), columnCount);
            List<String[]> rows = new ArrayList<>(Math.min(maxRows, 1024));
            long offset = position;
            while (rows.size() < maxRows && offset < size) {
                rows.add(parser.next());
                offset = position + parser.bytesConsumed();
            }
            return new ResultPage(rows, offset, offset >= size);
        }
        catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "the result file was removed");
        }
    }

    private static final class RowParser
    {
        private final InputStream input;
        private final int columnCount;
        private final byte[] buffer = new byte[1 << 16];
        private int bufferLength;
        private int bufferPosition;
        private long consumedBeforeBuffer;
        private byte[] field = new byte[256];

        RowParser(InputStream input, int columnCount)
        {
            this.input = input;
            this.columnCount = columnCount;
        }

        long bytesConsumed()
        {
            return consumedBeforeBuffer + bufferPosition;
        }

        String[] next()
                throws IOException
        {
            String[] values = new String[columnCount];
            int column = 0;
            while (true) {
                int b = read();
                String value = null;
                if (b == '"') {
                    value = readQuoted();
                    b = read();
                }
                if (column < columnCount) {
                    values[column] = value;
                }
                column++;
                if (b == '\n') {
                    if (column != columnCount) {
                        throw new IOException("Corrupt result file: a row has " + column + " values, expected " + columnCount);
                    }
                    return values;
                }
                if (b != ',') {
                    throw new IOException("Corrupt result file: unexpected byte " + b + " after a value");
                }
            }
        }

        private String readQuoted()
                throws IOException
        {
            int length = 0;
            while (true) {
                int b = read();
                if (b == '"') {
                    if (peek() != '"') {
                        return new String(field, 0, length, UTF_8);
                    }
                    read();
                }
                if (length == field.length) {
                    field = Arrays.copyOf(field, length * 2);
                }
                field[length++] = (byte) b;
            }
        }

        private int peek()
                throws IOException
        {
            if (bufferPosition == bufferLength && !fill()) {
                return -1;
            }
            return buffer[bufferPosition] & 0xFF;
        }

        private int read()
                throws IOException
        {
            if (bufferPosition == bufferLength && !fill()) {
                throw new EOFException("Corrupt result file: it ends inside a row");
            }
            return buffer[bufferPosition++] & 0xFF;
        }

        private boolean fill()
                throws IOException
        {
            consumedBeforeBuffer += bufferLength;
            bufferPosition = 0;
            bufferLength = Math.max(0, input.read(buffer));
            return bufferLength > 0;
        }
    }
}
