package io.athena4j.types;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The Athena type of a mapped Java type, known from its generics: how it is named in Hive DDL and in Trino casts, how
 * a value is handed to JDBC, and how the JSON that {@code CAST(col AS JSON)} returns is decoded back into it.
 *
 * <p>Values are written through standard JDBC only ({@code createArrayOf}, {@code createStruct}, a {@code Map} to
 * {@code setObject}), so any Athena driver that renders those works; read through JSON, so nothing depends on how a
 * driver parses Athena's ambiguous text rendering of complex values.
 */
sealed interface ValueType
        permits ScalarType, ListType, MapType, RecordType
{
    /** The Java class values of this type have: {@code List}, an array class, {@code Map}, a record or a scalar class. */
    Class<?> javaClass();

    /** Hive DDL spelling: {@code array<string>}, {@code map<string,int>}, {@code struct<a:string>}. */
    String hiveName();

    /** Trino spelling for casts: {@code array(varchar)}, {@code map(varchar, integer)}, {@code row(a varchar)}. */
    String trinoName();

    /**
     * {@code value} (not null) as JDBC binds it: a {@link java.sql.Array}, {@link java.sql.Struct}, {@code Map} or scalar.
     *
     * @param path where the value is, for error messages, e.g. {@code profile.preferences["k"]}
     * @throws IllegalArgumentException if Athena cannot store the value as declared, naming the fix
     */
    Object toJdbc(Connection connection, Object value, String path)
            throws SQLException;

    /**
     * The value {@code node} (not a JSON null) stands for.
     *
     * @throws IllegalArgumentException if the JSON does not fit this type
     */
    Object fromJson(JsonNode node, String path);

    /** A copy sharing nothing mutable with {@code value} (not null). */
    Object copy(Object value);

    /** Equality by value, arrays compared element by element at any depth. Both arguments are not null. */
    boolean equal(Object left, Object right);

    /** A hash consistent with {@link #equal}; the argument is not null. */
    int hash(Object value);

    /** {@code value} is null; {@code type.equal}/{@code copy} otherwise. */
    static boolean equalNullable(ValueType type, Object left, Object right)
    {
        if (left == null || right == null) {
            return left == right;
        }
        return type.equal(left, right);
    }

    static Object copyNullable(ValueType type, Object value)
    {
        return value == null ? null : type.copy(value);
    }

    static int hashNullable(ValueType type, Object value)
    {
        return value == null ? 0 : type.hash(value);
    }

    static Object toJdbcNullable(ValueType type, Connection connection, Object value, String path)
            throws SQLException
    {
        return value == null ? null : type.toJdbc(connection, value, path);
    }

    static Object fromJsonNullable(ValueType type, JsonNode node, String path)
    {
        return node == null || node.isNull() ? null : type.fromJson(node, path);
    }

    static IllegalArgumentException mismatch(String path, String expected, JsonNode node)
    {
        String text = node.toString();
        return new IllegalArgumentException("Cannot read " + path + ": expected " + expected + " in Athena's JSON but found "
                + (text.length() > 80 ? text.substring(0, 77) + "..." : text));
    }
}
