package io.athena4j.local.server.query;

import io.athena4j.local.server.result.AthenaColumn;
import io.athena4j.local.server.result.AthenaValueRenderer;
import io.athena4j.local.server.result.CsvResultRows;
import io.athena4j.local.server.result.CsvResultWriter;
import io.athena4j.local.server.result.MemoryResultRows;
import io.athena4j.local.server.result.ResultRows;
import io.athena4j.local.server.result.TextResultWriter;
import io.trino.client.direct.DirectTrinoClient;
import io.trino.spi.Page;
import io.trino.spi.block.Block;
import io.trino.spi.type.Type;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static io.trino.spi.type.BigintType.BIGINT;
import static java.util.Objects.requireNonNull;

/**
 * Receives a statement's output from Trino page by page and stores it the way GetQueryResults serves it.
 *
 * <p>Rows are rendered to Athena's text once, as they arrive, and streamed to the result file, so a large result costs
 * disk, not heap. Statements that write rows (INSERT, CTAS, UPDATE, DELETE, MERGE) produce Trino's single {@code rows}
 * count, which becomes Athena's UpdateCount instead of a row.
 */
final class ResultCollector
        implements DirectTrinoClient.QueryResultsListener
{
    private static final AthenaColumn ROWS_COLUMN = AthenaColumn.of("rows", BIGINT);

    private final Shape shape;
    private final Optional<Path> resultFile;

    // Set by Trino's output-info callback thread, read by the thread that consumes pages.
    private volatile List<AthenaColumn> columns;
    private volatile AthenaValueRenderer[] renderers;

    private CsvResultWriter fileWriter;
    private final List<String[]> memoryRows = new ArrayList<>();
    private OptionalLong rowCount = OptionalLong.empty();

    /**
     * How a statement's output is stored and reported.
     */
    enum Shape
    {
        /** SELECT, EXPLAIN: rows in the CSV result file, column-name header row first. */
        ROWS_WITH_HEADER,
        /** EXPLAIN: the plan as one row after the header, kept in memory; its ColumnInfo precision is the plan's length. */
        EXPLAIN,
        /** SHOW, DESCRIBE: rows without a header, kept in memory; they are small. */
        ROWS,
        /** INSERT, CTAS, UPDATE, DELETE, MERGE: no rows, the written row count is the UpdateCount. */
        UPDATE_COUNT,
        /** DDL: neither rows nor columns. */
        NONE
    }

    ResultCollector(Shape shape, Optional<Path> resultFile)
    {
        this.shape = requireNonNull(shape, "shape is null");
        this.resultFile = requireNonNull(resultFile, "resultFile is null");
        if (shape == Shape.ROWS_WITH_HEADER && resultFile.isEmpty()) {
            throw new IllegalArgumentException("A result with rows needs a result file");
        }
    }

    @Override
    public synchronized void setOutputColumns(List<String> columnNames, List<Type> columnTypes)
    {
        // Trino calls this again whenever more output locations arrive; the columns do not change.
        if (columns != null) {
            return;
        }
        List<AthenaColumn> athenaColumns = new ArrayList<>(columnNames.size());
        AthenaValueRenderer[] columnRenderers = new AthenaValueRenderer[columnNames.size()];
        for (int i = 0; i < columnNames.size(); i++) {
            athenaColumns.add(AthenaColumn.of(columnNames.get(i), columnTypes.get(i)));
            columnRenderers[i] = AthenaValueRenderer.forType(columnTypes.get(i));
        }
        renderers = columnRenderers;
        columns = List.copyOf(athenaColumns);
    }

    @Override
    public void consumeOutputPage(Page page)
    {
        if (shape == Shape.UPDATE_COUNT) {
            Block block = page.getBlock(0);
            for (int position = 0; position < page.getPositionCount(); position++) {
                if (!block.isNull(position)) {
                    rowCount = OptionalLong.of(rowCount.orElse(0) + BIGINT.getLong(block, position));
                }
            }
            return;
        }
        AthenaValueRenderer[] columnRenderers = renderers;
        try {
            for (int position = 0; position < page.getPositionCount(); position++) {
                String[] row = new String[columnRenderers.length];
                for (int channel = 0; channel < columnRenderers.length; channel++) {
                    row[channel] = columnRenderers[channel].render(page.getBlock(channel), position);
                }
                store(row);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write the result file " + resultFile.orElseThrow(), e);
        }
    }

    private void store(String[] row)
            throws IOException
    {
        if (shape == Shape.ROWS || shape == Shape.EXPLAIN) {
            memoryRows.add(row);
            return;
        }
        if (fileWriter == null) {
            openResultFile();
        }
        fileWriter.writeRow(row);
    }

    private void openResultFile()
            throws IOException
    {
        fileWriter = new CsvResultWriter(resultFile.orElseThrow());
        fileWriter.writeRow(columns.stream().map(AthenaColumn::name).toArray(String[]::new));
    }

    /**
     * Closes the result file and describes what was stored. Called once the engine reports the statement finished.
     *
     * @param reportsUpdateCount whether Athena reports an UpdateCount of 0 for this statement, which returns rows
     */
    QueryResult finish(boolean reportsUpdateCount)
            throws IOException
    {
        List<AthenaColumn> finalColumns = columns == null ? List.of() : columns;
        return switch (shape) {
            case ROWS_WITH_HEADER -> {
                if (fileWriter == null && !finalColumns.isEmpty()) {
                    openResultFile();
                }
                ResultRows rows = MemoryResultRows.EMPTY;
                if (fileWriter != null) {
                    fileWriter.close();
                    rows = new CsvResultRows(resultFile.orElseThrow(), finalColumns.size());
                }
                yield new QueryResult(finalColumns, reportsUpdateCount ? OptionalLong.of(0) : OptionalLong.empty(), rows);
            }
            case EXPLAIN -> {
                writeTextFile(memoryRows);
                List<String[]> rows = new ArrayList<>();
                rows.add(finalColumns.stream().map(AthenaColumn::name).toArray(String[]::new));
                rows.addAll(memoryRows);
                String plan = memoryRows.isEmpty() ? "" : String.valueOf(memoryRows.getFirst()[0]);
                List<AthenaColumn> planColumns = finalColumns.stream().map(column -> AthenaColumn.explainPlan(column.name(), plan)).toList();
                yield new QueryResult(planColumns, OptionalLong.empty(), new MemoryResultRows(rows));
            }
            case ROWS -> {
                writeRowsFile(finalColumns);
                yield new QueryResult(finalColumns, reportsUpdateCount ? OptionalLong.of(0) : OptionalLong.empty(), new MemoryResultRows(memoryRows));
            }
            case UPDATE_COUNT -> {
                // INSERT's <id>, CTAS's tables/<id>, and UPDATE's, DELETE's and MERGE's <id>.csv: the count is the
                // UpdateCount, not a row, so the file is empty.
                writeTextFile(List.of());
                yield new QueryResult(List.of(ROWS_COLUMN), OptionalLong.of(rowCount.orElse(0)), MemoryResultRows.EMPTY);
            }
            case NONE -> {
                writeTextFile(List.of());
                yield new QueryResult(List.of(), OptionalLong.empty(), MemoryResultRows.EMPTY);
            }
        };
    }

    /** SHOW FUNCTIONS' result is a CSV with a header, every other SHOW and DESCRIBE a Hive text file. */
    private void writeRowsFile(List<AthenaColumn> finalColumns)
            throws IOException
    {
        if (resultFile.isEmpty() || !resultFile.get().getFileName().toString().endsWith(".csv")) {
            writeTextFile(memoryRows);
            return;
        }
        try (CsvResultWriter writer = new CsvResultWriter(resultFile.get())) {
            writer.writeRow(finalColumns.stream().map(AthenaColumn::name).toArray(String[]::new));
            for (String[] row : memoryRows) {
                writer.writeRow(row);
            }
        }
    }

    private void writeTextFile(List<String[]> rows)
            throws IOException
    {
        if (resultFile.isPresent()) {
            TextResultWriter.write(resultFile.get(), rows);
        }
    }

    /** Releases the result file after a failure or cancellation. */
    void abandon()
    {
        if (fileWriter != null) {
            try {
                fileWriter.close();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
