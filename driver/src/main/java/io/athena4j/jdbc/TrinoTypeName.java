package io.athena4j.jdbc;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Checks a type name that a caller hands to {@code createArrayOf} or {@code createStruct} before it is written into SQL
 * ({@code CAST(… AS ARRAY(<name>))}): the name is user input, so anything beyond the characters of a type expression
 * would be an injection vector.
 */
final class TrinoTypeName
{
    private TrinoTypeName() {}

    /**
     * Returns {@code typeName} in Trino spelling: Athena's Hive DDL spellings of a whole name ({@code string},
     * {@code int}, {@code float}, {@code binary}) become {@code varchar}, {@code integer}, {@code real}, {@code varbinary}.
     *
     * @throws SQLException SQLState {@code 22023} if the name holds anything but letters, digits, {@code _}, spaces,
     *         balanced parentheses, commas and double-quoted field names
     */
    static String check(String typeName)
            throws SQLException
    {
        String name = typeName.strip();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "string":
                return "varchar";
            case "int":
                return "integer";
            case "float":
                return "real";
            case "binary":
                return "varbinary";
            default:
                break;
        }
        int depth = 0;
        for (int index = 0; index < name.length(); index++) {
            char character = name.charAt(index);
            if (character == '"') {
                // A quoted field name of a row type: "" is a quote inside it.
                index++;
                while (index < name.length() && !(name.charAt(index) == '"'
                        && (index + 1 == name.length() || name.charAt(index + 1) != '"'))) {
                    index += name.charAt(index) == '"' ? 2 : 1;
                }
                if (index >= name.length()) {
                    throw invalid(typeName, "an unterminated quoted name");
                }
            }
            else if (character == '(') {
                depth++;
            }
            else if (character == ')') {
                if (--depth < 0) {
                    throw invalid(typeName, "an unbalanced ')'");
                }
            }
            else if (!(Character.isLetterOrDigit(character) || character == '_' || character == ' ' || character == ',')) {
                throw invalid(typeName, "the character '" + character + "'");
            }
        }
        if (depth != 0 || name.isEmpty()) {
            throw invalid(typeName, name.isEmpty() ? "no name" : "an unbalanced '('");
        }
        return name;
    }

    private static SQLException invalid(String typeName, String problem)
    {
        return new SQLException("Invalid Athena type name \"" + typeName + "\": it has " + problem + ". Use a Trino type "
                + "such as integer, varchar, decimal(10, 2), array(bigint) or row(a integer, b varchar)", "22023");
    }
}
