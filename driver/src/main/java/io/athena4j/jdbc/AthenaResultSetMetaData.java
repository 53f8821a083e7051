package io.athena4j.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * Column metadata from Athena's ColumnInfo. Athena reports only base type names for composite types ({@code array}, not
 * {@code array(integer)}), every column as of unknown nullability, and no table or schema of origin.
 */
final class AthenaResultSetMetaData
        implements ResultSetMetaData
{
    private final List<String> labels;
    private final List<AthenaType> types;

    AthenaResultSetMetaData(List<String> labels, List<AthenaType> types)
    {
        this.labels = List.copyOf(labels);
        this.types = List.copyOf(types);
    }

    private AthenaType type(int column)
            throws SQLException
    {
        if (column < 1 || column > types.size()) {
            throw new SQLException("Column index " + column + " is out of range: the result has " + types.size() + " columns", "07009");
        }
        return types.get(column - 1);
    }

    @Override
    public int getColumnCount()
    {
        return types.size();
    }

    @Override
    public boolean isAutoIncrement(int column)
            throws SQLException
    {
        type(column);
        return false;
    }

    @Override
    public boolean isCaseSensitive(int column)
            throws SQLException
    {
        return type(column).isCaseSensitive();
    }

    @Override
    public boolean isSearchable(int column)
            throws SQLException
    {
        type(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column)
            throws SQLException
    {
        type(column);
        return false;
    }

    @Override
    public int isNullable(int column)
            throws SQLException
    {
        type(column);
        return columnNullableUnknown;
    }

    @Override
    public boolean isSigned(int column)
            throws SQLException
    {
        return type(column).isSigned();
    }

    @Override
    public int getColumnDisplaySize(int column)
            throws SQLException
    {
        return type(column).displaySize();
    }

    @Override
    public String getColumnLabel(int column)
            throws SQLException
    {
        type(column);
        return labels.get(column - 1);
    }

    @Override
    public String getColumnName(int column)
            throws SQLException
    {
        return getColumnLabel(column);
    }

    @Override
    public String getSchemaName(int column)
            throws SQLException
    {
        type(column);
        return "";
    }

    @Override
    public int getPrecision(int column)
            throws SQLException
    {
        return type(column).precision();
    }

    @Override
    public int getScale(int column)
            throws SQLException
    {
        return type(column).scale();
    }

    @Override
    public String getTableName(int column)
            throws SQLException
    {
        type(column);
        return "";
    }

    @Override
    public String getCatalogName(int column)
            throws SQLException
    {
        type(column);
        return "";
    }

    @Override
    public int getColumnType(int column)
            throws SQLException
    {
        return type(column).jdbcType();
    }

    @Override
    public String getColumnTypeName(int column)
            throws SQLException
    {
        return type(column).typeName();
    }

    @Override
    public boolean isReadOnly(int column)
            throws SQLException
    {
        type(column);
        return true;
    }

    @Override
    public boolean isWritable(int column)
            throws SQLException
    {
        type(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column)
            throws SQLException
    {
        type(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column)
            throws SQLException
    {
        return type(column).javaClassName();
    }

    @Override
    public <T> T unwrap(Class<T> type)
            throws SQLException
    {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName(), "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> type)
    {
        return type.isInstance(this);
    }
}
