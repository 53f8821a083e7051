package io.athena4j.types;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.AttributeConverter;
import org.hibernate.MappingException;
import org.hibernate.usertype.UserType;
import org.hibernate.usertype.UserTypeCreationContext;

import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Type;

import static java.util.Objects.requireNonNull;

/**
 * The user type behind {@link AthenaArray}, {@link AthenaMap} and {@link AthenaStruct}: one attribute, one column,
 * its Athena type derived from the attribute's generic Java type.
 *
 * <p>It supplies a value converter so that Hibernate binds and reads through {@link ComplexJdbcType}, whose top-level
 * selection is {@code cast(col as json)}; a user type without a converter is adapted by Hibernate in a way that keeps
 * the plain column in the select list, which would leave only Athena's lossy text rendering to parse.
 */
abstract sealed class ComplexUserType<J>
        implements UserType<J>
        permits AthenaArrayType, AthenaMapType, AthenaStructType
{
    private final ValueType valueType;
    private final int sqlType;
    private final String attribute;
    private final Converter converter = new Converter();

    ComplexUserType(Annotation annotation, UserTypeCreationContext context, int sqlType, Class<? extends ValueType> expected, String expectedJava)
    {
        requireNonNull(annotation, "annotation is null");
        requireNonNull(context, "context is null");
        Member member = context.getMemberDetails().toJavaMember();
        this.attribute = member.getDeclaringClass().getSimpleName() + "." + context.getMemberDetails().resolveAttributeName();
        Type genericType;
        if (member instanceof Field field) {
            genericType = field.getGenericType();
        }
        else if (member instanceof Method method) {
            genericType = method.getGenericReturnType();
        }
        else {
            throw new MappingException(attribute + ": @" + annotation.annotationType().getSimpleName() + " applies to fields and getters");
        }
        ValueType type;
        try {
            type = ValueTypes.of(genericType, (AnnotatedElement) member, attribute);
        }
        catch (IllegalArgumentException e) {
            throw new MappingException("Cannot map " + e.getMessage(), e);
        }
        if (!expected.isInstance(type)) {
            throw new MappingException(attribute + ": @" + annotation.annotationType().getSimpleName() + " maps " + expectedJava
                    + ", not " + genericType.getTypeName() + "; use @AthenaArray for List<T> and T[], @AthenaMap for "
                    + "Map<K, V>, @AthenaStruct for records");
        }
        this.valueType = type;
        this.sqlType = sqlType;
    }

    ValueType valueType()
    {
        return valueType;
    }

    @Override
    public int getSqlType()
    {
        return sqlType;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<J> returnedClass()
    {
        return (Class<J>) valueType.javaClass();
    }

    @Override
    public boolean equals(J left, J right)
    {
        return ValueType.equalNullable(valueType, left, right);
    }

    @Override
    public int hashCode(J value)
    {
        return ValueType.hashNullable(valueType, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public J deepCopy(J value)
    {
        return (J) ValueType.copyNullable(valueType, value);
    }

    /** Lists, arrays and maps can change in place: Hibernate keeps a deep copy to detect it. */
    @Override
    public boolean isMutable()
    {
        return true;
    }

    @Override
    public Serializable disassemble(J value)
    {
        Object copy = deepCopy(value);
        if (copy == null || copy instanceof Serializable) {
            return (Serializable) copy;
        }
        throw new IllegalStateException(attribute + ": a " + copy.getClass().getName() + " cannot be put in Hibernate's "
                + "second-level cache; make the record Serializable or do not cache the entity");
    }

    @Override
    @SuppressWarnings("unchecked")
    public J assemble(Serializable cached, Object owner)
    {
        return deepCopy((J) cached);
    }

    @Override
    public AttributeConverter<J, ComplexJdbcValue> getValueConverter()
    {
        return converter;
    }

    @Override
    public String toString()
    {
        return getClass().getSimpleName() + "[" + attribute + ": " + valueType.hiveName() + "]";
    }

    /** Decodes {@code json} against this attribute's type. */
    @SuppressWarnings("unchecked")
    J decode(String json)
    {
        JsonNode node;
        try {
            node = JsonTree.parse(json);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read " + attribute + " (" + valueType.hiveName() + "): the column value "
                    + "is not JSON. athena4j reads complex columns as cast(col as json); a native query must select "
                    + "cast(" + attribute.substring(attribute.indexOf('.') + 1) + " as json) too", e);
        }
        return (J) ValueType.fromJsonNullable(valueType, node, attribute);
    }

    /** Between the attribute's Java value and what {@link ComplexJdbcType} binds and reads. */
    private final class Converter
            implements AttributeConverter<J, ComplexJdbcValue>
    {
        @Override
        public ComplexJdbcValue convertToDatabaseColumn(J value)
        {
            return value == null ? null : new ComplexJdbcValue.Typed(valueType, value, attribute);
        }

        @Override
        @SuppressWarnings("unchecked")
        public J convertToEntityAttribute(ComplexJdbcValue value)
        {
            if (value == null) {
                return null;
            }
            if (value instanceof ComplexJdbcValue.Json json) {
                return decode(json.text());
            }
            return (J) ((ComplexJdbcValue.Typed) value).value();
        }
    }
}
