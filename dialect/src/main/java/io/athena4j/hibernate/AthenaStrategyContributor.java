package io.athena4j.hibernate;

import org.hibernate.boot.registry.selector.spi.NamedStrategyContributions;
import org.hibernate.boot.registry.selector.spi.NamedStrategyContributor;
import org.hibernate.dialect.Dialect;

/**
 * Registers the short name {@value #SHORT_NAME} for {@link AthenaDialect}: {@code hibernate.dialect=Athena},
 * {@code spring.jpa.database-platform=Athena}.
 */
public class AthenaStrategyContributor
        implements NamedStrategyContributor
{
    public static final String SHORT_NAME = "Athena";

    @Override
    public void contributeStrategyImplementations(NamedStrategyContributions contributions)
    {
        contributions.contributeStrategyImplementor(Dialect.class, AthenaDialect.class, SHORT_NAME, AthenaDialect.class.getName());
    }

    @Override
    public void clearStrategyImplementations(NamedStrategyContributions contributions)
    {
        contributions.removeStrategyImplementor(Dialect.class, AthenaDialect.class);
    }
}
