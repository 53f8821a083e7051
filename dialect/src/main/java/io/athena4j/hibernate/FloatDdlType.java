package io.athena4j.hibernate;

import org.hibernate.dialect.Dialect;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.sql.internal.DdlTypeImpl;

/**
 * Hibernate's {@code FLOAT(p)}: Java {@code float} arrives with precision 24 and {@code double} with 53. Hive's
 * 4-byte type is {@code float} in DDL but {@code real} in a Trino cast; the 8-byte one is {@code double} in both.
 */
final class FloatDdlType
        extends DdlTypeImpl
{
    /** The largest binary precision a 4-byte float holds. */
    private static final int SINGLE_PRECISION = 24;

    FloatDdlType(Dialect dialect)
    {
        super(SqlTypes.FLOAT, "double", "double", dialect);
    }

    @Override
    public String getTypeName(Long size, Integer precision, Integer scale)
    {
        return isSingle(precision) ? "float" : "double";
    }

    @Override
    public String getCastTypeName(JdbcType jdbcType, JavaType<?> javaType, Long length, Integer precision, Integer scale)
    {
        return isSingle(precision) ? "real" : "double";
    }

    /** Without a precision, as in HQL's {@code cast(x as Float)}: the Java type decides. */
    @Override
    public String getCastTypeName(JdbcType jdbcType, JavaType<?> javaType)
    {
        return javaType.getJavaTypeClass() == Float.class ? "real" : "double";
    }

    private static boolean isSingle(Integer precision)
    {
        return precision != null && precision <= SINGLE_PRECISION;
    }
}
