package io.athena4j.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds a JDBC batch into as few Athena queries as possible. Athena has no batch API and every query costs a
 * StartQueryExecution (20 per second per account) plus polling, and on Hive tables every INSERT writes new files; so
 * consecutive {@code INSERT INTO t [(cols)] VALUES (…)} entries with the same prefix become one
 * {@code INSERT INTO t [(cols)] VALUES (r1), (r2), …} per chunk, each at most the query size limit in UTF-8 bytes
 * (262,144 on Athena, athena-behaviour.md §A.1). Every other statement is a chunk of its own; order is kept, and an
 * entry's rows never straddle two chunks, so a failed chunk maps to a contiguous range of batch entries.
 */
final class InsertBatchFolder
{
    /** Athena's limit on {@code QueryString}, in UTF-8 bytes; not adjustable. */
    static final int ATHENA_QUERY_LIMIT_BYTES = 262_144;

    private static final String ROW_SEPARATOR = ", ";

    /**
     * One query to send.
     *
     * @param sql the query text: a statement as given, or for INSERT rows the {@code INSERT … VALUES} prefix, one space
     *         and the rows joined by {@code ", "} (a trailing {@code ;} or comment of the entries is dropped)
     * @param firstIndex the index in the batch of the first entry it holds
     * @param statementCount how many consecutive batch entries it holds
     * @param rowCount how many VALUES rows it inserts, 0 for a statement that is not a folded INSERT
     */
    record Chunk(String sql, int firstIndex, int statementCount, int rowCount)
    {
        Chunk
        {
            requireNonNull(sql, "sql is null");
        }
    }

    private InsertBatchFolder() {}

    /**
     * Folds the SQL of {@code Statement.addBatch} entries (or any bound statements), parsing each one.
     *
     * @throws SQLException SQLState {@code 54000} if a statement alone is longer than {@code maxQueryBytes}
     */
    static List<Chunk> fold(List<String> statements, int maxQueryBytes)
            throws SQLException
    {
        checkLimit(maxQueryBytes);
        Accumulator accumulator = new Accumulator(maxQueryBytes);
        for (int index = 0; index < statements.size(); index++) {
            String sql = requireNonNull(statements.get(index), "statement is null");
            ParameterizedSql parsed = ParameterizedSql.parse(sql);
            if (parsed.isInsertValues() && parsed.parameterCount() == 0) {
                accumulator.addRows(index, parsed.insertValuesPrefix(), parsed.bindInsertRows(List.of()),
                        parsed.insertRowCount());
            }
            else {
                accumulator.addStatement(index, sql);
            }
        }
        return accumulator.finish();
    }

    /**
     * Folds the entries of a {@code PreparedStatement} batch: one template, each entry its bound literals. The
     * template's prefix is taken once and only the row tuples are bound per entry.
     *
     * @param batchLiterals per batch entry, the literal of each placeholder in order
     * @throws SQLException SQLState {@code 07001} if an entry has the wrong number of literals, {@code 54000} if an
     *         entry alone is longer than {@code maxQueryBytes}
     */
    static List<Chunk> foldPrepared(ParameterizedSql template, List<? extends List<String>> batchLiterals,
            int maxQueryBytes)
            throws SQLException
    {
        requireNonNull(template, "template is null");
        checkLimit(maxQueryBytes);
        Accumulator accumulator = new Accumulator(maxQueryBytes);
        if (template.isInsertValues()) {
            String prefix = template.insertValuesPrefix();
            int rowCount = template.insertRowCount();
            for (int index = 0; index < batchLiterals.size(); index++) {
                accumulator.addRows(index, prefix, template.bindInsertRows(batchLiterals.get(index)), rowCount);
            }
        }
        else {
            for (int index = 0; index < batchLiterals.size(); index++) {
                accumulator.addStatement(index, template.bind(batchLiterals.get(index)));
            }
        }
        return accumulator.finish();
    }

    /**
     * The length of {@code text} in UTF-8 without encoding it. An unpaired surrogate counts 3 bytes, an upper bound
     * for whatever replacement the encoder writes.
     */
    static int utf8Length(CharSequence text)
    {
        int length = text.length();
        int bytes = length;
        for (int index = 0; index < length; index++) {
            char character = text.charAt(index);
            if (character >= 0x80) {
                if (character < 0x800) {
                    bytes += 1;
                }
                else if (Character.isHighSurrogate(character) && index + 1 < length
                        && Character.isLowSurrogate(text.charAt(index + 1))) {
                    // 2 chars, 4 bytes
                    bytes += 2;
                    index++;
                }
                else {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    private static void checkLimit(int maxQueryBytes)
    {
        if (maxQueryBytes < 1) {
            throw new IllegalArgumentException("maxQueryBytes must be positive: " + maxQueryBytes);
        }
    }

    private static SQLException tooLong(int index, int bytes, int maxQueryBytes)
    {
        return new SQLException("Batch entry " + index + " is " + bytes + " bytes in UTF-8, over Athena's query limit of "
                + maxQueryBytes + " bytes; split it into smaller statements or bind smaller values", "54000");
    }

    /** Builds chunks in batch order; a run of INSERT rows with one prefix stays open until something else arrives. */
    private static final class Accumulator
    {
        private final int maxQueryBytes;
        private final List<Chunk> chunks = new ArrayList<>();

        private String prefix;
        private int prefixBytes;
        private final StringBuilder rows = new StringBuilder();
        private int rowsBytes;
        private int firstIndex;
        private int statementCount;
        private int rowCount;

        Accumulator(int maxQueryBytes)
        {
            this.maxQueryBytes = maxQueryBytes;
        }

        void addStatement(int index, String sql)
                throws SQLException
        {
            flush();
            int bytes = utf8Length(sql);
            if (bytes > maxQueryBytes) {
                throw tooLong(index, bytes, maxQueryBytes);
            }
            chunks.add(new Chunk(sql, index, 1, 0));
        }

        void addRows(int index, String rowsPrefix, String boundRows, int boundRowCount)
                throws SQLException
        {
            int bytes = utf8Length(boundRows);
            if (statementCount > 0 && prefix.equals(rowsPrefix)
                    && (long) prefixBytes + 1 + rowsBytes + ROW_SEPARATOR.length() + bytes <= maxQueryBytes) {
                rows.append(ROW_SEPARATOR).append(boundRows);
                rowsBytes += ROW_SEPARATOR.length() + bytes;
                statementCount++;
                rowCount += boundRowCount;
                return;
            }
            flush();
            int prefixLength = prefix != null && prefix.equals(rowsPrefix) ? prefixBytes : utf8Length(rowsPrefix);
            // prefix, one space, rows
            if ((long) prefixLength + 1 + bytes > maxQueryBytes) {
                throw tooLong(index, prefixLength + 1 + bytes, maxQueryBytes);
            }
            prefix = rowsPrefix;
            prefixBytes = prefixLength;
            rows.append(boundRows);
            rowsBytes = bytes;
            firstIndex = index;
            statementCount = 1;
            rowCount = boundRowCount;
        }

        List<Chunk> finish()
        {
            flush();
            return chunks;
        }

        private void flush()
        {
            if (statementCount == 0) {
                return;
            }
            String sql = new StringBuilder(prefix.length() + 1 + rows.length()).append(prefix).append(' ').append(rows)
                    .toString();
            chunks.add(new Chunk(sql, firstIndex, statementCount, rowCount));
            rows.setLength(0);
            rowsBytes = 0;
            statementCount = 0;
            rowCount = 0;
            // prefix and prefixBytes stay: the next run usually has the same prefix and needs no recount
        }
    }
}
