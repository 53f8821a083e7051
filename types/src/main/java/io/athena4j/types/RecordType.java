package io.athena4j.types;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * An Athena {@code struct} (Trino {@code row}): a Java record, one field per component in declaration order. Written
 * with {@code Connection.createStruct(<row type>, attributes)}, which the driver renders as
 * {@code CAST(ROW(…) AS row(…))}; read from Trino's JSON object {@code {"a":1}} by field name (case-insensitive, as
 * Athena lower-cases names) or from the positional {@code [1]} older engines write.
 *
 * @param javaClass the record class
 * @param fields the record's components in declaration order
 */
record RecordType(Class<?> javaClass, List<Field> fields)
        implements ValueType
{
    /**
     * One record component.
     *
     * @param name the struct field name: the component's {@code @Column(name)} or its name in snake case
     * @param accessor the record's accessor method
     * @param type the component's type
     */
    record Field(String name, Method accessor, ValueType type)
    {
        Field
        {
            requireNonNull(name, "name is null");
            requireNonNull(accessor, "accessor is null");
            requireNonNull(type, "type is null");
        }
    }

    RecordType
    {
        requireNonNull(javaClass, "javaClass is null");
        fields = List.copyOf(fields);
    }

    @Override
    public String hiveName()
    {
        StringBuilder name = new StringBuilder("struct<");
        for (int index = 0; index < fields.size(); index++) {
            Field field = fields.get(index);
            name.append(index == 0 ? "" : ",").append(field.name).append(':').append(field.type.hiveName());
        }
        return name.append('>').toString();
    }

    @Override
    public String trinoName()
    {
        StringBuilder name = new StringBuilder("row(");
        for (int index = 0; index < fields.size(); index++) {
            Field field = fields.get(index);
            name.append(index == 0 ? "" : ", ").append(field.name).append(' ').append(field.type.trinoName());
        }
        return name.append(')').toString();
    }

    @Override
    public Object toJdbc(Connection connection, Object value, String path)
            throws SQLException
    {
        Object[] attributes = new Object[fields.size()];
        for (int index = 0; index < attributes.length; index++) {
            Field field = fields.get(index);
            attributes[index] = ValueType.toJdbcNullable(field.type, connection, get(field, value), path + "." + field.name);
        }
        return connection.createStruct(trinoName(), attributes);
    }

    @Override
    public Object fromJson(JsonNode node, String path)
    {
        Object[] values = new Object[fields.size()];
        if (node.isObject()) {
            if (node.size() != fields.size()) {
                throw ValueType.mismatch(path, "a row of " + fields.size() + " fields " + trinoName(), node);
            }
            for (int index = 0; index < values.length; index++) {
                Field field = fields.get(index);
                values[index] = ValueType.fromJsonNullable(field.type, field(node, field.name, path), path + "." + field.name);
            }
        }
        else if (node.isArray()) {
            // Engines before Trino wrote rows as positional arrays.
            if (node.size() != fields.size()) {
                throw ValueType.mismatch(path, "a row of " + fields.size() + " fields " + trinoName(), node);
            }
            for (int index = 0; index < values.length; index++) {
                Field field = fields.get(index);
                values[index] = ValueType.fromJsonNullable(field.type, node.get(index), path + "." + field.name);
            }
        }
        else {
            throw ValueType.mismatch(path, "a row " + trinoName(), node);
        }
        return construct(values, path);
    }

    @Override
    public Object copy(Object value)
    {
        Object[] values = new Object[fields.size()];
        for (int index = 0; index < values.length; index++) {
            Field field = fields.get(index);
            values[index] = ValueType.copyNullable(field.type, get(field, value));
        }
        return construct(values, javaClass.getSimpleName());
    }

    @Override
    public boolean equal(Object left, Object right)
    {
        for (Field field : fields) {
            if (!ValueType.equalNullable(field.type, get(field, left), get(field, right))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hash(Object value)
    {
        int hash = 1;
        for (Field field : fields) {
            hash = 31 * hash + ValueType.hashNullable(field.type, get(field, value));
        }
        return hash;
    }

    private static JsonNode field(JsonNode node, String name, String path)
    {
        JsonNode value = node.get(name);
        if (value != null) {
            return value;
        }
        for (var entries = node.fields(); entries.hasNext(); ) {
            var entry = entries.next();
            if (entry.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return entry.getValue();
            }
        }
        throw ValueType.mismatch(path, "a row with a field '" + name + "'", node);
    }

    private static Object get(Field field, Object record)
    {
        try {
            return field.accessor.invoke(record);
        }
        catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read component " + field.accessor.getName() + " of " + record.getClass().getName()
                    + "; make the record public or open its package to Hibernate", e);
        }
        catch (InvocationTargetException e) {
            throw new IllegalStateException("Accessor " + field.accessor.getName() + " of " + record.getClass().getName() + " failed", e.getCause());
        }
    }

    private Object construct(Object[] values, String path)
    {
        Class<?>[] parameterTypes = new Class<?>[fields.size()];
        for (int index = 0; index < parameterTypes.length; index++) {
            parameterTypes[index] = fields.get(index).accessor.getReturnType();
            if (values[index] == null && parameterTypes[index].isPrimitive()) {
                throw new IllegalArgumentException("Cannot read " + path + "." + fields.get(index).name + ": it is NULL and the "
                        + parameterTypes[index] + " component of " + javaClass.getName() + " cannot hold a null; use the boxed type");
            }
        }
        try {
            Constructor<?> constructor = javaClass.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        }
        catch (InvocationTargetException e) {
            throw new IllegalArgumentException("Cannot read " + path + ": the constructor of " + javaClass.getName() + " refused the values", e.getCause());
        }
        catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot construct " + javaClass.getName() + " through its canonical constructor", e);
        }
    }
}
