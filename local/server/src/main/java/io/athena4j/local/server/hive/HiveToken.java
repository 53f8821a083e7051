package io.athena4j.local.server.hive;

import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * One token of a HiveQL statement.
 *
 * @param kind what the token is
 * @param text the token as written
 * @param value words upper-cased; string literals and quoted names unquoted and unescaped; symbols as written
 * @param offset the index of the token's first character in the statement
 * @param line the 1-based line of the token
 * @param column the 0-based column of the token in its line, as Hive counts it
 */
record HiveToken(Kind kind, String text, String value, int offset, int line, int column)
{
    enum Kind
    {
        /** A bare word: a keyword or an unquoted name. */
        WORD,
        /** A name in backticks. */
        BACKQUOTED,
        /** A single-quoted string literal. */
        STRING,
        /** A double-quoted text: a string literal to Hive, never a name (Athena rejects double-quoted names in Hive DDL). */
        DOUBLE_QUOTED,
        NUMBER,
        SYMBOL,
        END
    }

    HiveToken
    {
        requireNonNull(kind, "kind is null");
        requireNonNull(text, "text is null");
        requireNonNull(value, "value is null");
    }

    boolean isWord(String word)
    {
        return kind == Kind.WORD && value.equals(word);
    }

    boolean isSymbol(String symbol)
    {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isString()
    {
        return kind == Kind.STRING || kind == Kind.DOUBLE_QUOTED;
    }

    /** A name as Athena stores it: lower-cased. */
    String name()
    {
        return (kind == Kind.WORD ? text : value).toLowerCase(Locale.ROOT);
    }
}
