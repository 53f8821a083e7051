package io.athena4j.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.event.spi.PreUpsertEvent;
import org.hibernate.event.spi.PreUpsertEventListener;
import org.hibernate.integrator.spi.Integrator;

/**
 * Refuses entity deletes, updates and upserts on Hive tables before any SQL is sent, naming the entity and the fix.
 * {@link AthenaMappingValidator} already requires Hive entities to be {@code @Immutable}, but Hibernate still deletes
 * immutable entities ({@code remove}, {@code StatelessSession.delete}) and reports upserts of them only as an
 * {@code IllegalStateException}; Athena would answer the first with {@code NOT_SUPPORTED} after a round trip.
 * Registered as a service; it does nothing unless the dialect is {@link AthenaDialect}.
 */
public class HiveWriteGuard
        implements Integrator, PreDeleteEventListener, PreUpdateEventListener, PreUpsertEventListener
{
    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory)
    {
        if (!(sessionFactory.getJdbcServices().getDialect() instanceof AthenaDialect)) {
            return;
        }
        EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
        listeners.appendListeners(EventType.PRE_DELETE, this);
        listeners.appendListeners(EventType.PRE_UPDATE, this);
        listeners.appendListeners(EventType.PRE_UPSERT, this);
    }

    @Override
    public boolean onPreDelete(PreDeleteEvent event)
    {
        if (HiveTables.isHive(event.getPersister(), event.getFactory())) {
            throw HiveTables.refusal(event.getPersister().getEntityName(), "DELETE");
        }
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event)
    {
        if (HiveTables.isHive(event.getPersister(), event.getFactory())) {
            throw HiveTables.refusal(event.getPersister().getEntityName(), "UPDATE");
        }
        return false;
    }

    @Override
    public boolean onPreUpsert(PreUpsertEvent event)
    {
        if (HiveTables.isHive(event.getPersister(), event.getFactory())) {
            throw HiveTables.refusal(event.getPersister().getEntityName(), "an upsert (MERGE)");
        }
        return false;
    }
}
