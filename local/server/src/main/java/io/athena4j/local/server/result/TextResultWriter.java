package io.athena4j.local.server.result;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

/**
 * Writes the {@code <id>.txt} result file of DDL, SHOW, DESCRIBE and EXPLAIN statements in the Hive text form Athena
 * writes: one line per row, fields separated by a tab, nothing quoted; SQL NULL as an empty field. A statement without
 * rows gets an empty file, as on Athena, so the file's presence still says the statement ran.
 */
public final class TextResultWriter
{
    private TextResultWriter() {}

    public static void write(Path file, List<String[]> rows)
            throws IOException
    {
        requireNonNull(file, "file is null");
        requireNonNull(rows, "rows is null");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), UTF_8))) {
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        writer.write('\t');
                    }
                    if (row[i] != null) {
                        writer.write(row[i]);
                    }
                }
                writer.write('\n');
            }
        }
    }
}
