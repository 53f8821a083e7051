package io.athena4j.it;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.athena.model.QueryExecution;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes PreparedStatement parameters end to end: generated values of every scalar type are bound into a multi-row
 * INSERT (executeBatch), into WHERE clauses and into wide SELECT lists, run on the local Athena, and read back. Zero
 * differences are allowed, and every statement the server received is parsed with Trino's parser and must have the
 * template's structure with a value exactly where each {@code ?} was. Each round has its own seed, printed on failure;
 * {@code -Dathena4j.reliability.seed=N} repeats a run, {@code -Dathena4j.reliability.scale=10} runs ten times more.
 */
@AthenaLocalTest
@ExtendWith(ReliabilityRun.class)
final class ParameterFuzzTest
{
    private static final List<FuzzColumn> TABLE_COLUMNS = Arrays.stream(FuzzColumn.values()).filter(FuzzColumn::isTableColumn).toList();
    private static final int ROUNDS = 9;
    private static final int ROWS_PER_ROUND = 250;
    private static final int SELECT_QUERIES_PER_ROUND = 6;
    private static final int SELECT_ITEMS = 1000;
    // Athena's query limit is 262,144 bytes; WHERE clauses are grouped well under it.
    private static final int WHERE_BYTES = 200_000;

    private static String url;
    private static String table;
    private static QueryHistory history;
    private static long valuesFuzzed;
    private static long queries;
    private static long statementsChecked;

    @BeforeAll
    static void createTable(AthenaLocal local)
            throws SQLException
    {
        url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";User=local;Password=local;OutputLocation=s3://reliability/results/";
        table = "fuzz_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        history = new QueryHistory(local.endpoint());
        String columns = TABLE_COLUMNS.stream().map(column -> column.column() + " " + column.hiveType()).collect(Collectors.joining(", "));
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTERNAL TABLE " + table + " (round int, id int, " + columns + ") STORED AS PARQUET "
                    + "LOCATION 's3://reliability/" + table + "/'");
        }
    }

    @AfterAll
    static void report()
    {
        if (history != null) {
            history.close();
        }
        ReliabilityRun.print("ParameterFuzzTest", Map.of("valuesFuzzed", valuesFuzzed, "queries", queries, "statementsParsed", statementsChecked,
                "seed", ReliabilityRun.baseSeed(), "scale", ReliabilityRun.scale()));
        ReliabilityRun.add("fuzz: values bound and read back", valuesFuzzed);
        ReliabilityRun.add("fuzz: queries", queries);
        ReliabilityRun.add("fuzz: statements parsed by Trino", statementsChecked);
        ReliabilityRun.add("queries run (all tests)", queries);
    }

    @Test
    void boundValuesComeBackExactlyAndNeverChangeTheStatement()
            throws Exception
    {
        int rounds = ROUNDS * ReliabilityRun.scale();
        try (Connection connection = DriverManager.getConnection(url)) {
            for (int round = 0; round < rounds; round++) {
                long seed = ReliabilityRun.baseSeed() * 1_000_003L + round;
                try {
                    runRound(connection, round, seed);
                }
                catch (AssertionError | SQLException e) {
                    throw new AssertionError("Fuzz round " + round + " failed with seed " + seed + " (repeat the run with -D"
                            + ReliabilityRun.SEED_PROPERTY + "=" + ReliabilityRun.baseSeed() + "): " + e.getMessage(), e);
                }
            }
        }
        assertThat(valuesFuzzed).isGreaterThanOrEqualTo(100_000L * ReliabilityRun.scale());
    }

    private void runRound(Connection connection, int round, long seed)
            throws SQLException
    {
        FuzzValues values = new FuzzValues(seed);
        List<Object[]> rows = new ArrayList<>();
        for (int id = 0; id < ROWS_PER_ROUND; id++) {
            Object[] row = new Object[TABLE_COLUMNS.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = values.chance(3) ? null : TABLE_COLUMNS.get(c).generate(values);
            }
            rows.add(row);
        }
        Optional<String> marker = history.newest();
        List<String> templates = new ArrayList<>();

        String insert = "INSERT INTO " + table + " VALUES (" + String.join(", ", Collections.nCopies(TABLE_COLUMNS.size() + 2, "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (int id = 0; id < rows.size(); id++) {
                statement.setInt(1, round);
                statement.setInt(2, id);
                for (int c = 0; c < TABLE_COLUMNS.size(); c++) {
                    TABLE_COLUMNS.get(c).bindOrNull(statement, c + 3, rows.get(id)[c]);
                    valuesFuzzed++;
                }
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            assertThat(counts).hasSize(rows.size()).containsOnly(Statement.SUCCESS_NO_INFO);
        }

        readBack(connection, round, rows);
        templates.add(null); // placeholder: the read-back query is checked by its template below
        findWithWhereClauses(connection, round, rows, templates);
        echoInSelectLists(connection, values, templates);
        checkStructure(marker, insert, templates, round);
    }

    private void readBack(Connection connection, int round, List<Object[]> rows)
            throws SQLException
    {
        String columns = TABLE_COLUMNS.stream().map(FuzzColumn::column).collect(Collectors.joining(", "));
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, " + columns + " FROM " + table + " WHERE round = ? ORDER BY id")) {
            statement.setInt(1, round);
            queries++;
            try (ResultSet rs = statement.executeQuery()) {
                int expectedId = 0;
                List<String> differences = new ArrayList<>();
                while (rs.next()) {
                    assertThat(rs.getInt(1)).as("row order").isEqualTo(expectedId);
                    Object[] row = rows.get(expectedId);
                    for (int c = 0; c < TABLE_COLUMNS.size(); c++) {
                        FuzzColumn column = TABLE_COLUMNS.get(c);
                        Object actual = column.read(rs, c + 2);
                        if (!column.sameOrBothNull(row[c], actual)) {
                            differences.add("row " + expectedId + " " + column + ": bound " + show(row[c]) + ", read " + show(actual));
                        }
                    }
                    expectedId++;
                }
                assertThat(differences).as("values that came back different").isEmpty();
                assertThat(expectedId).as("rows read back").isEqualTo(rows.size());
            }
        }
    }

    /**
     * Binds every value of the round again into WHERE clauses, {@code col IN (?, ?, …)} per column: the rows whose
     * values are all non-null numbers other than NaN must be found — a literal that differed from the stored value by
     * one character or bit would lose its row.
     */
    private void findWithWhereClauses(Connection connection, int round, List<Object[]> rows, List<String> templates)
            throws SQLException
    {
        int from = 0;
        while (from < rows.size()) {
            int to = from;
            long bytes = 0;
            while (to < rows.size() && (to == from || bytes + estimatedBytes(rows.get(to)) < WHERE_BYTES)) {
                bytes += estimatedBytes(rows.get(to));
                to++;
            }
            String list = "(" + String.join(", ", Collections.nCopies(to - from, "?")) + ")";
            StringBuilder sql = new StringBuilder("SELECT id FROM " + table + " WHERE round = ? AND id IN " + list);
            for (FuzzColumn column : TABLE_COLUMNS) {
                sql.append(" AND ").append(column.column()).append(" IN ").append(list);
            }
            sql.append(" ORDER BY id");
            templates.add(sql.toString());
            List<Integer> expected = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                int index = 1;
                statement.setInt(index++, round);
                for (int id = from; id < to; id++) {
                    statement.setInt(index++, id);
                    if (Arrays.stream(rows.get(id)).allMatch(value -> value != null && !isNaN(value))) {
                        expected.add(id);
                    }
                }
                for (int c = 0; c < TABLE_COLUMNS.size(); c++) {
                    FuzzColumn column = TABLE_COLUMNS.get(c);
                    for (int id = from; id < to; id++) {
                        column.bindOrNull(statement, index++, rows.get(id)[c]);
                        valuesFuzzed++;
                    }
                }
                queries++;
                List<Integer> found = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getInt(1));
                    }
                }
                assertThat(found).as("rows %d to %d found by their own values", from, to - 1).containsExactlyElementsOf(expected);
            }
            from = to;
        }
    }

    private static boolean isNaN(Object value)
    {
        return (value instanceof Double d && d.isNaN()) || (value instanceof Float f && f.isNaN());
    }

    private static long estimatedBytes(Object[] row)
    {
        long bytes = 600;
        for (Object value : row) {
            if (value instanceof String string) {
                // Worst case: every character 3 UTF-8 bytes, quotes doubled.
                bytes += 6L * string.length() + 3;
            }
            else if (value instanceof byte[] binary) {
                bytes += 2L * binary.length + 3;
            }
            else {
                bytes += 60;
            }
        }
        return bytes;
    }

    private void echoInSelectLists(Connection connection, FuzzValues values, List<String> templates)
            throws SQLException
    {
        List<FuzzColumn> echoed = Arrays.stream(FuzzColumn.values()).filter(FuzzColumn::isEchoed).toList();
        String sql = "SELECT " + String.join(", ", Collections.nCopies(SELECT_ITEMS, "?"));
        for (int query = 0; query < SELECT_QUERIES_PER_ROUND; query++) {
            templates.add(sql);
            List<FuzzColumn> types = new ArrayList<>();
            List<Object> bound = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < SELECT_ITEMS; i++) {
                    FuzzColumn type = echoed.get(values.nextInt(echoed.size()));
                    // Long strings belong to the table rounds; SELECT lists stay well under the query limit.
                    Object value = type == FuzzColumn.VARCHAR ? values.string(100) : type.generate(values);
                    type.bind(statement, i + 1, value);
                    types.add(type);
                    bound.add(value);
                    valuesFuzzed++;
                }
                queries++;
                try (ResultSet rs = statement.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    List<String> differences = new ArrayList<>();
                    for (int i = 0; i < SELECT_ITEMS; i++) {
                        Object actual = types.get(i).read(rs, i + 1);
                        if (!types.get(i).same(bound.get(i), actual)) {
                            differences.add("item " + (i + 1) + " " + types.get(i) + ": bound " + show(bound.get(i)) + ", read " + show(actual));
                        }
                    }
                    assertThat(differences).as("SELECT-list values that came back different").isEmpty();
                    assertThat(rs.next()).isFalse();
                }
            }
        }
    }

    /**
     * Every statement of the round, as the server received it, has its template's structure: the INSERTs of the batch
     * (as many rows as the server saw, each the template's row), then the read-back, WHERE and SELECT-list queries in
     * the order they ran.
     */
    private void checkStructure(Optional<String> marker, String insertTemplate, List<String> templates, int round)
    {
        List<QueryExecution> executions = history.since(marker);
        String columns = TABLE_COLUMNS.stream().map(FuzzColumn::column).collect(Collectors.joining(", "));
        String readBackTemplate = "SELECT id, " + columns + " FROM " + table + " WHERE round = ? ORDER BY id";
        long insertLiterals = 0;
        int inserts = 0;
        List<String> others = new ArrayList<>();
        for (QueryExecution execution : executions) {
            if (execution.query().startsWith("INSERT")) {
                insertLiterals += SqlShape.matchTemplate(insertTemplate, execution.query()).size();
                inserts++;
            }
            else {
                others.add(execution.query());
            }
        }
        assertThat(insertLiterals).as("literals in round %d's INSERTs", round).isEqualTo((long) ROWS_PER_ROUND * (TABLE_COLUMNS.size() + 2));
        assertThat(others).as("queries of round %d besides the INSERTs", round).hasSameSizeAs(templates);
        for (int i = 0; i < others.size(); i++) {
            String template = templates.get(i) == null ? readBackTemplate : templates.get(i);
            int parameters = (int) template.chars().filter(c -> c == '?').count();
            assertThat(SqlShape.matchTemplate(template, others.get(i))).as("values in query %d of round %d", i, round).hasSize(parameters);
        }
        statementsChecked += executions.size();
        queries += inserts;
    }

    private static String show(Object value)
    {
        return value == null ? "NULL" : FuzzValues.describe(value) + " (" + value.getClass().getSimpleName() + ")";
    }
}
