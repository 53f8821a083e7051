package io.athena4j.hibernate;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.EntityMappingType;
import org.hibernate.sql.ast.spi.SqlAstTranslatorWithMerge;
import org.hibernate.sql.ast.tree.Statement;
import org.hibernate.sql.ast.tree.delete.DeleteStatement;
import org.hibernate.sql.ast.tree.from.NamedTableReference;
import org.hibernate.sql.ast.tree.insert.ConflictClause;
import org.hibernate.sql.ast.tree.insert.InsertSelectStatement;
import org.hibernate.sql.ast.tree.update.UpdateStatement;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.query.IllegalQueryOperationException;

/**
 * Renders Hibernate's SQL AST as Trino SQL where the standard rendering is not Trino's:
 * <ul>
 * <li>HQL {@code insert … on conflict (…) do update / do nothing} becomes {@code MERGE INTO … USING (VALUES …)}:
 * Trino has no {@code ON CONFLICT}, and Athena tables have no unique keys a plain insert could trip over, so the
 * conflict columns must be named;
 * <li>entity upserts ({@code StatelessSession.upsert}) become one {@code MERGE} (see
 * {@link AthenaDialect#createOptionalTableUpdateOperation}).
 * </ul>
 * {@code UPDATE}, {@code DELETE} and {@code MERGE} on a Hive table are refused here, naming the entity and the fix,
 * before they reach Athena: Hive tables accept only {@code INSERT}.
 */
public class AthenaSqlAstTranslator<T extends JdbcOperation>
        extends SqlAstTranslatorWithMerge<T>
{
    public AthenaSqlAstTranslator(SessionFactoryImplementor sessionFactory, Statement statement)
    {
        super(sessionFactory, statement);
    }

    @Override
    public void visitUpdateStatement(UpdateStatement statement)
    {
        refuseHiveTarget(statement.getTargetTable(), "UPDATE");
        super.visitUpdateStatement(statement);
    }

    @Override
    public void visitDeleteStatement(DeleteStatement statement)
    {
        refuseHiveTarget(statement.getTargetTable(), "DELETE");
        super.visitDeleteStatement(statement);
    }

    @Override
    protected void visitInsertStatementOnly(InsertSelectStatement statement)
    {
        ConflictClause conflict = statement.getConflictClause();
        if (conflict == null) {
            super.visitInsertStatementOnly(statement);
            return;
        }
        refuseHiveTarget(statement.getTargetTable(), "INSERT … ON CONFLICT (a MERGE)");
        if (conflict.getConstraintColumnNames().isEmpty()) {
            // Other dialects insert and let a unique key fail; Athena has none, so the row would simply be duplicated.
            throw new IllegalQueryOperationException("Athena tables have no unique keys: name the columns that identify a row, e.g. 'on conflict(id) do nothing'");
        }
        visitInsertStatementEmulateMerge(statement);
    }

    private void refuseHiveTarget(NamedTableReference target, String operation)
    {
        EntityMappingType entity = HiveTables.hiveEntityOf(target.getTableExpression(), getSessionFactory());
        if (entity != null) {
            throw HiveTables.refusal(entity.getEntityName(), operation);
        }
    }
}
