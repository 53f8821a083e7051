package io.athena4j.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Struct;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.athena4j.jdbc.AthenaValueParser.parseArray;
import static io.athena4j.jdbc.AthenaValueParser.parseMap;
import static io.athena4j.jdbc.AthenaValueParser.toObject;
import static io.athena4j.jdbc.AthenaValueParser.parseStruct;
import static io.athena4j.jdbc.TestAthenaValueParser.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestAthenaComplexValueParser
{
    private static final String LABEL = "col";
    private static final AthenaType ARRAY = AthenaType.of("array", 0, 0);
    private static final AthenaType MAP = AthenaType.of("map", 0, 0);
    private static final AthenaType ROW = AthenaType.of("row", 0, 0);

    @Test
    void testArrays()
            throws SQLException
    {
        assertArray("[1, 2, 3]", "1", "2", "3");
        assertArray("[a, null]", "a", null);
        assertArray("[]");
        assertArray("[null]", (Object) null);
        assertArray("[[1], [2, 3]]", List.of("1"), List.of("2", "3"));
        assertArray("[[a, b], [c]]", List.of("a", "b"), List.of("c"));
        assertArray("[[]]", List.of());
        assertArray("[1.0E20, 0.5]", "1.0E20", "0.5");
        assertArray("[true, false]", "true", "false");
        assertArray("[2020-01-01]", "2020-01-01");
        assertArray("[2026-09-17 12:34:56.789 UTC, null]", "2026-09-17 12:34:56.789 UTC", null);
        assertArray("[{n=1}]", map("n", "1"));
        assertArray("[{name=John, age=30}, {name=Jane, age=25}]", map("name", "John", "age", "30"), map("name", "Jane", "age", "25"));
        // Unnamed rows inside an array are lists of their values.
        assertArray("[{Alice, 25}, {Bob, 30}]", List.of("Alice", "25"), List.of("Bob", "30"));
        assertArray("[{pos={x=1, y=2}, vel={x=0.5}}]", map("pos", map("x", "1", "y", "2"), "vel", map("x", "0.5")));
        assertArray("[{}]", Map.of());
        assertArray("[{k=[1, null]}]", map("k", Arrays.asList("1", null)));
    }

    /** Strings are exact unless they contain the separators; nothing is trimmed. */
    @Test
    void testArrayStrings()
            throws SQLException
    {
        assertArray("[, ]", "", "");
        assertArray("[a, ]", "a", "");
        assertArray("[ a,b ]", " a,b ");
        assertArray("[a=b, c=d]", "a=b", "c=d");
        assertArray("[x}, y{, a[b]", "x}", "y{", "a[b");
    }

    @Test
    void testMaps()
            throws SQLException
    {
        assertMap("{k=1}", "k", "1");
        assertMap("{1=2, 3=4}", "1", "2", "3", "4");
        assertMap("{j=2, k=1}", "j", "2", "k", "1");
        assertMap("{9=a, 10=b}", "9", "a", "10", "b");
        assertMap("{}");
        assertMap("{k=[1, 2]}", "k", List.of("1", "2"));
        assertMap("{k=null}", "k", null);
        // Keys are never NULL in Athena: the word is a string.
        assertMap("{null=1}", "null", "1");
        assertMap("{k=}", "k", "");
        assertMap("{formula=x=y+1, status=active}", "formula", "x=y+1", "status", "active");
        // A comma without a space is part of the value (PyAthena truncates this one).
        assertMap("{k=v,w, x=1}", "k", "v,w", "x", "1");
        assertMap("{[1, 2]=x}", "[1, 2]", "x");
        assertMap("{k={a=1, b=2}}", "k", map("a", "1", "b", "2"));
        assertThat(parseMap("{b=1, a=2}", MAP, LABEL).keySet()).containsExactly("b", "a");
    }

    @Test
    void testRows()
            throws SQLException
    {
        assertNamedRow("{a=1, b=2}", "a", "1", "b", "2");
        assertNamedRow("{id=1, name=x}", "id", "1", "name", "x");
        assertNamedRow("{header={stamp=2024-01-01, seq=123}, x=4.736, y=0.583}",
                "header", map("stamp", "2024-01-01", "seq", "123"), "x", "4.736", "y", "0.583");
        assertNamedRow("{level1={level2={level3={value=deep}}}}", "level1", map("level2", map("level3", map("value", "deep"))));
        assertNamedRow("{data={value=null, status=ok}, flag=true}", "data", map("value", null, "status", "ok"), "flag", "true");
        assertNamedRow("{a={x=1, y=2}, b=[1, 2]}", "a", map("x", "1", "y", "2"), "b", List.of("1", "2"));
        // Engine v2 named unnamed fields.
        assertNamedRow("{field0=1, field1=2.0}", "field0", "1", "field1", "2.0");
        assertNamedRow("{formula=x=y+1, status=active}", "formula", "x=y+1", "status", "active");
        assertNamedRow("{message=He said \"hello\", name=John}", "message", "He said \"hello\"", "name", "John");
        assertNamedRow("{a=}", "a", "");

        assertUnnamedRow("{1, x}", "1", "x");
        assertUnnamedRow("{Alice, 25}", "Alice", "25");
        assertUnnamedRow("{John, 30, true}", "John", "30", "true");
        assertUnnamedRow("{null}", (Object) null);
        assertUnnamedRow("{null, [1, 2], {a=1}}", null, List.of("1", "2"), map("a", "1"));
        // A row has at least one field, and only an empty string prints as nothing.
        assertUnnamedRow("{}", "");
    }

    /** Text that cannot have come from Athena's structure as parsed: a string held a separator or bracket. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # type | text
            array  | [a, b
            array  | [a, b]]
            array  | [a, b]x
            array  | [a]b, c]
            array  | a, b
            array  | ''
            array  | [
            array  | [[a]
            array  | [[a], b
            array  | {a=1}
            array  | [{a=1, b}]
            array  | [{a=1, a=2}]
            array  | '[a, b] '
            map    | {k=1, j}
            map    | {a, b}
            map    | {k=1, k=2}
            map    | {k=1
            map    | {k=1}}
            map    | [k=1]
            map    | {k=[1, 2}
            map    | ''
            row    | {a=Hello, world, b=1}
            row    | {x=y, 2}
            row    | {a=1, a=2}
            row    | {a=1
            row    | {a=1}, {b=2}
            row    | a=1
            """)
    void testUnparsable(String typeName, String text)
    {
        AthenaType type = AthenaType.of(typeName, 0, 0);
        assertFails(() -> toObject(text, type, LABEL), "22000", text);
        assertThatThrownBy(() -> toObject(text, type, LABEL))
                .hasMessageContaining("cannot be read unambiguously")
                .hasMessageContaining("select CAST(col AS JSON)");
    }

    @Test
    void testUnparsableMessage()
    {
        assertThatThrownBy(() -> toObject("{a=Hello, world, b=1}", ROW, "address"))
                .isInstanceOf(SQLException.class)
                .hasMessage("Column 'address' (row): value '{a=Hello, world, b=1}' cannot be read unambiguously (some items are 'key=value' and some are not, at the end). "
                        + "Athena prints row values without quoting their strings, so strings containing ', ', '=' or brackets cannot be told from the structure; "
                        + "select CAST(address AS JSON) and parse the JSON instead");
    }

    @Test
    void testVarbinaryInsideComposites()
    {
        assertThatThrownBy(() -> toObject("[[B@2545d692, [B@1a2b3c]", ARRAY, LABEL))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22000"))
                .hasMessageContaining("Column 'col' (array): value '[[B@2545d692, [B@1a2b3c]' holds varbinary values")
                .hasMessageContaining("[B@2545d692")
                .hasMessageContaining("the bytes cannot be recovered");
        assertThatThrownBy(() -> toObject("{a=1, b=[B@2545d692}", ROW, LABEL)).hasMessageContaining("holds varbinary values");
        assertThatThrownBy(() -> toObject("{[B@2545d692=1}", MAP, LABEL)).hasMessageContaining("holds varbinary values");
    }

    @Test
    void testNestingLimit()
            throws SQLException
    {
        assertThat(parseArray("[".repeat(100) + "]".repeat(100), ARRAY, LABEL)).isNotNull();
        assertThatThrownBy(() -> parseArray("[".repeat(101) + "]".repeat(101), ARRAY, LABEL))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22000"))
                .hasMessageContaining("nesting is deeper than 100");
    }

    /**
     * The ambiguities the text cannot show. These document behaviour; a different parse is no more right.
     */
    @Test
    void testUndetectableAmbiguities()
            throws SQLException
    {
        // ARRAY['a, b'] prints as ARRAY['a', 'b'] does.
        assertArray("[a, b]", "a", "b");
        // ARRAY['null'] prints as ARRAY[NULL] does.
        assertArray("[null]", (Object) null);
        // ARRAY[''] prints as ARRAY[] does.
        assertArray("[]");
        // ARRAY['[x]'] prints as ARRAY[ARRAY['x']] does.
        assertArray("[[x]]", List.of("x"));
        // ROW('x=y') prints as a named row {x=y}.
        assertNamedRow("{x=y}", "x", "y");
        // A named row's value holding ', ' and '=': {a='p, q=r', b=1}.
        assertNamedRow("{a=p, q=r, b=1}", "a", "p", "q", "r", "b", "1");
    }

    @Test
    void testArrayApi()
            throws SQLException
    {
        Array array = parseArray("[a, null, [b, c], d]", ARRAY, LABEL);
        assertThat(array.getBaseTypeName()).isEqualTo("varchar");
        assertThat(array.getBaseType()).isEqualTo(Types.VARCHAR);
        assertThat((Object[]) array.getArray()).containsExactly("a", null, List.of("b", "c"), "d");
        assertThat((Object[]) array.getArray(Map.of())).containsExactly("a", null, List.of("b", "c"), "d");
        // A copy each time.
        ((Object[]) array.getArray())[0] = "changed";
        assertThat((Object[]) array.getArray()).startsWith("a");
        assertThat((Object[]) array.getArray(2, 2)).containsExactly(null, List.of("b", "c"));
        assertThat((Object[]) array.getArray(4, 0)).isEmpty();
        assertThat((Object[]) array.getArray(5, 0)).isEmpty();
        for (long[] slice : new long[][] {{0, 1}, {1, 5}, {5, 1}, {1, -1}, {6, 0}}) {
            assertThatThrownBy(() -> array.getArray(slice[0], (int) slice[1]))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("2202E"));
        }
        assertThat(array).hasToString("[a, null, [b, c], d]");
        array.free();
        assertThatThrownBy(array::getArray).isInstanceOf(SQLException.class).hasMessage("The array has been freed");
    }

    @Test
    void testArrayResultSet()
            throws SQLException
    {
        Array array = parseArray("[10, null, [b, c], 2017-01-02]", ARRAY, LABEL);
        ResultSet resultSet = array.getResultSet();
        ResultSetMetaData metaData = resultSet.getMetaData();
        assertThat(metaData.getColumnCount()).isEqualTo(2);
        assertThat(metaData.getColumnLabel(1)).isEqualTo("INDEX");
        assertThat(metaData.getColumnType(1)).isEqualTo(Types.BIGINT);
        assertThat(metaData.getColumnName(2)).isEqualTo("VALUE");
        assertThat(metaData.getColumnType(2)).isEqualTo(Types.VARCHAR);
        assertThat(metaData.getColumnTypeName(2)).isEqualTo("varchar");
        assertThat(metaData.getColumnClassName(1)).isEqualTo("java.lang.Long");

        assertThat(resultSet.isBeforeFirst()).isTrue();
        assertThatThrownBy(() -> resultSet.getString(2)).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("24000"));
        assertThat(resultSet.next()).isTrue();
        assertThat(resultSet.getLong(1)).isEqualTo(1);
        assertThat(resultSet.getObject("index")).isEqualTo(1L);
        assertThat(resultSet.getInt("VALUE")).isEqualTo(10);
        assertThat(resultSet.getString(2)).isEqualTo("10");
        assertThat(resultSet.getObject(2, Long.class)).isEqualTo(10L);
        assertThat(resultSet.wasNull()).isFalse();
        assertThat(resultSet.getRow()).isEqualTo(1);

        assertThat(resultSet.next()).isTrue();
        assertThat(resultSet.getInt(2)).isZero();
        assertThat(resultSet.wasNull()).isTrue();
        assertThat(resultSet.getString(2)).isNull();
        assertThat(resultSet.getBoolean(2)).isFalse();

        assertThat(resultSet.next()).isTrue();
        assertThat(resultSet.getObject(2)).isEqualTo(List.of("b", "c"));
        assertThat(resultSet.getString(2)).isEqualTo("[b, c]");
        Array nested = resultSet.getArray(2);
        assertThat((Object[]) nested.getArray()).containsExactly("b", "c");
        assertThatThrownBy(() -> resultSet.getInt(2)).isInstanceOf(SQLException.class);

        assertThat(resultSet.next()).isTrue();
        assertThat(resultSet.isLast()).isTrue();
        assertThat(resultSet.getLong(1)).isEqualTo(4);
        assertThat(resultSet.getObject(2, java.time.LocalDate.class)).isEqualTo(java.time.LocalDate.of(2017, 1, 2));
        assertThat(resultSet.getDate(2)).isEqualTo(java.sql.Date.valueOf("2017-01-02"));
        assertThatThrownBy(() -> resultSet.getArray(2)).isInstanceOf(SQLException.class);

        assertThat(resultSet.next()).isFalse();
        assertThat(resultSet.isAfterLast()).isTrue();
        assertThat(resultSet.next()).isFalse();
        assertThatThrownBy(() -> resultSet.getString(3)).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07009"));
        assertThatThrownBy(() -> resultSet.findColumn("other")).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42S22"));
        assertThatThrownBy(resultSet::previous).isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(() -> resultSet.updateString(1, "x")).isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThat(resultSet.unwrap(ResultSet.class)).isSameAs(resultSet);
        resultSet.close();
        assertThat(resultSet.isClosed()).isTrue();
        assertThatThrownBy(resultSet::next).isInstanceOf(SQLException.class).hasMessage("The result set is closed");
    }

    @Test
    void testArraySliceResultSet()
            throws SQLException
    {
        Array array = parseArray("[a, b, c, d]", ARRAY, LABEL);
        List<String> rows = new ArrayList<>();
        try (ResultSet resultSet = array.getResultSet(2, 2)) {
            while (resultSet.next()) {
                rows.add(resultSet.getLong(1) + "=" + resultSet.getString(2));
            }
        }
        assertThat(rows).containsExactly("2=b", "3=c");
        try (ResultSet empty = parseArray("[]", ARRAY, LABEL).getResultSet()) {
            assertThat(empty.isBeforeFirst()).isFalse();
            assertThat(empty.next()).isFalse();
        }
    }

    @Test
    void testStructApi()
            throws SQLException
    {
        AthenaResultStruct named = parseStruct("{id=1, tags=[a, b], address={city=Oslo, zip=null}}", ROW, LABEL);
        assertThat(named.getSQLTypeName()).isEqualTo("row");
        assertThat(named.getAttributes()).containsExactly("1", List.of("a", "b"), map("city", "Oslo", "zip", null));
        assertThat(named.getAttributes(Map.of())).containsExactly(named.getAttributes());
        assertThat(named.isNamed()).isTrue();
        assertThat(named.attributeNames()).containsExactly("id", "tags", "address");
        assertThat(named.toMap()).containsOnlyKeys("id", "tags", "address");
        assertThat(named).hasToString("{id=1, tags=[a, b], address={city=Oslo, zip=null}}");
        named.getAttributes()[0] = "changed";
        assertThat(named.getAttributes()[0]).isEqualTo("1");

        Struct unnamed = parseStruct("{1, x}", ROW, LABEL);
        assertThat(unnamed.getAttributes()).containsExactly("1", "x");
        assertThat(((AthenaResultStruct) unnamed).isNamed()).isFalse();
        assertThat(((AthenaResultStruct) unnamed).attributeNames()).isEmpty();
        assertThat(((AthenaResultStruct) unnamed).toMap()).isEmpty();
    }

    @Test
    void testWrongColumnType()
    {
        assertFails(() -> parseArray("[1]", MAP, LABEL), "22018", "[1]");
        assertFails(() -> parseStruct("{a=1}", MAP, LABEL), "22018", "{a=1}");
        assertFails(() -> parseMap("[1]", ARRAY, LABEL), "22018", "[1]");
    }

    private static void assertArray(String text, Object... expected)
            throws SQLException
    {
        assertThat((Object[]) parseArray(text, ARRAY, LABEL).getArray()).as(text).containsExactly(expected);
        assertThat(toObject(text, ARRAY, LABEL)).hasToString(text);
    }

    private static void assertMap(String text, Object... keysAndValues)
            throws SQLException
    {
        assertThat(parseMap(text, MAP, LABEL)).as(text).containsExactlyEntriesOf(map(keysAndValues));
    }

    private static void assertNamedRow(String text, Object... namesAndValues)
            throws SQLException
    {
        AthenaResultStruct struct = parseStruct(text, ROW, LABEL);
        assertThat(struct.isNamed()).as(text).isTrue();
        assertThat(struct.toMap()).as(text).containsExactlyEntriesOf(map(namesAndValues));
        assertThat(struct.getAttributes()).as(text).containsExactly(map(namesAndValues).values().toArray());
    }

    private static void assertUnnamedRow(String text, Object... values)
            throws SQLException
    {
        AthenaResultStruct struct = parseStruct(text, ROW, LABEL);
        assertThat(struct.isNamed()).as(text).isFalse();
        assertThat(struct.getAttributes()).as(text).containsExactly(values);
    }

    /** A LinkedHashMap, which unlike Map.of keeps order and takes null values. */
    private static Map<String, Object> map(Object... keysAndValues)
    {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
