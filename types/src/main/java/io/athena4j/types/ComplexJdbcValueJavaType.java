package io.athena4j.types;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.AbstractClassJavaType;

/** Hibernate's descriptor of {@link ComplexJdbcValue}: the relational side of the complex types' converters. */
final class ComplexJdbcValueJavaType
        extends AbstractClassJavaType<ComplexJdbcValue>
{
    static final ComplexJdbcValueJavaType INSTANCE = new ComplexJdbcValueJavaType();

    private ComplexJdbcValueJavaType()
    {
        super(ComplexJdbcValue.class);
    }

    @Override
    public <X> X unwrap(ComplexJdbcValue value, Class<X> type, WrapperOptions options)
    {
        if (value == null) {
            return null;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        throw unknownUnwrap(type);
    }

    @Override
    public <X> ComplexJdbcValue wrap(X value, WrapperOptions options)
    {
        if (value == null) {
            return null;
        }
        if (value instanceof ComplexJdbcValue complex) {
            return complex;
        }
        if (value instanceof String json) {
            return new ComplexJdbcValue.Json(json);
        }
        throw unknownWrap(value.getClass());
    }
}
