package io.athena4j.types;

import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JdbcType;

import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Struct;

/**
 * Binds and reads Athena arrays, maps and rows for the complex user types.
 *
 * <p>Reading: the top-level select item is rendered as {@code cast(<col> as json)}
 * ({@link #wrapTopLevelSelectionExpression}), so the value arrives as exact JSON text instead of Athena's ambiguous
 * {@code [a, b]} / {@code {k=v}} rendering; the attribute's converter decodes it against the mapped Java type. WHERE
 * clauses and other positions keep the plain column.
 *
 * <p>Writing: {@code setArray} with a {@code createArrayOf} array, {@code setObject} with a {@code createStruct}
 * struct or a {@code Map}, all standard JDBC.
 */
final class ComplexJdbcType
        implements JdbcType
{
    private final int sqlTypeCode;
    private final int jdbcTypeCode;
    private final String friendlyName;

    /**
     * @param sqlTypeCode the vendor code in {@link AthenaSqlTypes}, under which DDL names are registered
     * @param jdbcTypeCode the {@link java.sql.Types} code used to bind NULL
     */
    ComplexJdbcType(int sqlTypeCode, int jdbcTypeCode, String friendlyName)
    {
        this.sqlTypeCode = sqlTypeCode;
        this.jdbcTypeCode = jdbcTypeCode;
        this.friendlyName = friendlyName;
    }

    @Override
    public int getJdbcTypeCode()
    {
        return jdbcTypeCode;
    }

    @Override
    public int getDefaultSqlTypeCode()
    {
        return sqlTypeCode;
    }

    @Override
    public String getFriendlyName()
    {
        return friendlyName;
    }

    @Override
    public Expression wrapTopLevelSelectionExpression(Expression expression)
    {
        return JsonSelection.castAsJson(expression);
    }

    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType)
    {
        return new BasicBinder<>(javaType, this)
        {
            @Override
            protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options)
                    throws SQLException
            {
                Object jdbcValue = toJdbc(st, value);
                if (jdbcValue instanceof Array array) {
                    st.setArray(index, array);
                }
                else {
                    st.setObject(index, jdbcValue);
                }
            }

            @Override
            protected void doBind(CallableStatement st, X value, String name, WrapperOptions options)
                    throws SQLException
            {
                st.setObject(name, toJdbc(st, value));
            }
        };
    }

    private Object toJdbc(PreparedStatement st, Object value)
            throws SQLException
    {
        if (!(value instanceof ComplexJdbcValue.Typed typed)) {
            throw new IllegalStateException(friendlyName + " values are bound through the athena4j complex types' converter, not as "
                    + value.getClass().getName());
        }
        Object jdbcValue = typed.type().toJdbc(st.getConnection(), typed.value(), typed.attribute());
        if (!(jdbcValue instanceof Array || jdbcValue instanceof Struct || jdbcValue instanceof java.util.Map)) {
            throw new IllegalStateException("not a complex JDBC value: " + jdbcValue);
        }
        return jdbcValue;
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType)
    {
        return new BasicExtractor<>(javaType, this)
        {
            @Override
            protected X doExtract(ResultSet rs, int paramIndex, WrapperOptions options)
                    throws SQLException
            {
                return json(rs.getString(paramIndex), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, int index, WrapperOptions options)
                    throws SQLException
            {
                return json(statement.getString(index), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
                    throws SQLException
            {
                return json(statement.getString(name), options);
            }

            private X json(String text, WrapperOptions options)
            {
                return text == null ? null : getJavaType().wrap(new ComplexJdbcValue.Json(text), options);
            }
        };
    }

    @Override
    public String toString()
    {
        return "ComplexJdbcType(" + friendlyName + ")";
    }
}
