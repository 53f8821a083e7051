package io.athena4j.types;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * An Athena {@code map}: a {@code Map<K, V>} with a scalar key. Written as a {@code Map} to {@code setObject}, its
 * nested arrays and rows typed through {@code createArrayOf}/{@code createStruct}; read from Trino's JSON object, whose
 * keys are always strings ({@code {"1":"a"}} for a {@code map(integer, varchar)}) and are parsed back to {@code K}.
 * Maps are read into a {@link LinkedHashMap} in the order Trino returns.
 *
 * @param key the key type: a scalar, as Athena requires
 * @param value the value type
 */
record MapType(ScalarType key, ValueType value)
        implements ValueType
{
    MapType
    {
        requireNonNull(key, "key is null");
        requireNonNull(value, "value is null");
    }

    @Override
    public Class<?> javaClass()
    {
        return Map.class;
    }

    @Override
    public String hiveName()
    {
        return "map<" + key.hiveName() + "," + value.hiveName() + ">";
    }

    @Override
    public String trinoName()
    {
        return "map(" + key.trinoName() + ", " + value.trinoName() + ")";
    }

    @Override
    public Object toJdbc(Connection connection, Object map, String path)
            throws SQLException
    {
        Map<Object, Object> jdbcMap = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) map).entrySet()) {
            if (entry.getKey() == null) {
                throw new IllegalArgumentException("Cannot write " + path + ": it has a null key, and Athena map keys cannot be NULL");
            }
            String entryPath = path + "[" + entry.getKey() + "]";
            jdbcMap.put(key.toJdbc(connection, entry.getKey(), entryPath), ValueType.toJdbcNullable(value, connection, entry.getValue(), entryPath));
        }
        return jdbcMap;
    }

    @Override
    public Object fromJson(JsonNode node, String path)
    {
        if (!node.isObject()) {
            throw ValueType.mismatch(path, "an object", node);
        }
        Map<Object, Object> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String entryPath = path + "[" + entry.getKey() + "]";
            map.put(key.fromKey(entry.getKey(), entryPath), ValueType.fromJsonNullable(value, entry.getValue(), entryPath));
        }
        return map;
    }

    @Override
    public Object copy(Object map)
    {
        Map<Object, Object> copy = new LinkedHashMap<>();
        ((Map<?, ?>) map).forEach((k, v) -> copy.put(k, ValueType.copyNullable(value, v)));
        return copy;
    }

    @Override
    public boolean equal(Object left, Object right)
    {
        Map<?, ?> leftMap = (Map<?, ?>) left;
        Map<?, ?> rightMap = (Map<?, ?>) right;
        if (leftMap.size() != rightMap.size()) {
            return false;
        }
        for (Map.Entry<?, ?> entry : leftMap.entrySet()) {
            if (!rightMap.containsKey(entry.getKey()) || !ValueType.equalNullable(value, entry.getValue(), rightMap.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hash(Object map)
    {
        int hash = 0;
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) map).entrySet()) {
            hash += key.hash(entry.getKey()) ^ ValueType.hashNullable(value, entry.getValue());
        }
        return hash;
    }
}
