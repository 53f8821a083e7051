package io.athena4j.hibernate;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Picks {@link AthenaDialect} when the JDBC driver reports the product name {@value #PRODUCT_NAME}, as athena4j's
 * driver and AWS's own Athena JDBC driver do. Found by Hibernate through {@code META-INF/services}; no setting needed.
 */
public class AthenaDialectResolver
        implements DialectResolver
{
    /** {@code DatabaseMetaData.getDatabaseProductName()} of Athena's JDBC drivers. */
    public static final String PRODUCT_NAME = "Amazon Athena";

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info)
    {
        return PRODUCT_NAME.equalsIgnoreCase(info.getDatabaseName()) ? new AthenaDialect(info) : null;
    }
}
