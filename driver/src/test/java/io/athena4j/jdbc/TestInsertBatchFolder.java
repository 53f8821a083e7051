package io.athena4j.jdbc;

import static io.athena4j.jdbc.InsertBatchFolder.ATHENA_QUERY_LIMIT_BYTES;
import static io.athena4j.jdbc.TestAthenaLiteral.assertSqlState;
import static io.athena4j.jdbc.TrinoParsing.statement;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.athena4j.jdbc.InsertBatchFolder.Chunk;
import io.trino.sql.tree.Insert;
import io.trino.sql.tree.Values;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TestInsertBatchFolder
{
    private static final ParameterizedSql TEMPLATE =
            ParameterizedSql.parse("INSERT INTO db.events (id, name, score, at) VALUES (?, ?, ?, ?)");

    private static List<String> row(int index)
            throws SQLException
    {
        return List.of(
                AthenaLiteral.of((long) index),
                AthenaLiteral.of("name-" + index + " it's ü€ \uD83D\uDE00"),
                AthenaLiteral.of(index / 7.0),
                AthenaLiteral.of(LocalDateTime.of(2024, 1, 1, 0, 0).plusNanos(index * 1_000L)));
    }

    @Test
    void tenThousandPreparedRowsFoldIntoFewChunksWithinTheLimit()
            throws SQLException
    {
        List<List<String>> batch = new ArrayList<>();
        for (int index = 0; index < 10_000; index++) {
            batch.add(row(index));
        }
        List<Chunk> chunks = InsertBatchFolder.foldPrepared(TEMPLATE, batch, ATHENA_QUERY_LIMIT_BYTES);

        assertThat(chunks).hasSizeBetween(2, 10);
        assertContiguous(chunks, 10_000);
        for (Chunk chunk : chunks) {
            assertThat(chunk.sql().getBytes(UTF_8).length).isLessThanOrEqualTo(ATHENA_QUERY_LIMIT_BYTES);
            assertThat(chunk.rowCount()).isEqualTo(chunk.statementCount());
            assertThat(chunk.sql()).startsWith("INSERT INTO db.events (id, name, score, at) VALUES (" + chunk.firstIndex() + ", ");
        }
        // Trino's parser takes a few seconds per 256 KiB statement; the chunks in between are built the same way.
        for (Chunk chunk : List.of(chunks.get(0), chunks.get(chunks.size() - 1))) {
            Insert insert = (Insert) statement(chunk.sql());
            assertThat(((Values) insert.getQuery().getQueryBody()).getRows()).hasSize(chunk.rowCount());
        }
        // Every chunk but the last is full: the next row would not have fitted.
        for (int index = 0; index < chunks.size() - 1; index++) {
            Chunk chunk = chunks.get(index);
            String nextRow = TEMPLATE.bindInsertRows(batch.get(chunk.firstIndex() + chunk.statementCount()));
            assertThat(chunk.sql().getBytes(UTF_8).length + 2 + nextRow.getBytes(UTF_8).length)
                    .isGreaterThan(ATHENA_QUERY_LIMIT_BYTES);
        }
    }

    @Test
    void tenThousandRawStatementsFoldTheSameWay()
            throws SQLException
    {
        List<String> statements = new ArrayList<>();
        List<List<String>> batch = new ArrayList<>();
        for (int index = 0; index < 10_000; index++) {
            batch.add(row(index));
            statements.add(TEMPLATE.bind(batch.get(index)));
        }
        List<Chunk> raw = InsertBatchFolder.fold(statements, ATHENA_QUERY_LIMIT_BYTES);
        assertThat(raw).hasSizeLessThanOrEqualTo(10);
        assertThat(raw).isEqualTo(InsertBatchFolder.foldPrepared(TEMPLATE, batch, ATHENA_QUERY_LIMIT_BYTES));
    }

    @Test
    void chunksAreExactToTheByteWithMultibyteCharacters()
            throws SQLException
    {
        ParameterizedSql template = ParameterizedSql.parse("INSERT INTO t VALUES (?)");
        List<List<String>> batch = new ArrayList<>();
        for (int index = 0; index < 50; index++) {
            // 1-, 2-, 3- and 4-byte characters
            batch.add(List.of(AthenaLiteral.of("a\u00e9\u20ac\uD83D\uDE00".repeat(index % 5))));
        }
        for (int limit = 65; limit <= 400; limit += 7) {
            List<Chunk> chunks = InsertBatchFolder.foldPrepared(template, batch, limit);
            assertContiguous(chunks, batch.size());
            for (int index = 0; index < chunks.size(); index++) {
                Chunk chunk = chunks.get(index);
                assertThat(chunk.sql().getBytes(UTF_8).length).isLessThanOrEqualTo(limit);
                assertThat(InsertBatchFolder.utf8Length(chunk.sql())).isEqualTo(chunk.sql().getBytes(UTF_8).length);
                if (index + 1 < chunks.size()) {
                    String nextRow = template.bindInsertRows(batch.get(chunk.firstIndex() + chunk.statementCount()));
                    assertThat(chunk.sql().getBytes(UTF_8).length + 2 + nextRow.getBytes(UTF_8).length).isGreaterThan(limit);
                }
            }
        }
    }

    @Test
    void mixedStatementsKeepTheirOrderAndIndexes()
            throws SQLException
    {
        List<String> statements = List.of(
                "INSERT INTO t VALUES (1)",
                "INSERT INTO t VALUES (2), (3);",
                "SELECT 1",
                "INSERT INTO t VALUES (4)",
                "INSERT INTO u VALUES (5)",
                "INSERT INTO u VALUES ('6')",
                "INSERT INTO u SELECT 7",
                "DELETE FROM t WHERE c = 'INSERT INTO t VALUES (8)'",
                "INSERT INTO u VALUES (9)");
        List<Chunk> chunks = InsertBatchFolder.fold(statements, ATHENA_QUERY_LIMIT_BYTES);
        assertThat(chunks).containsExactly(
                new Chunk("INSERT INTO t VALUES (1), (2), (3)", 0, 2, 3),
                new Chunk("SELECT 1", 2, 1, 0),
                new Chunk("INSERT INTO t VALUES (4)", 3, 1, 1),
                new Chunk("INSERT INTO u VALUES (5), ('6')", 4, 2, 2),
                new Chunk("INSERT INTO u SELECT 7", 6, 1, 0),
                new Chunk("DELETE FROM t WHERE c = 'INSERT INTO t VALUES (8)'", 7, 1, 0),
                new Chunk("INSERT INTO u VALUES (9)", 8, 1, 1));
        for (Chunk chunk : chunks) {
            assertThat(statement(chunk.sql())).isNotNull();
        }
        assertThat(InsertBatchFolder.fold(List.of(), ATHENA_QUERY_LIMIT_BYTES)).isEmpty();
    }

    @Test
    void aRowThatFitsOnlyAloneGetsItsOwnChunk()
            throws SQLException
    {
        List<String> statements = List.of(
                "INSERT INTO t VALUES (1)",
                "INSERT INTO t VALUES ('" + "x".repeat(62) + "')",
                "INSERT INTO t VALUES (2)");
        List<Chunk> chunks = InsertBatchFolder.fold(statements, 90);
        assertThat(chunks).extracting(Chunk::firstIndex).containsExactly(0, 1, 2);
    }

    @Test
    void aStatementOverTheLimitFailsBeforeAnythingIsSent()
    {
        String huge = "SELECT '" + "\u20ac".repeat(100) + "'";
        assertSqlState(() -> InsertBatchFolder.fold(List.of("SELECT 1", huge), 100), "54000",
                "Batch entry 1 is 309 bytes in UTF-8, over Athena's query limit of 100 bytes");
        assertSqlState(() -> InsertBatchFolder.fold(List.of("INSERT INTO t VALUES ('" + "x".repeat(100) + "')"), 100),
                "54000", "Batch entry 0 is 125 bytes");
        assertSqlState(() -> InsertBatchFolder.foldPrepared(TEMPLATE, List.of(List.of("1", "'" + "\uD83D\uDE00".repeat(70_000) + "'", "1", "1")),
                ATHENA_QUERY_LIMIT_BYTES), "54000", "over Athena's query limit of 262144 bytes");
    }

    @Test
    void preparedNonInsertStatementsAreOneChunkPerEntry()
            throws SQLException
    {
        ParameterizedSql template = ParameterizedSql.parse("UPDATE t SET c = ? WHERE id = ?");
        List<Chunk> chunks = InsertBatchFolder.foldPrepared(template, List.of(List.of("'a'", "1"), List.of("'b'", "2")),
                ATHENA_QUERY_LIMIT_BYTES);
        assertThat(chunks).containsExactly(
                new Chunk("UPDATE t SET c = 'a' WHERE id = 1", 0, 1, 0),
                new Chunk("UPDATE t SET c = 'b' WHERE id = 2", 1, 1, 0));
        assertSqlState(() -> InsertBatchFolder.foldPrepared(TEMPLATE, List.of(List.of("1")), ATHENA_QUERY_LIMIT_BYTES),
                "07001", "4 parameter placeholder(s) but 1 value(s)");
    }

    @Test
    void utf8LengthMatchesTheEncoder()
    {
        for (String text : List.of("", "abc", "\u00e9", "\u20ac", "\uD83D\uDE00", "a\u00e9\u20ac\uD83D\uDE00z", "\u07ff\u0800")) {
            assertThat(InsertBatchFolder.utf8Length(text)).as(text).isEqualTo(text.getBytes(UTF_8).length);
        }
        // an unpaired surrogate is counted as 3, at least what any replacement costs
        assertThat(InsertBatchFolder.utf8Length("\uD83D")).isEqualTo(3);
    }

    private static void assertContiguous(List<Chunk> chunks, int batchSize)
    {
        int next = 0;
        for (Chunk chunk : chunks) {
            assertThat(chunk.firstIndex()).isEqualTo(next);
            assertThat(chunk.statementCount()).isPositive();
            next += chunk.statementCount();
        }
        assertThat(next).isEqualTo(batchSize);
    }
}
