package io.athena4j.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Exportable;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.tool.schema.spi.Exporter;

/**
 * The exporter for what Athena does not have: indexes, foreign keys and unique keys. Athena rejects their DDL, and
 * the mapping still wants them for Hibernate's own use (e.g. {@code @OneToMany} join columns), so nothing is emitted.
 */
final class NoDdl<T extends Exportable>
        implements Exporter<T>
{
    private static final NoDdl<?> INSTANCE = new NoDdl<>();

    private NoDdl() {}

    @SuppressWarnings("unchecked")
    static <T extends Exportable> Exporter<T> instance()
    {
        return (Exporter<T>) INSTANCE;
    }

    @Override
    public String[] getSqlCreateStrings(T exportable, Metadata metadata, SqlStringGenerationContext context)
    {
        return NO_COMMANDS;
    }

    @Override
    public String[] getSqlDropStrings(T exportable, Metadata metadata, SqlStringGenerationContext context)
    {
        return NO_COMMANDS;
    }
}
