package io.athena4j.types;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An Athena {@code array}: a {@code List<T>} or a Java array {@code T[]} (primitive element arrays too). Written with
 * {@code Connection.createArrayOf(<element's Trino type>, …)}; a {@code null} element stays a SQL NULL.
 *
 * @param javaClass {@code List.class} or the array class
 * @param element the element type
 */
record ListType(Class<?> javaClass, ValueType element)
        implements ValueType
{
    ListType
    {
        requireNonNull(javaClass, "javaClass is null");
        requireNonNull(element, "element is null");
    }

    @Override
    public String hiveName()
    {
        return "array<" + element.hiveName() + ">";
    }

    @Override
    public String trinoName()
    {
        return "array(" + element.trinoName() + ")";
    }

    @Override
    public Object toJdbc(Connection connection, Object value, String path)
            throws SQLException
    {
        List<?> elements = elements(value);
        Object[] jdbcElements = new Object[elements.size()];
        for (int index = 0; index < jdbcElements.length; index++) {
            jdbcElements[index] = ValueType.toJdbcNullable(element, connection, elements.get(index), path + "[" + index + "]");
        }
        return connection.createArrayOf(element.trinoName(), jdbcElements);
    }

    @Override
    public Object fromJson(JsonNode node, String path)
    {
        if (!node.isArray()) {
            throw ValueType.mismatch(path, "an array", node);
        }
        if (javaClass.isArray()) {
            Object array = Array.newInstance(javaClass.getComponentType(), node.size());
            for (int index = 0; index < node.size(); index++) {
                Object value = ValueType.fromJsonNullable(element, node.get(index), path + "[" + index + "]");
                if (value == null && javaClass.getComponentType().isPrimitive()) {
                    throw new IllegalArgumentException("Cannot read " + path + "[" + index + "]: it is NULL and "
                            + javaClass.getSimpleName() + " cannot hold a null; map it as a List or a boxed array");
                }
                Array.set(array, index, value);
            }
            return array;
        }
        List<Object> list = new ArrayList<>(node.size());
        for (int index = 0; index < node.size(); index++) {
            list.add(ValueType.fromJsonNullable(element, node.get(index), path + "[" + index + "]"));
        }
        return list;
    }

    @Override
    public Object copy(Object value)
    {
        List<?> elements = elements(value);
        if (javaClass.isArray()) {
            Object array = Array.newInstance(javaClass.getComponentType(), elements.size());
            for (int index = 0; index < elements.size(); index++) {
                Array.set(array, index, ValueType.copyNullable(element, elements.get(index)));
            }
            return array;
        }
        List<Object> copy = new ArrayList<>(elements.size());
        for (Object item : elements) {
            copy.add(ValueType.copyNullable(element, item));
        }
        return copy;
    }

    @Override
    public boolean equal(Object left, Object right)
    {
        List<?> leftElements = elements(left);
        List<?> rightElements = elements(right);
        if (leftElements.size() != rightElements.size()) {
            return false;
        }
        for (int index = 0; index < leftElements.size(); index++) {
            if (!ValueType.equalNullable(element, leftElements.get(index), rightElements.get(index))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hash(Object value)
    {
        int hash = 1;
        for (Object item : elements(value)) {
            hash = 31 * hash + ValueType.hashNullable(element, item);
        }
        return hash;
    }

    /** The elements of a List or of any Java array, primitive ones boxed. */
    private static List<?> elements(Object value)
    {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof Object[] objects) {
            return java.util.Arrays.asList(objects);
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<Object> boxed = new ArrayList<>(length);
            for (int index = 0; index < length; index++) {
                boxed.add(Array.get(value, index));
            }
            return boxed;
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> items = new ArrayList<>();
            iterable.forEach(items::add);
            return Collections.unmodifiableList(items);
        }
        throw new IllegalArgumentException("Not a List or array: " + value.getClass().getName());
    }
}
