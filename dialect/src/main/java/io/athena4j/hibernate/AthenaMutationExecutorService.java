package io.athena4j.hibernate;

import org.hibernate.engine.jdbc.mutation.MutationExecutor;
import org.hibernate.engine.jdbc.mutation.internal.StandardMutationExecutorService;
import org.hibernate.engine.jdbc.mutation.spi.BatchKeyAccess;
import org.hibernate.engine.jdbc.mutation.spi.MutationExecutorService;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.sql.model.MutationOperationGroup;

/**
 * Hibernate's mutation executors with the batch size Hibernate itself resolved for the session factory.
 * <p>
 * Hibernate 7.4's {@link StandardMutationExecutorService} reads {@code hibernate.jdbc.batch_size} from the raw
 * settings with a default of 1, so a dialect's {@link org.hibernate.dialect.Dialect#getDefaultStatementBatchSize()}
 * never reaches entity inserts (observed: {@link AthenaDialect}'s default gave one Athena query per persisted row).
 * This service, found by Hibernate through {@code META-INF/services}, uses
 * {@code SessionFactoryOptions.getJdbcBatchSize()} instead — the setting when present, else the dialect's default —
 * and the session's own batch size when one is set. For dialects other than Athena's the default stays 1, as before.
 */
public final class AthenaMutationExecutorService
        implements MutationExecutorService
{
    @Override
    public MutationExecutor createExecutor(BatchKeyAccess batchKeyAccess, MutationOperationGroup operationGroup, SharedSessionContractImplementor session)
    {
        int factoryBatchSize = session.getFactory().getSessionFactoryOptions().getJdbcBatchSize();
        return new StandardMutationExecutorService(factoryBatchSize).createExecutor(batchKeyAccess, operationGroup, session);
    }
}
