package io.athena4j.jdbc;

import org.junit.jupiter.api.Test;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestAthenaCsvReader
{
    // Athena's form: every value quoted, quotes doubled, NULL an empty unquoted field, \n after each row.
    private static final String FILE = String.join("\n",
            "\"id\",\"text\",\"other\"",
            "\"1\",\"plain\",",
            "\"2\",\"\",\"\"",
            ",\"say \"\"hi\"\", \"\"twice\"\"\",\",\"",
            "\"4\",\"line1\nline2\r\n,\"\"\",\"\"",
            "\"5\",\"ünïcødé ✓ 日本語 🎉\",\"\"\"\"",
            "");

    private static final List<List<String>> ROWS = List.of(
            List.of("id", "text", "other"),
            Arrays.asList("1", "plain", null),
            List.of("2", "", ""),
            Arrays.asList(null, "say \"hi\", \"twice\"", ","),
            List.of("4", "line1\nline2\r\n,\"", ""),
            List.of("5", "ünïcødé ✓ 日本語 🎉", "\""));

    @Test
    void readsAthenasCsv()
            throws Exception
    {
        assertThat(readAll(new StringReader(FILE), 3)).isEqualTo(ROWS);
    }

    @Test
    void readsTheSameWhenTheTextArrivesOneCharacterAtATime()
            throws Exception
    {
        // Every buffer boundary falls inside a value, a doubled quote or a line break somewhere.
        assertThat(readAll(new OneCharacterReader(new StringReader(FILE)), 3)).isEqualTo(ROWS);
    }

    @Test
    void readsTheSameWhereverTheBufferEnds()
            throws Exception
    {
        // A value is read straight from the buffer when it and the character after its closing quote are there; with
        // reads of every length up to the file's, the buffer ends at every position of a value, quote and separator.
        String dataRows = FILE.substring(FILE.indexOf('\n') + 1);
        String text = FILE + dataRows + dataRows;
        List<List<String>> expected = new ArrayList<>(ROWS);
        expected.addAll(ROWS.subList(1, ROWS.size()));
        expected.addAll(ROWS.subList(1, ROWS.size()));
        for (int chunk = 1; chunk <= text.length(); chunk++) {
            assertThat(readAll(new ChunkReader(new StringReader(text), chunk), 3)).as("reads of %s characters", chunk).isEqualTo(expected);
        }
    }

    @Test
    void singleColumnNullIsAnEmptyLine()
            throws Exception
    {
        assertThat(readAll(new StringReader("\"c\"\n\n\"\"\n\"x\"\n"), 1))
                .isEqualTo(List.of(List.of("c"), Arrays.asList((String) null), List.of(""), List.of("x")));
    }

    @Test
    void toleratesCrLfAndAMissingFinalLineBreak()
            throws Exception
    {
        assertThat(readAll(new StringReader("\"a\",\"b\"\r\n\"1\",\"2\""), 2)).isEqualTo(List.of(List.of("a", "b"), List.of("1", "2")));
        assertThat(readAll(new StringReader("1,x\n"), 2)).as("unquoted values, which Athena does not write, are their text")
                .isEqualTo(List.of(List.of("1", "x")));
        assertThat(readAll(new StringReader(""), 2)).isEmpty();
    }

    @Test
    void malformedFilesFailNamingTheRow()
    {
        assertMalformed("\"a\",\"b\"\n\"1\"\n", "row 2 (the header is row 1): it has 1 values, expected 2");
        assertMalformed("\"a\",\"b\"\n\"1\",\"2\",\"3\"\n", "row 2 (the header is row 1): it has more than 2 values");
        assertMalformed("\"a\",\"b\"\n\"1\"x,\"2\"\n", "row 2 (the header is row 1): unexpected character 'x' after value 1");
        assertMalformed("\"a\",\"b\"\nab\"c,\"2\"\n", "row 2 (the header is row 1): a quote inside an unquoted value");
        assertMalformed("\"a\",\"b\"\n\"1\",\"2\n", "row 2 (the header is row 1): a quoted value is not closed before the end of the file");
    }

    private static void assertMalformed(String text, String detail)
    {
        assertThatThrownBy(() -> readAll(new StringReader(text), 2))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Malformed Athena result CSV at " + detail)
                .hasMessageContaining("ResultFetcher=GetQueryResults");
    }

    private static List<List<String>> readAll(Reader text, int columns)
            throws IOException, SQLException
    {
        AthenaCsvReader reader = new AthenaCsvReader(text, columns);
        List<List<String>> rows = new ArrayList<>();
        String[] row = new String[columns];
        while (reader.readRow(row)) {
            rows.add(Arrays.asList(row.clone()));
        }
        assertThat(reader.rowsRead()).isEqualTo(rows.size());
        assertThat(reader.readRow(row)).as("the end stays the end").isFalse();
        return rows;
    }

    private static final class OneCharacterReader
            extends FilterReader
    {
        OneCharacterReader(Reader in)
        {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length)
                throws IOException
        {
            return super.read(buffer, offset, Math.min(1, length));
        }
    }

    private static final class ChunkReader
            extends FilterReader
    {
        private final int chunk;

        ChunkReader(Reader in, int chunk)
        {
            super(in);
            this.chunk = chunk;
        }

        @Override
        public int read(char[] buffer, int offset, int length)
                throws IOException
        {
            return super.read(buffer, offset, Math.min(chunk, length));
        }
    }
}
