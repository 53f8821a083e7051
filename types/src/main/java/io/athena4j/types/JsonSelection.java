package io.athena4j.types;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.JdbcMappingContainer;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.sql.ast.tree.expression.SelfRenderingExpression;

/**
 * The top-level select item of a complex column, read as {@code cast(<column> as json)}: Athena's text rendering of
 * arrays, maps and rows is ambiguous, its JSON is not. Shared by the user types' and the {@code @Struct} JDBC types.
 */
final class JsonSelection
{
    private JsonSelection() {}

    static Expression castAsJson(Expression expression)
    {
        return new SelfRenderingExpression()
        {
            @Override
            public void renderToSql(SqlAppender appender, SqlAstTranslator<?> walker, SessionFactoryImplementor sessionFactory)
            {
                appender.append("cast(");
                expression.accept(walker);
                appender.append(" as json)");
            }

            @Override
            public JdbcMappingContainer getExpressionType()
            {
                return expression.getExpressionType();
            }
        };
    }
}
