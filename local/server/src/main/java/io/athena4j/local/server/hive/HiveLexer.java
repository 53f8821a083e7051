package io.athena4j.local.server.hive;

import io.athena4j.local.server.hive.HiveToken.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * Splits a HiveQL DDL statement into tokens the way Hive's lexer does for the statements Athena sends to its Hive
 * engine: backticks quote names, single and double quotes delimit string literals with backslash escapes
 * ({@code '\t'}, {@code '\001'}, {@code '\u0001'}), and {@code --} and block comments are whitespace.
 */
final class HiveLexer
{
    private final String sql;
    private int position;
    private int line = 1;
    private int lineStart;

    private HiveLexer(String sql)
    {
        this.sql = sql;
    }

    static List<HiveToken> tokenize(String sql)
            throws HiveParseException
    {
        requireNonNull(sql, "sql is null");
        return new HiveLexer(sql).tokens();
    }

    private List<HiveToken> tokens()
            throws HiveParseException
    {
        List<HiveToken> tokens = new ArrayList<>();
        while (true) {
            skipWhitespaceAndComments();
            if (position >= sql.length()) {
                tokens.add(new HiveToken(Kind.END, "", "<EOF>", position, line, position - lineStart));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private HiveToken next()
            throws HiveParseException
    {
        int start = position;
        int tokenLine = line;
        int column = position - lineStart;
        char first = sql.charAt(position);
        if (first == '`') {
            int end = sql.indexOf('`', position + 1);
            if (end < 0) {
                throw new HiveParseException(tokenLine, column, "unterminated backquoted name");
            }
            position = end + 1;
            return new HiveToken(Kind.BACKQUOTED, sql.substring(start, position), sql.substring(start + 1, end), start, tokenLine, column);
        }
        if (first == '\'' || first == '"') {
            StringBuilder value = new StringBuilder();
            position++;
            while (true) {
                if (position >= sql.length()) {
                    throw new HiveParseException(tokenLine, column, "unterminated string literal");
                }
                char character = sql.charAt(position);
                if (character == first) {
                    position++;
                    break;
                }
                if (character == '\\' && position + 1 < sql.length()) {
                    position = unescape(position + 1, value);
                    continue;
                }
                if (character == '\n') {
                    line++;
                    lineStart = position + 1;
                }
                value.append(character);
                position++;
            }
            return new HiveToken(first == '\'' ? Kind.STRING : Kind.DOUBLE_QUOTED, sql.substring(start, position), value.toString(), start, tokenLine, column);
        }
        if (Character.isLetter(first) || first == '_' || Character.isDigit(first)) {
            boolean number = Character.isDigit(first);
            while (position < sql.length() && (Character.isLetterOrDigit(sql.charAt(position)) || sql.charAt(position) == '_')) {
                if (!Character.isDigit(sql.charAt(position))) {
                    number = false;
                }
                position++;
            }
            String text = sql.substring(start, position);
            return new HiveToken(number ? Kind.NUMBER : Kind.WORD, text, text.toUpperCase(Locale.ROOT), start, tokenLine, column);
        }
        position++;
        String text = String.valueOf(first);
        return new HiveToken(Kind.SYMBOL, text, text, start, tokenLine, column);
    }

    /**
     * Appends the character an escape sequence stands for and returns the position after it. Hive reads {@code \t},
     * {@code \n}, {@code \r}, {@code \0}, three-digit octal ({@code \001}) and {@code \}{@code uXXXX}; any other
     * escaped character stands for itself.
     */
    private int unescape(int escaped, StringBuilder value)
    {
        char character = sql.charAt(escaped);
        if (character >= '0' && character <= '7' && escaped + 2 < sql.length() && isOctal(sql.charAt(escaped + 1)) && isOctal(sql.charAt(escaped + 2))) {
            value.append((char) Integer.parseInt(sql.substring(escaped, escaped + 3), 8));
            return escaped + 3;
        }
        if (character == 'u' && escaped + 4 < sql.length()) {
            String hex = sql.substring(escaped + 1, escaped + 5);
            if (hex.chars().allMatch(digit -> Character.digit(digit, 16) >= 0)) {
                value.append((char) Integer.parseInt(hex, 16));
                return escaped + 5;
            }
        }
        value.append(switch (character) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case '0' -> '\0';
            default -> character;
        });
        return escaped + 1;
    }

    private static boolean isOctal(char character)
    {
        return character >= '0' && character <= '7';
    }

    private void skipWhitespaceAndComments()
    {
        while (position < sql.length()) {
            char character = sql.charAt(position);
            if (character == '\n') {
                position++;
                line++;
                lineStart = position;
            }
            else if (Character.isWhitespace(character)) {
                position++;
            }
            else if (sql.startsWith("--", position)) {
                while (position < sql.length() && sql.charAt(position) != '\n') {
                    position++;
                }
            }
            else if (sql.startsWith("/*", position)) {
                int end = sql.indexOf("*/", position + 2);
                int stop = end < 0 ? sql.length() : end + 2;
                while (position < stop) {
                    if (sql.charAt(position) == '\n') {
                        line++;
                        lineStart = position + 1;
                    }
                    position++;
                }
            }
            else {
                return;
            }
        }
    }
}
