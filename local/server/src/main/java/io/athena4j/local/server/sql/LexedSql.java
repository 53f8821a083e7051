package io.athena4j.local.server.sql;

import io.trino.grammar.sql.SqlBaseLexer;
import io.trino.grammar.sql.SqlKeywords;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A SQL text split into tokens by Trino's own lexer, with the helpers the classifier, the syntax check
 * and the translator share. Every character of the text belongs to exactly one token: the grammar
 * sends whitespace and comments to the hidden channel and has a catch-all {@code UNRECOGNIZED} token,
 * so the text can be rebuilt byte for byte with only chosen tokens replaced.
 */
final class LexedSql
{
    private final String sql;
    private final List<Token> tokens;
    // Token start and stop indexes count code points (ANTLR's CodePointCharStream), Java strings count
    // UTF-16 units; this maps the former to the latter so text outside the BMP survives a rewrite.
    private final int[] charIndexOfCodePoint;

    private LexedSql(String sql, List<Token> tokens, int[] charIndexOfCodePoint)
    {
        this.sql = sql;
        this.tokens = tokens;
        this.charIndexOfCodePoint = charIndexOfCodePoint;
    }

    static LexedSql lex(String sql)
    {
        requireNonNull(sql, "sql is null");
        SqlBaseLexer lexer = new SqlBaseLexer(CharStreams.fromString(sql));
        // The default listener prints "token recognition error" to stderr; the catch-all token makes it moot.
        lexer.removeErrorListeners();
        List<Token> tokens = List.copyOf(lexer.getAllTokens());

        int[] charIndexOfCodePoint = new int[sql.codePointCount(0, sql.length()) + 1];
        int charIndex = 0;
        for (int codePoint = 0; codePoint < charIndexOfCodePoint.length - 1; codePoint++) {
            charIndexOfCodePoint[codePoint] = charIndex;
            charIndex += Character.charCount(sql.codePointAt(charIndex));
        }
        charIndexOfCodePoint[charIndexOfCodePoint.length - 1] = sql.length();
        return new LexedSql(sql, tokens, charIndexOfCodePoint);
    }

    /**
     * All tokens in text order, whitespace and comments included.
     */
    List<Token> tokens()
    {
        return tokens;
    }

    /**
     * The tokens the parser would see: everything except whitespace and comments.
     */
    List<Token> significantTokens()
    {
        List<Token> significant = new ArrayList<>();
        for (Token token : tokens) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                significant.add(token);
            }
        }
        return significant;
    }

    /**
     * The text with the given tokens' text replaced and every other character copied unchanged.
     */
    String rewrite(Map<Token, String> replacements)
    {
        requireNonNull(replacements, "replacements is null");
        if (replacements.isEmpty()) {
            return sql;
        }
        // Tokens are compared by identity: two tokens with equal text are still different places.
        Map<Token, String> replacementByToken = new IdentityHashMap<>(replacements);
        StringBuilder rewritten = new StringBuilder(sql.length() + 16 * replacementByToken.size());
        int copiedUpTo = 0;
        for (Token token : tokens) {
            String replacement = replacementByToken.get(token);
            if (replacement == null) {
                continue;
            }
            int start = charIndexOfCodePoint[token.getStartIndex()];
            int end = charIndexOfCodePoint[token.getStopIndex() + 1];
            rewritten.append(sql, copiedUpTo, start).append(replacement);
            copiedUpTo = end;
        }
        return rewritten.append(sql, copiedUpTo, sql.length()).toString();
    }

    static boolean isComment(Token token)
    {
        return token.getType() == SqlBaseLexer.SIMPLE_COMMENT || token.getType() == SqlBaseLexer.BRACKETED_COMMENT;
    }

    /**
     * Whether the token is a bare word: a keyword of Trino's grammar or an unquoted identifier.
     * Words that are not Trino keywords ({@code EXTERNAL}, {@code MSCK}, {@code LOCATION}) lex as identifiers.
     */
    static boolean isWord(Token token)
    {
        return token.getType() == SqlBaseLexer.IDENTIFIER || SqlKeywords.isKeyword(token.getType());
    }

    /**
     * The token as the classifier compares it: words upper-cased, everything else (quoted identifiers,
     * string literals, punctuation) as written, so a quoted {@code "TABLE"} never matches the keyword.
     */
    static String term(Token token)
    {
        return isWord(token) ? token.getText().toUpperCase(Locale.ROOT) : token.getText();
    }

    /**
     * The value of a single-quoted string literal token ({@code 'it''s'} is {@code it's}).
     */
    static String stringValue(Token token)
    {
        String text = token.getText();
        return text.substring(1, text.length() - 1).replace("''", "'");
    }

    /**
     * A single-quoted SQL string literal holding {@code value}, with embedded quotes doubled.
     */
    static String quoteString(String value)
    {
        return "'" + value.replace("'", "''") + "'";
    }
}
