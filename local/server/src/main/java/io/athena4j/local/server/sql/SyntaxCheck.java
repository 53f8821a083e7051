package io.athena4j.local.server.sql;

import io.trino.grammar.sql.SqlBaseLexer;
import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import org.antlr.v4.runtime.Token;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The synchronous syntax check of {@code StartQueryExecution}: a statement Trino's grammar rejects fails with
 * {@code MALFORMED_QUERY} and Trino's parser message, and no query execution is created (athena-behaviour.md §A.1).
 */
public final class SyntaxCheck
{
    private static final SqlParser SQL_PARSER = new SqlParser();

    private SyntaxCheck() {}

    /**
     * Parses {@code sql} with Trino's parser and throws if it is not one valid statement.
     *
     * <p>Positional parameters ({@code ?}) are valid. One trailing {@code ;} is accepted, as Athena strips it
     * from the statement; it is blanked rather than removed so error positions still count in the text as given.
     *
     * <p>Statements Athena runs on its Hive DDL engine ({@link StatementClass#isHiveDdl()}) are not checked:
     * Trino's grammar lacks most of them ({@code CREATE EXTERNAL TABLE}, {@code MSCK REPAIR TABLE}, backticks), and
     * Athena reports the Hive parser's errors on the failed query ({@code FAILED: ParseException ...}, ErrorCategory 1,
     * ErrorType 1003, measured by athena-local) rather than rejecting the request.
     *
     * @throws MalformedQueryException with Trino's message, for example
     * {@code line 1:1: mismatched input 'SELEC'. Expecting: 'ALTER', 'ANALYZE', ..., <query>}
     */
    public static void check(String sql)
            throws MalformedQueryException
    {
        requireNonNull(sql, "sql is null");
        if (StatementClassifier.classify(sql).isHiveDdl()) {
            return;
        }
        try {
            SQL_PARSER.createStatement(blankTrailingSemicolon(sql));
        }
        catch (ParsingException e) {
            // getMessage() is "line L:C: " + getErrorMessage(), the form Athena returns.
            throw new MalformedQueryException(e.getMessage(), e.getLineNumber(), e.getColumnNumber(), e);
        }
    }

    private static String blankTrailingSemicolon(String sql)
    {
        LexedSql lexed = LexedSql.lex(sql);
        List<Token> significant = lexed.significantTokens();
        if (significant.isEmpty() || significant.getLast().getType() != SqlBaseLexer.SEMICOLON) {
            return sql;
        }
        return lexed.rewrite(Map.of(significant.getLast(), " "));
    }
}
