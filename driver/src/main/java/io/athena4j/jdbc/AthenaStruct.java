package io.athena4j.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.sql.Struct;
import java.util.Map;

/**
 * A {@link Struct} made by {@code Connection.createStruct(typeName, attributes)} to be bound as a parameter.
 * {@link AthenaLiteral} renders it as {@code CAST(ROW(v1, v2) AS <typeName>)}, so the type name is the Trino row type,
 * e.g. {@code row(a integer, b varchar)}: Athena rows have no named SQL types to refer to.
 */
final class AthenaStruct
        implements Struct
{
    private final String typeName;
    private final Object[] attributes;

    /**
     * @param typeName a Trino row type such as {@code row(a integer, b varchar)}, checked here so a bad name fails at
     *         {@code createStruct}, not at execution
     */
    AthenaStruct(String typeName, Object[] attributes)
            throws SQLException
    {
        this.typeName = TrinoTypeName.check(requireNonNull(typeName, "typeName is null"));
        this.attributes = requireNonNull(attributes, "attributes is null").clone();
    }

    @Override
    public String getSQLTypeName()
    {
        return typeName;
    }

    @Override
    public Object[] getAttributes()
    {
        return attributes.clone();
    }

    @Override
    public Object[] getAttributes(Map<String, Class<?>> map)
    {
        return getAttributes();
    }

    @Override
    public String toString()
    {
        return "AthenaStruct[" + typeName + ", " + attributes.length + " attributes]";
    }
}
