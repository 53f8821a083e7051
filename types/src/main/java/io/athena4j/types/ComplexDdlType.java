package io.athena4j.types;

import org.hibernate.engine.jdbc.Size;
import org.hibernate.metamodel.mapping.SqlExpressible;
import org.hibernate.type.CustomType;
import org.hibernate.type.Type;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.sql.DdlType;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;

/**
 * The DDL and cast names of a complex type code: Hive spelling for {@code CREATE TABLE} ({@code map<string,int>}),
 * Trino spelling for casts in DML ({@code map(varchar, integer)}). The names depend on the attribute's Java type, so
 * they are taken from the attribute's {@link ComplexUserType}.
 */
final class ComplexDdlType
        implements DdlType
{
    private final int sqlTypeCode;
    private final String rawTypeName;

    ComplexDdlType(int sqlTypeCode, String rawTypeName)
    {
        this.sqlTypeCode = sqlTypeCode;
        this.rawTypeName = rawTypeName;
    }

    @Override
    public int getSqlTypeCode()
    {
        return sqlTypeCode;
    }

    @Override
    public String getRawTypeName()
    {
        return rawTypeName;
    }

    @Override
    public String getTypeName(Size columnSize, Type type, DdlTypeRegistry ddlTypeRegistry)
    {
        return valueType(type).hiveName();
    }

    @Override
    public String getCastTypeName(Size columnSize, SqlExpressible type, DdlTypeRegistry ddlTypeRegistry)
    {
        return valueType(type.getJdbcMapping()).trinoName();
    }

    /** Without the attribute's type only the bare name is known: what schema tools compare, never a whole type. */
    @Override
    public String getTypeName(Long size, Integer precision, Integer scale)
    {
        return rawTypeName;
    }

    @Override
    public String getCastTypeName(JdbcType jdbcType, JavaType<?> javaType)
    {
        return rawTypeName;
    }

    @Override
    public String getCastTypeName(JdbcType jdbcType, JavaType<?> javaType, Long length, Integer precision, Integer scale)
    {
        return rawTypeName;
    }

    private ValueType valueType(Object type)
    {
        if (type instanceof CustomType<?> custom && custom.getUserType() instanceof ComplexUserType<?> complex) {
            return complex.valueType();
        }
        throw new IllegalStateException("Type code " + sqlTypeCode + " (" + rawTypeName + ") is used only by athena4j's "
                + "@AthenaArray, @AthenaMap and @AthenaStruct attributes, not by " + type);
    }
}
