package io.athena4j.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * A statement's SQL text with the positions of its {@code ?} placeholders, parsed once per {@code PreparedStatement}
 * and bound many times, plus the two facts binding needs: which Athena engine runs the statement (so the caller picks
 * {@link AthenaLiteral#of} or {@link AthenaLiteral#ofHive}) and, for {@code INSERT … VALUES}, where the rows are (so a
 * batch can be folded into one multi-row INSERT by {@link InsertBatchFolder}).
 *
 * <p>A {@code ?} is a placeholder only outside string literals ({@code '…'} with {@code ''}, which also covers
 * {@code U&'…'} and {@code X'…'}), quoted identifiers ({@code "…"} with {@code ""}), backquoted identifiers, {@code --}
 * line comments and {@code /* *}{@code /} block comments. In Hive-engine statements strings follow Hive's lexer: both
 * {@code '…'} and {@code "…"} are strings and a backslash escapes the next character.
 */
final class ParameterizedSql
{
    private static final int[] NO_PLACEHOLDERS = new int[0];

    private final String sql;
    private final int[] placeholders;
    private final boolean hiveEngine;
    private final String firstWord;
    // INSERT … VALUES structure, all -1 when the statement is not a foldable INSERT … VALUES
    private final int insertStart;
    private final int valuesEnd;
    private final int rowsStart;
    private final int rowsEnd;
    private final int rowCount;

    private ParameterizedSql(String sql, int[] placeholders, boolean hiveEngine, String firstWord, int insertStart, int valuesEnd,
            int rowsStart, int rowsEnd, int rowCount)
    {
        this.sql = sql;
        this.placeholders = placeholders;
        this.hiveEngine = hiveEngine;
        this.firstWord = firstWord;
        this.insertStart = insertStart;
        this.valuesEnd = valuesEnd;
        this.rowsStart = rowsStart;
        this.rowsEnd = rowsEnd;
        this.rowCount = rowCount;
    }

    static ParameterizedSql parse(String sql)
    {
        requireNonNull(sql, "sql is null");
        boolean hiveEngine = Engine.runsOnHive(sql);
        Lexer lexer = new Lexer(sql, hiveEngine);

        int[] placeholders = NO_PLACEHOLDERS;
        int placeholderCount = 0;
        // INSERT … VALUES recognition runs as a small state machine over the same tokens.
        InsertShape insert = hiveEngine ? null : new InsertShape(sql);
        String firstWord = "";
        for (int token = lexer.next(); token != Lexer.END; token = lexer.next()) {
            if (token == Lexer.WORD && firstWord.isEmpty()) {
                firstWord = sql.substring(lexer.start, lexer.end).toUpperCase(java.util.Locale.ROOT);
            }
            if (token == Lexer.PLACEHOLDER) {
                if (placeholderCount == placeholders.length) {
                    placeholders = Arrays.copyOf(placeholders, Math.max(8, placeholderCount * 2));
                }
                placeholders[placeholderCount++] = lexer.start;
            }
            if (insert != null && !insert.accept(token, lexer.start, lexer.end)) {
                insert = null;
            }
        }
        placeholders = Arrays.copyOf(placeholders, placeholderCount);
        if (insert != null && insert.isComplete()) {
            return new ParameterizedSql(sql, placeholders, false, firstWord, insert.insertStart, insert.valuesEnd,
                    insert.rowsStart, insert.rowsEnd, insert.rowCount);
        }
        return new ParameterizedSql(sql, placeholders, hiveEngine, firstWord, -1, -1, -1, -1, 0);
    }

    String sql()
    {
        return sql;
    }

    int parameterCount()
    {
        return placeholders.length;
    }

    /**
     * True if Athena runs this statement on its Hive DDL engine, whose string literals take backslash escapes, so the
     * caller must render parameters with {@link AthenaLiteral#ofHive}; false for the Trino engine
     * ({@link AthenaLiteral#of}). Decided from the leading keywords as measured in athena-behaviour.md §B.4: CREATE
     * EXTERNAL TABLE, CREATE TABLE without AS (not CTAS), CREATE/DROP/ALTER DATABASE|SCHEMA, DROP TABLE, ALTER TABLE,
     * MSCK, SHOW (but SHOW FUNCTIONS and SHOW CREATE VIEW), DESCRIBE/DESC (but DESCRIBE INPUT|OUTPUT). Everything
     * else, including CTAS, INSERT, SELECT, DELETE, UPDATE, MERGE and CREATE VIEW, is Trino.
     */
    boolean isHiveEngineStatement()
    {
        return hiveEngine;
    }

    /**
     * True if Athena takes this statement's parameters as {@code ExecutionParameters}: it has parameters and is one of
     * the statements Athena can prepare that begin with their own keyword — SELECT, WITH, INSERT INTO, UNLOAD (CTAS
     * begins with CREATE like DDL and stays with client-side literals).
     */
    boolean acceptsExecutionParameters()
    {
        return placeholders.length > 0 && !hiveEngine
                && (firstWord.equals("SELECT") || firstWord.equals("WITH") || firstWord.equals("INSERT") || firstWord.equals("UNLOAD"));
    }

    /**
     * True for {@code INSERT INTO <table> [(<columns>)] VALUES (<row>)[, (<row>)…]} with nothing after the rows but
     * comments and a {@code ;}, and no placeholder before {@code VALUES}: the shape {@link InsertBatchFolder} can merge.
     */
    boolean isInsertValues()
    {
        return insertStart >= 0;
    }

    /** {@code INSERT INTO <table> [(<columns>)] VALUES}, exactly as written. */
    String insertValuesPrefix()
    {
        checkInsertValues();
        return sql.substring(insertStart, valuesEnd);
    }

    /** The number of row tuples after {@code VALUES}. */
    int insertRowCount()
    {
        checkInsertValues();
        return rowCount;
    }

    /**
     * The SQL with the {@code i}-th placeholder replaced by {@code literals.get(i)}.
     *
     * @throws SQLException SQLState {@code 07001} if the number of literals is not the number of placeholders
     */
    String bind(List<String> literals)
            throws SQLException
    {
        return bind(literals, 0, sql.length());
    }

    /**
     * The row tuples after {@code VALUES}, {@code (…), (…)}, with the placeholders replaced by {@code literals}.
     */
    String bindInsertRows(List<String> literals)
            throws SQLException
    {
        checkInsertValues();
        return bind(literals, rowsStart, rowsEnd);
    }

    private String bind(List<String> literals, int from, int to)
            throws SQLException
    {
        if (literals.size() != placeholders.length) {
            throw new SQLException("The statement has " + placeholders.length + " parameter placeholder(s) but "
                    + literals.size() + " value(s) were bound; set every parameter before executing", "07001");
        }
        int capacity = to - from;
        for (String literal : literals) {
            capacity += literal == null ? 0 : literal.length();
        }
        StringBuilder out = new StringBuilder(capacity);
        int copied = from;
        for (int index = 0; index < placeholders.length; index++) {
            int position = placeholders[index];
            String literal = requireNonNull(literals.get(index), "literal is null");
            out.append(sql, copied, position);
            // "x-?" bound to -1 must not become "x--1", a line comment that swallows the rest of the line.
            if (position > 0 && sql.charAt(position - 1) == '-' && literal.startsWith("-")) {
                out.append(' ');
            }
            out.append(literal);
            copied = position + 1;
        }
        return out.append(sql, copied, to).toString();
    }

    private void checkInsertValues()
    {
        if (insertStart < 0) {
            throw new IllegalStateException("Not an INSERT … VALUES statement: " + sql);
        }
    }

    @Override
    public String toString()
    {
        return sql;
    }

    /**
     * Recognises {@code INSERT INTO name [(col, …)] VALUES (…)[, (…)…] [;]} token by token. Any other token sequence
     * makes {@link #accept} return false and recognition stops.
     */
    private static final class InsertShape
    {
        private static final int EXPECT_INSERT = 0;
        private static final int EXPECT_INTO = 1;
        private static final int EXPECT_NAME = 2;
        private static final int AFTER_NAME = 3;
        private static final int IN_COLUMNS = 4;
        private static final int EXPECT_VALUES = 5;
        private static final int EXPECT_ROW = 6;
        private static final int IN_ROW = 7;
        private static final int AFTER_ROW = 8;
        private static final int AFTER_SEMICOLON = 9;

        private final String sql;
        private int state = EXPECT_INSERT;
        private int depth;
        int insertStart = -1;
        int valuesEnd = -1;
        int rowsStart = -1;
        int rowsEnd = -1;
        int rowCount;

        InsertShape(String sql)
        {
            this.sql = sql;
        }

        boolean accept(int token, int start, int end)
        {
            switch (state) {
                case EXPECT_INSERT:
                    insertStart = start;
                    return advanceIf(isWord(token, start, end, "INSERT"), EXPECT_INTO);
                case EXPECT_INTO:
                    return advanceIf(isWord(token, start, end, "INTO"), EXPECT_NAME);
                case EXPECT_NAME:
                    return advanceIf(token == Lexer.WORD || token == Lexer.QUOTED_NAME, AFTER_NAME);
                case AFTER_NAME:
                    if (token == '.') {
                        state = EXPECT_NAME;
                        return true;
                    }
                    if (token == '(') {
                        state = IN_COLUMNS;
                        return true;
                    }
                    return values(token, start, end);
                case IN_COLUMNS:
                    if (token == ')') {
                        state = EXPECT_VALUES;
                        return true;
                    }
                    return token == Lexer.WORD || token == Lexer.QUOTED_NAME || token == ',';
                case EXPECT_VALUES:
                    return values(token, start, end);
                case EXPECT_ROW:
                    if (token != '(') {
                        return false;
                    }
                    if (rowsStart < 0) {
                        rowsStart = start;
                    }
                    depth = 1;
                    state = IN_ROW;
                    return true;
                case IN_ROW:
                    if (token == '(') {
                        depth++;
                    }
                    else if (token == ')' && --depth == 0) {
                        rowCount++;
                        rowsEnd = end;
                        state = AFTER_ROW;
                    }
                    return true;
                case AFTER_ROW:
                    if (token == ',') {
                        state = EXPECT_ROW;
                        return true;
                    }
                    return advanceIf(token == ';', AFTER_SEMICOLON);
                default:
                    // Nothing may follow the ';' but comments, which the lexer skips.
                    return false;
            }
        }

        boolean isComplete()
        {
            return state == AFTER_ROW || state == AFTER_SEMICOLON;
        }

        private boolean values(int token, int start, int end)
        {
            if (!isWord(token, start, end, "VALUES")) {
                return false;
            }
            valuesEnd = end;
            state = EXPECT_ROW;
            return true;
        }

        private boolean advanceIf(boolean condition, int next)
        {
            state = next;
            return condition;
        }

        private boolean isWord(int token, int start, int end, String keyword)
        {
            return token == Lexer.WORD && end - start == keyword.length()
                    && sql.regionMatches(true, start, keyword, 0, keyword.length());
        }
    }

    /**
     * Decides the engine from the leading keywords; see {@link #isHiveEngineStatement()}.
     */
    static final class Engine
    {
        private final String sql;
        private final Lexer lexer;
        private int token;

        private Engine(String sql)
        {
            this.sql = sql;
            // The leading keywords hold no strings, so Trino's lexical rules read them correctly.
            this.lexer = new Lexer(sql, false);
        }

        static boolean runsOnHive(String sql)
        {
            return new Engine(sql).classify();
        }

        private boolean classify()
        {
            advance();
            while (token == '(') {
                advance();
            }
            if (word("CREATE")) {
                advance();
                if (word("EXTERNAL") || word("DATABASE") || word("SCHEMA")) {
                    return true;
                }
                return word("TABLE") && !isCreateTableAsSelect();
            }
            if (word("DROP")) {
                advance();
                return word("TABLE") || word("DATABASE") || word("SCHEMA");
            }
            if (word("ALTER")) {
                advance();
                return word("TABLE") || word("DATABASE") || word("SCHEMA");
            }
            if (word("MSCK")) {
                return true;
            }
            if (word("SHOW")) {
                advance();
                if (word("FUNCTIONS")) {
                    return false;
                }
                if (word("CREATE")) {
                    advance();
                    return !word("VIEW");
                }
                return true;
            }
            if (word("DESCRIBE") || word("DESC")) {
                advance();
                // DESCRIBE INPUT|OUTPUT describe prepared statements, a Trino feature.
                return !(word("INPUT") || word("OUTPUT"));
            }
            return false;
        }

        /**
         * After {@code CREATE TABLE}: a CTAS continues {@code [IF NOT EXISTS] name [(alias, …)] [COMMENT …] WITH|AS};
         * a Hive or Iceberg table definition has typed columns or Hive clauses there instead.
         */
        private boolean isCreateTableAsSelect()
        {
            advance();
            if (word("IF")) {
                advance();
                if (!word("NOT")) {
                    return false;
                }
                advance();
                if (!word("EXISTS")) {
                    return false;
                }
                advance();
            }
            // the possibly qualified table name
            while (token == Lexer.WORD || token == Lexer.QUOTED_NAME) {
                advance();
                if (token != '.') {
                    break;
                }
                advance();
            }
            if (token == '(') {
                // CTAS column aliases are bare names; a type after a name means a table definition.
                advance();
                while (token == Lexer.WORD || token == Lexer.QUOTED_NAME) {
                    advance();
                    if (token == ',') {
                        advance();
                    }
                    else if (token != ')') {
                        return false;
                    }
                }
                if (token != ')') {
                    return false;
                }
                advance();
            }
            return word("AS") || word("WITH") || word("COMMENT");
        }

        private void advance()
        {
            token = lexer.next();
        }

        private boolean word(String keyword)
        {
            return token == Lexer.WORD && lexer.end - lexer.start == keyword.length()
                    && sql.regionMatches(true, lexer.start, keyword, 0, keyword.length());
        }
    }

    /**
     * Splits SQL into the tokens the parser above needs, skipping whitespace and comments. A token is {@link #WORD}
     * (a keyword, identifier or number), {@link #QUOTED_NAME}, {@link #STRING}, {@link #PLACEHOLDER}, {@link #END}, or
     * any other character as itself. Unterminated strings and comments run to the end; Athena reports them.
     */
    static final class Lexer
    {
        static final int END = -1;
        static final int WORD = -2;
        static final int QUOTED_NAME = -3;
        static final int STRING = -4;
        static final int PLACEHOLDER = -5;

        private final String sql;
        private final boolean hiveStrings;
        private int position;
        int start;
        int end;

        Lexer(String sql, boolean hiveStrings)
        {
            this.sql = sql;
            this.hiveStrings = hiveStrings;
        }

        int next()
        {
            int length = sql.length();
            while (position < length) {
                char character = sql.charAt(position);
                if (Character.isWhitespace(character)) {
                    position++;
                }
                else if (character == '-' && position + 1 < length && sql.charAt(position + 1) == '-') {
                    while (position < length && sql.charAt(position) != '\n' && sql.charAt(position) != '\r') {
                        position++;
                    }
                }
                else if (character == '/' && position + 1 < length && sql.charAt(position + 1) == '*') {
                    int close = sql.indexOf("*/", position + 2);
                    position = close < 0 ? length : close + 2;
                }
                else {
                    break;
                }
            }
            start = position;
            if (position >= length) {
                end = position;
                return END;
            }
            char character = sql.charAt(position);
            int token;
            switch (character) {
                case '\'':
                    position = hiveStrings ? skipBackslashEscaped('\'') : skipDoubled('\'');
                    token = STRING;
                    break;
                case '"':
                    if (hiveStrings) {
                        position = skipBackslashEscaped('"');
                        token = STRING;
                    }
                    else {
                        position = skipDoubled('"');
                        token = QUOTED_NAME;
                    }
                    break;
                case '`':
                    position = skipDoubled('`');
                    token = QUOTED_NAME;
                    break;
                case '?':
                    position++;
                    token = PLACEHOLDER;
                    break;
                default:
                    if (Character.isLetterOrDigit(character) || character == '_') {
                        do {
                            position++;
                        }
                        while (position < length && (Character.isLetterOrDigit(sql.charAt(position))
                                || sql.charAt(position) == '_'));
                        token = WORD;
                    }
                    else {
                        position++;
                        token = character;
                    }
            }
            end = position;
            return token;
        }

        /** Past a literal closed by {@code quote}, where a doubled quote stands for itself. */
        private int skipDoubled(char quote)
        {
            int length = sql.length();
            int index = start + 1;
            while (true) {
                int close = sql.indexOf(quote, index);
                if (close < 0) {
                    return length;
                }
                if (close + 1 < length && sql.charAt(close + 1) == quote) {
                    index = close + 2;
                }
                else {
                    return close + 1;
                }
            }
        }

        /** Past a Hive string closed by {@code quote}, where a backslash escapes the next character. */
        private int skipBackslashEscaped(char quote)
        {
            int length = sql.length();
            int index = start + 1;
            while (index < length) {
                char character = sql.charAt(index);
                if (character == '\\') {
                    index += 2;
                }
                else if (character == quote) {
                    return index + 1;
                }
                else {
                    index++;
                }
            }
            return length;
        }
    }
}
