package io.athena4j.local.server.sql;

import io.trino.grammar.sql.SqlBaseLexer;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Rewrites an Athena statement into the statement the embedded Trino runs, changing only the tokens whose
 * meaning differs between the two and copying every other character unchanged, so error positions and the
 * statement text stay recognizable:
 * <ul>
 * <li>bare decimal literals ({@code 1.5}, {@code .5}, {@code 1.}) become double literals ({@code 1.5E0}): Athena types
 * them {@code double} ({@code SELECT 0.1 + 0.2} is {@code 0.30000000000000004}), Trino {@code decimal}, and Trino
 * has no session property to change that;
 * <li>{@code s3://} values of the {@code external_location} and {@code location} properties in the {@code WITH (...)}
 * of {@code CREATE TABLE} (CTAS included) and {@code CREATE SCHEMA} become {@code local://} paths (see {@link S3Locations}).
 * </ul>
 * Hive DDL clauses ({@code LOCATION 's3://...'} of {@code CREATE EXTERNAL TABLE}) are not rewritten here: Trino cannot
 * run them as written, so whoever translates them calls {@link S3Locations#toTrino} directly.
 */
public final class AthenaSqlTranslator
{
    private static final Set<String> LOCATION_PROPERTIES = Set.of("external_location", "location");

    private AthenaSqlTranslator() {}

    /**
     * The Trino statement for an Athena statement. Pass the statement without a trailing {@code ;}
     * ({@link #normalizeQueryText}); with {@code ExecutionParameters}, translate first and then {@link ExecutionParameters#bind}.
     *
     * @throws IllegalArgumentException if a location property holds a malformed {@code s3://} URI
     */
    public static String toTrino(String athenaSql, S3Locations locations)
    {
        requireNonNull(athenaSql, "athenaSql is null");
        requireNonNull(locations, "locations is null");
        LexedSql lexed = LexedSql.lex(athenaSql);
        Map<Token, String> replacements = new HashMap<>(decimalLiteralReplacements(lexed));
        for (Token value : locationPropertyValues(lexed.significantTokens())) {
            String location = LexedSql.stringValue(value);
            if (S3Locations.hasS3Scheme(location)) {
                replacements.put(value, LexedSql.quoteString(locations.toTrino(location)));
            }
        }
        return lexed.rewrite(replacements);
    }

    /**
     * The statement text Athena reports in {@code QueryExecution.Query}: the query string without surrounding
     * whitespace and without one trailing {@code ;} (athena-behaviour.md §A.2).
     */
    public static String normalizeQueryText(String sql)
    {
        requireNonNull(sql, "sql is null");
        String stripped = sql.strip();
        if (stripped.endsWith(";")) {
            stripped = stripped.substring(0, stripped.length() - 1).strip();
        }
        return stripped;
    }

    /**
     * {@code sql} with every bare decimal literal turned into a double literal, everything else unchanged.
     */
    static String rewriteDecimalLiterals(String sql)
    {
        LexedSql lexed = LexedSql.lex(sql);
        return lexed.rewrite(decimalLiteralReplacements(lexed));
    }

    private static Map<Token, String> decimalLiteralReplacements(LexedSql lexed)
    {
        Map<Token, String> replacements = new HashMap<>();
        for (Token token : lexed.tokens()) {
            if (token.getType() == SqlBaseLexer.DECIMAL_VALUE) {
                // Trino's double literal grammar takes no digit separators, so 1_000.5 becomes 1000.5E0.
                replacements.put(token, token.getText().replace("_", "") + "E0");
            }
        }
        return replacements;
    }

    /**
     * The string literals that are the value of {@code external_location = '...'} or {@code location = '...'} in the
     * property list of a {@code CREATE TABLE} or {@code CREATE SCHEMA}: the first {@code WITH (} outside parentheses
     * and before any top-level {@code AS}, since a CTAS query may itself start with {@code WITH}.
     */
    private static List<Token> locationPropertyValues(List<Token> tokens)
    {
        int start = 0;
        while (start < tokens.size() && tokens.get(start).getText().equals("(")) {
            start++;
        }
        if (!term(tokens, start).equals("CREATE")) {
            return List.of();
        }
        int depth = 0;
        for (int position = start + 1; position < tokens.size(); position++) {
            String term = term(tokens, position);
            switch (term) {
                case "(" -> depth++;
                case ")" -> depth--;
                case "AS" -> {
                    if (depth == 0) {
                        return List.of();
                    }
                }
                case "WITH" -> {
                    if (depth == 0 && term(tokens, position + 1).equals("(")) {
                        return locationPropertyValues(tokens, position + 1);
                    }
                }
                default -> {}
            }
        }
        return List.of();
    }

    private static List<Token> locationPropertyValues(List<Token> tokens, int openPosition)
    {
        List<Token> values = new ArrayList<>();
        int depth = 0;
        for (int position = openPosition; position < tokens.size(); position++) {
            String term = term(tokens, position);
            if (term.equals("(")) {
                depth++;
            }
            else if (term.equals(")")) {
                depth--;
                if (depth == 0) {
                    break;
                }
            }
            else if (depth == 1
                    && (term(tokens, position - 1).equals("(") || term(tokens, position - 1).equals(","))
                    && LOCATION_PROPERTIES.contains(propertyName(tokens.get(position)))
                    && term(tokens, position + 1).equals("=")
                    && position + 2 < tokens.size()
                    && tokens.get(position + 2).getType() == SqlBaseLexer.STRING) {
                values.add(tokens.get(position + 2));
            }
        }
        return values;
    }

    private static String propertyName(Token token)
    {
        if (LexedSql.isWord(token)) {
            return token.getText().toLowerCase(Locale.ROOT);
        }
        if (token.getType() == SqlBaseLexer.QUOTED_IDENTIFIER) {
            String text = token.getText();
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return "";
    }

    private static String term(List<Token> tokens, int position)
    {
        return position >= 0 && position < tokens.size() ? LexedSql.term(tokens.get(position)) : "";
    }
}
