package io.athena4j.local.server.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * ListTableMetadata's {@code Expression}: a Hive/Glue-style table name pattern. {@code *} matches any run of
 * characters, {@code |} separates alternatives, everything else matches itself; matching is case-insensitive and covers
 * the whole name. So {@code sales*|orders} matches {@code sales_2024}, {@code SALES} and {@code orders}, but not
 * {@code my_orders}.
 */
public final class TableNamePattern
{
    private final Pattern pattern;

    private TableNamePattern(Pattern pattern)
    {
        this.pattern = pattern;
    }

    public static TableNamePattern parse(String expression)
    {
        requireNonNull(expression, "expression is null");
        StringBuilder regex = new StringBuilder();
        for (String alternative : expression.split("\\|", -1)) {
            if (!regex.isEmpty()) {
                regex.append('|');
            }
            regex.append("(?:");
            StringBuilder literal = new StringBuilder();
            for (char character : alternative.toCharArray()) {
                if (character == '*') {
                    appendLiteral(regex, literal);
                    regex.append(".*");
                }
                else {
                    literal.append(character);
                }
            }
            appendLiteral(regex, literal);
            regex.append(')');
        }
        return new TableNamePattern(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
    }

    private static void appendLiteral(StringBuilder regex, StringBuilder literal)
    {
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString().toLowerCase(Locale.ROOT)));
            literal.setLength(0);
        }
    }

    public boolean matches(String tableName)
    {
        return pattern.matcher(requireNonNull(tableName, "tableName is null")).matches();
    }

    @Override
    public String toString()
    {
        return pattern.pattern();
    }
}
