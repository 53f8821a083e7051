package io.athena4j.hibernate;

import org.hibernate.dialect.aggregate.AggregateSupportImpl;
import org.hibernate.mapping.AggregateColumn;
import org.hibernate.mapping.Column;
import org.hibernate.metamodel.mapping.SqlTypedMapping;
import org.hibernate.type.spi.TypeConfiguration;

import java.util.List;

/**
 * Field access into Athena structs for Hibernate's {@code @Struct} aggregate embeddables: HQL {@code c.profile.address}
 * reads {@code c1_0.profile.address}, Trino's row field dereference. A struct is always written whole (Trino cannot
 * assign one field of a row), so no custom write expression is needed.
 */
final class AthenaAggregateSupport
        extends AggregateSupportImpl
{
    static final AthenaAggregateSupport INSTANCE = new AthenaAggregateSupport();

    private AthenaAggregateSupport() {}

    @Override
    public String aggregateComponentCustomReadExpression(String template, String placeholder, String aggregateParentReadExpression,
            String columnExpression, int aggregateColumnTypeCode, SqlTypedMapping column, TypeConfiguration typeConfiguration)
    {
        return template.replace(placeholder, aggregateParentReadExpression + "." + columnExpression);
    }

    @Override
    public String aggregateComponentAssignmentExpression(String aggregateParentAssignmentExpression, String columnExpression,
            int aggregateColumnTypeCode, Column column)
    {
        return aggregateParentAssignmentExpression + "." + columnExpression;
    }

    @Override
    public String aggregateCustomWriteExpression(AggregateColumn aggregateColumn, List<Column> aggregatedColumns)
    {
        return null;
    }

    @Override
    public boolean requiresAggregateCustomWriteExpressionRenderer(int aggregateSqlTypeCode)
    {
        return false;
    }

    @Override
    public boolean supportsComponentCheckConstraints()
    {
        return false;
    }
}
