package io.athena4j.types;

import jakarta.persistence.Column;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.athena4j.types.ScalarType.Kind;

/**
 * Builds a {@link ValueType} from a Java type's generics: {@code List<Map<String, Item>>} becomes
 * {@code array<map<string,struct<…>>>}. Unsupported types are refused with the list of what is supported.
 */
final class ValueTypes
{
    /** Hibernate's default precision and scale of a {@code BigDecimal} without {@code @Column(precision, scale)}. */
    static final int DEFAULT_DECIMAL_PRECISION = 38;
    static final int DEFAULT_DECIMAL_SCALE = 2;

    private static final String SUPPORTED = "String, Boolean, Byte, Short, Integer, Long, Float, Double, BigDecimal, "
            + "LocalDate, LocalDateTime, UUID, enums (and their primitives), records, List<T>, T[] and Map<K, V> of these";

    private ValueTypes() {}

    /**
     * The Athena type of {@code type}.
     *
     * @param annotations where {@code @Column(precision, scale, secondPrecision)} applying to the scalars is read from
     * @param path the attribute, for error messages
     * @throws IllegalArgumentException naming what cannot be mapped and what can
     */
    static ValueType of(Type type, AnnotatedElement annotations, String path)
    {
        return of(type, annotations, path, 0);
    }

    private static ValueType of(Type type, AnnotatedElement annotations, String path, int depth)
    {
        if (depth > 32) {
            throw new IllegalArgumentException(path + ": the type nests more than 32 levels deep; is a record recursive?");
        }
        if (type instanceof Class<?> cls) {
            if (cls.isArray()) {
                if (cls == byte[].class) {
                    throw new IllegalArgumentException(path + ": byte[] (varbinary) cannot be stored inside an Athena complex value: "
                            + "Athena renders it as Java's [B@… and CAST(… AS JSON) refuses it. Store the bytes in a "
                            + "top-level binary column, or as a Base64 String");
                }
                return new ListType(cls, of(cls.getComponentType(), annotations, path + "[]", depth + 1));
            }
            if (cls.isRecord()) {
                return record(cls, path, depth);
            }
            if (Collection.class.isAssignableFrom(cls) || Map.class.isAssignableFrom(cls)) {
                throw new IllegalArgumentException(path + ": " + cls.getSimpleName() + " needs its type arguments, e.g. "
                        + "List<String> or Map<String, Integer>: the element types decide the Athena type");
            }
            return scalar(cls, annotations, path);
        }
        if (type instanceof GenericArrayType array) {
            Type component = array.getGenericComponentType();
            ValueType element = of(component, annotations, path + "[]", depth + 1);
            Class<?> raw = element.javaClass();
            return new ListType(java.lang.reflect.Array.newInstance(raw, 0).getClass(), element);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
                return new ListType(List.class, of(arguments[0], annotations, path + "[]", depth + 1));
            }
            if (raw == Map.class) {
                ValueType key = of(arguments[0], annotations, path + " key", depth + 1);
                if (!(key instanceof ScalarType scalarKey)) {
                    throw new IllegalArgumentException(path + ": map keys must be scalars (" + key.hiveName() + " is not); "
                            + "Athena map keys are primitive types");
                }
                return new MapType(scalarKey, of(arguments[1], annotations, path + " value", depth + 1));
            }
            throw new IllegalArgumentException(path + ": " + raw.getName() + " is not supported inside an Athena complex value; "
                    + "declare the attribute as List<T> or Map<K, V> (ArrayList, Set and other collections are not mapped)");
        }
        throw new IllegalArgumentException(path + ": the type " + type + " is not supported; use concrete types (no wildcards "
                + "or type variables): " + SUPPORTED);
    }

    private static ValueType record(Class<?> cls, String path, int depth)
    {
        List<RecordType.Field> fields = new ArrayList<>();
        for (RecordComponent component : cls.getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            String name = fieldName(component);
            fields.add(new RecordType.Field(name, accessor, of(component.getGenericType(), component, path + "." + name, depth + 1)));
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(path + ": record " + cls.getName() + " has no components; an Athena struct needs at least one field");
        }
        return new RecordType(cls, fields);
    }

    /** {@code @Column(name)} on the component, else its name in snake case: {@code productId} → {@code product_id}. */
    static String fieldName(RecordComponent component)
    {
        Column column = column(component);
        if (column != null && !column.name().isEmpty()) {
            return column.name();
        }
        String name = component.getName();
        StringBuilder snake = new StringBuilder(name.length() + 4);
        for (int index = 0; index < name.length(); index++) {
            char character = name.charAt(index);
            if (Character.isUpperCase(character)) {
                if (index > 0) {
                    snake.append('_');
                }
                snake.append(Character.toLowerCase(character));
            }
            else {
                snake.append(character);
            }
        }
        return snake.toString();
    }

    private static Column column(AnnotatedElement element)
    {
        if (element == null) {
            return null;
        }
        Column column = element.getAnnotation(Column.class);
        if (column == null && element instanceof RecordComponent component) {
            // @Column targets fields and methods: on a record component it lands on the field and the accessor.
            column = component.getAccessor().getAnnotation(Column.class);
            if (column == null) {
                try {
                    column = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(Column.class);
                }
                catch (NoSuchFieldException e) {
                    throw new IllegalStateException("record component without its field: " + component, e);
                }
            }
        }
        return column;
    }

    private static ScalarType scalar(Class<?> cls, AnnotatedElement annotations, String path)
    {
        if (cls == String.class) {
            return ScalarType.of(Kind.STRING, String.class);
        }
        if (cls == Boolean.class || cls == boolean.class) {
            return ScalarType.of(Kind.BOOLEAN, Boolean.class);
        }
        if (cls == Byte.class || cls == byte.class) {
            return ScalarType.of(Kind.TINYINT, Byte.class);
        }
        if (cls == Short.class || cls == short.class) {
            return ScalarType.of(Kind.SMALLINT, Short.class);
        }
        if (cls == Integer.class || cls == int.class) {
            return ScalarType.of(Kind.INTEGER, Integer.class);
        }
        if (cls == Long.class || cls == long.class) {
            return ScalarType.of(Kind.BIGINT, Long.class);
        }
        if (cls == Float.class || cls == float.class) {
            return ScalarType.of(Kind.REAL, Float.class);
        }
        if (cls == Double.class || cls == double.class) {
            return ScalarType.of(Kind.DOUBLE, Double.class);
        }
        if (cls == BigDecimal.class) {
            Column column = column(annotations);
            int precision = column != null && column.precision() > 0 ? column.precision() : DEFAULT_DECIMAL_PRECISION;
            int scale = column != null && column.precision() > 0 ? column.scale() : DEFAULT_DECIMAL_SCALE;
            if (precision > 38 || scale > precision || scale < 0) {
                throw new IllegalArgumentException(path + ": decimal(" + precision + "," + scale + ") is not an Athena decimal; "
                        + "precision is at most 38 and scale at most the precision");
            }
            return new ScalarType(Kind.DECIMAL, BigDecimal.class, precision, scale);
        }
        if (cls == LocalDate.class) {
            return ScalarType.of(Kind.DATE, LocalDate.class);
        }
        if (cls == LocalDateTime.class) {
            Column column = column(annotations);
            int precision = column != null && column.secondPrecision() >= 0 ? column.secondPrecision() : 3;
            if (precision != 3 && precision != 6) {
                throw new IllegalArgumentException(path + ": timestamps inside complex values have 3 (Hive tables) or 6 "
                        + "(Iceberg tables) fraction digits, not " + precision + "; use @Column(secondPrecision = 3 or 6)");
            }
            return new ScalarType(Kind.TIMESTAMP, LocalDateTime.class, precision, 0);
        }
        if (cls == UUID.class) {
            return ScalarType.of(Kind.UUID, UUID.class);
        }
        if (cls.isEnum()) {
            return ScalarType.of(Kind.ENUM, cls);
        }
        throw new IllegalArgumentException(path + ": " + cls.getName() + " cannot be stored inside an Athena complex value. "
                + "Supported: " + SUPPORTED + ". (Instants and zoned times: Athena tables have no zoned timestamps; store a "
                + "LocalDateTime in UTC. Times of day: Athena tables have no time type.)");
    }
}
