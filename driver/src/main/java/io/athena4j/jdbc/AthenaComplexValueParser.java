package io.athena4j.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.athena4j.jdbc.AthenaValueParser.invalidValue;
import static java.lang.String.format;
import static java.util.Collections.unmodifiableList;
import static java.util.Collections.unmodifiableMap;

/**
 * Reads Athena's text for {@code array}, {@code map} and {@code row} values, best effort.
 * <p>
 * <b>What Athena prints</b> (behaviour reference §A.4): an array as {@code [e1, e2]}, a map as {@code {k1=v1, k2=v2}}
 * with its keys sorted, a named row as {@code {a=1, b=x}}, an unnamed row as {@code {1, x}}; elements are separated
 * by a comma and a space, strings are <em>not</em> quoted or escaped, SQL NULL is the bare word {@code null}, and
 * ColumnInfo says only {@code array}, {@code map} or {@code row}, never the element types. So the text is not a
 * faithful encoding:
 * <ul>
 * <li>{@code ARRAY['a, b']} and {@code ARRAY['a', 'b']} both print {@code [a, b]};</li>
 * <li>{@code ARRAY['null']} and {@code ARRAY[NULL]} both print {@code [null]};</li>
 * <li>{@code ARRAY[]} and {@code ARRAY['']} both print {@code []};</li>
 * <li>{@code ARRAY['[x]']} and {@code ARRAY[ARRAY['x']]} both print {@code [[x]]};</li>
 * <li>a map and a named row print alike, so a nested {@code {k=v}} cannot be told to be either;</li>
 * <li>varbinary inside a composite value prints as a Java object reference ({@code [B@2545d692}): the bytes are
 *     gone.</li>
 * </ul>
 * <b>What this parser does.</b> It splits only at a comma followed by a space, and starts a nested structure only
 * where an element starts with {@code [} or {@code {}; everything else up to the next separator or closing bracket is
 * one element, kept verbatim (no trimming), as a {@code String}. {@code null} becomes Java null. A key is split from
 * its value at the first {@code =}. Nested arrays become {@code List}s, nested {@code {k=v, …}} become
 * {@code LinkedHashMap<String, Object>}s (map or named row), nested {@code {v, …}} become {@code List}s (unnamed
 * rows), a nested {@code {}} an empty map. A top-level {@code {}} is an empty map for a map column, and for a row
 * column a row with one empty string (a row has at least one field, and only an empty string prints as nothing).
 * <p>
 * <b>Exact</b> when no string in the value (element, key, field value) contains {@code ", "}, {@code =} (keys only),
 * a leading {@code [} or {@code {}, a {@code ]} or {@code }} that closes the enclosing structure, and no string equals
 * {@code null}; commas without a following space, brackets inside a string, and {@code =} inside a value are fine
 * ({@code {formula=x=y+1}}). Numbers, dates, timestamps, booleans, uuids, ip addresses and intervals never contain
 * these, so composites of them are always exact.
 * <p>
 * <b>Fails</b> with SQLState {@code 22000}, suggesting {@code CAST(column AS JSON)}, whenever the text shows it was
 * mis-split: brackets that do not balance, text after the closing bracket, an element that is neither followed by
 * {@code ", "} nor by the closing bracket, a {@code {…}} mixing {@code k=v} items with bare ones
 * ({@code {a=Hello, world, b=1}}), a repeated key, a map item without {@code =}, varbinary references, and nesting
 * deeper than 100. Ambiguities that leave well-formed text (the first four bullets above) cannot be detected.
 */
final class AthenaComplexValueParser
{
    private static final int MAXIMUM_NESTING = 100;

    private final String text;
    private final AthenaType type;
    private final String columnLabel;
    private final int length;
    private int position;
    private int depth;

    private AthenaComplexValueParser(String text, AthenaType type, String columnLabel)
    {
        this.text = text;
        this.type = type;
        this.columnLabel = columnLabel;
        this.length = text.length();
    }

    /** An array value: its elements, unmodifiable, which may be null. */
    static List<Object> parseArray(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        AthenaComplexValueParser parser = new AthenaComplexValueParser(text, type, columnLabel);
        if (!text.startsWith("[")) {
            throw parser.unparsable("an array starts with '['");
        }
        List<Object> elements = parser.array();
        parser.requireEnd();
        return elements;
    }

    /** A map value: its entries in Athena's order (sorted by key), unmodifiable; values may be null. */
    static Map<String, Object> parseMap(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        AthenaComplexValueParser parser = new AthenaComplexValueParser(text, type, columnLabel);
        if (!text.startsWith("{")) {
            throw parser.unparsable("a map starts with '{'");
        }
        Group group = parser.group();
        parser.requireEnd();
        if (group.keys == null) {
            throw parser.unparsable("a map entry has no '='");
        }
        return group.toMap();
    }

    /** A row value: named if every field has a name, unnamed if none has. */
    static AthenaResultStruct parseRow(String text, AthenaType type, String columnLabel)
            throws SQLException
    {
        AthenaComplexValueParser parser = new AthenaComplexValueParser(text, type, columnLabel);
        if (!text.startsWith("{")) {
            throw parser.unparsable("a row starts with '{'");
        }
        Group group = parser.group();
        parser.requireEnd();
        if (group.values.isEmpty()) {
            // A row has at least one field; only an empty string prints as nothing.
            return new AthenaResultStruct(text, null, List.of(""));
        }
        return new AthenaResultStruct(text, group.keys, group.values);
    }

    /** At '[': the array up to its ']'. */
    private List<Object> array()
            throws SQLException
    {
        enter();
        position++;
        if (position < length && text.charAt(position) == ']') {
            position++;
            depth--;
            return List.of();
        }
        List<Object> elements = new ArrayList<>();
        while (true) {
            elements.add(value(']'));
            if (atSeparator()) {
                position += 2;
            }
            else if (position < length && text.charAt(position) == ']') {
                position++;
                depth--;
                return unmodifiableList(elements);
            }
            else {
                throw unparsable("expected ', ' or ']'");
            }
        }
    }

    /** At '{': the items up to its '}'. */
    private Group group()
            throws SQLException
    {
        enter();
        position++;
        if (position < length && text.charAt(position) == '}') {
            position++;
            depth--;
            return new Group(List.of(), List.of());
        }
        List<String> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        Set<String> distinctKeys = new HashSet<>();
        int bareItems = 0;
        while (true) {
            int itemStart = position;
            String key = null;
            Object value;
            char first = position < length ? text.charAt(position) : 0;
            if (first == '[' || first == '{') {
                value = value('}');
                if (position < length && text.charAt(position) == '=') {
                    // A composite map key, kept as text: map(array(integer), …) prints {[1, 2]=x}.
                    key = text.substring(itemStart, position);
                    position++;
                    value = value('}');
                }
            }
            else {
                int end = scan('}', true);
                if (end < length && text.charAt(end) == '=') {
                    key = text.substring(itemStart, end);
                    position = end + 1;
                    value = value('}');
                }
                else {
                    position = end;
                    value = nullOrText(itemStart, end);
                }
            }
            if (key == null) {
                bareItems++;
            }
            else if (!distinctKeys.add(key)) {
                throw unparsable(format("the key '%s' appears twice", key));
            }
            keys.add(key);
            values.add(value);
            if (atSeparator()) {
                position += 2;
            }
            else if (position < length && text.charAt(position) == '}') {
                position++;
                depth--;
                break;
            }
            else {
                throw unparsable("expected ', ' or '}'");
            }
        }
        if (bareItems == values.size()) {
            return new Group(null, unmodifiableList(values));
        }
        if (bareItems > 0) {
            throw unparsable("some items are 'key=value' and some are not");
        }
        return new Group(unmodifiableList(keys), unmodifiableList(values));
    }

    /** An element of an array, or the value of a key: up to the next separator or {@code closer}. */
    private Object value(char closer)
            throws SQLException
    {
        if (position < length) {
            char first = text.charAt(position);
            if (first == '[') {
                if (isByteArrayReference()) {
                    throw new SQLException(format(
                            "Column '%s' (%s): value '%s' holds varbinary values, which Athena prints inside arrays, maps and rows as Java object references (%s): the bytes cannot be recovered. "
                                    + "Convert them in the query, for example transform(%s, x -> to_hex(x)) for an array",
                            columnLabel, type, abbreviated(), text.substring(position, scan(closer, false)), columnLabel), "22000");
                }
                return array();
            }
            if (first == '{') {
                return group().toNested();
            }
        }
        int end = scan(closer, false);
        int start = position;
        position = end;
        return nullOrText(start, end);
    }

    /** The end of a plain element starting at {@link #position}: the next separator, {@code closer}, or (for keys) '='. */
    private int scan(char closer, boolean stopAtEquals)
    {
        int end = position;
        while (end < length) {
            char c = text.charAt(end);
            if (c == closer || (stopAtEquals && c == '=') || (c == ',' && end + 1 < length && text.charAt(end + 1) == ' ')) {
                break;
            }
            end++;
        }
        return end;
    }

    /** {@code [B@} and hex digits: Java's {@code byte[].toString()}. */
    private boolean isByteArrayReference()
    {
        if (!text.startsWith("[B@", position)) {
            return false;
        }
        int end = position + 3;
        // Object.toString prints the identity hash in lowercase hex.
        while (end < length && (isDigit(text.charAt(end)) || (text.charAt(end) >= 'a' && text.charAt(end) <= 'f'))) {
            end++;
        }
        return end > position + 3 && (end == length || text.charAt(end) == ',' || text.charAt(end) == ']' || text.charAt(end) == '}' || text.charAt(end) == '=');
    }

    private static boolean isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    private Object nullOrText(int start, int end)
    {
        if (end - start == 4 && text.startsWith("null", start)) {
            return null;
        }
        return text.substring(start, end);
    }

    private boolean atSeparator()
    {
        return position + 1 < length && text.charAt(position) == ',' && text.charAt(position + 1) == ' ';
    }

    private void enter()
            throws SQLException
    {
        if (++depth > MAXIMUM_NESTING) {
            throw unparsable("nesting is deeper than " + MAXIMUM_NESTING);
        }
    }

    private void requireEnd()
            throws SQLException
    {
        if (position != length) {
            throw unparsable("text follows the closing bracket");
        }
    }

    private SQLException unparsable(String problem)
    {
        String where = position < length ? "at character " + (position + 1) : "at the end";
        return invalidValue("22000", text, type, columnLabel, format(
                "cannot be read unambiguously (%s, %s). Athena prints %s values without quoting their strings, so strings containing ', ', '=' or brackets "
                        + "cannot be told from the structure; select CAST(%s AS JSON) and parse the JSON instead",
                problem, where, type.columnType().typeName(), columnLabel));
    }

    private String abbreviated()
    {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** The items of a {@code {…}}: {@code keys} is null when no item has a key. */
    private record Group(List<String> keys, List<Object> values)
    {
        Map<String, Object> toMap()
        {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                map.put(keys.get(i), values.get(i));
            }
            return unmodifiableMap(map);
        }

        /** As an element of an array or a value of a key: a map, or for an unnamed row the list of its values. */
        Object toNested()
        {
            if (values.isEmpty()) {
                return Collections.emptyMap();
            }
            return keys == null ? values : toMap();
        }
    }
}
