package io.athena4j.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The athena4j JDBC driver for URLs {@code jdbc:athena://Key=Value;...}, with the parameter names of the official Athena
 * JDBC 3.x driver (see {@code docs/driver.md}). Registered with {@link DriverManager} through the service loader and when
 * this class is loaded.
 */
public final class AthenaDriver
        implements Driver
{
    static final int MAJOR_VERSION = 0;
    static final int MINOR_VERSION = 1;
    static final String NAME = "athena4j";

    static {
        try {
            DriverManager.registerDriver(new AthenaDriver());
        }
        catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Connects, or returns null for a URL of another driver, as the JDBC contract asks. Nothing goes over the network:
     * the first query does.
     */
    @Override
    public Connection connect(String url, Properties info)
            throws SQLException
    {
        if (!acceptsURL(url)) {
            return null;
        }
        return new AthenaConnection(ConnectionConfig.parse(url, info));
    }

    @Override
    public boolean acceptsURL(String url)
    {
        return ConnectionConfig.acceptsUrl(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info)
    {
        ConnectionProperty[] properties = ConnectionProperty.values();
        DriverPropertyInfo[] result = new DriverPropertyInfo[properties.length];
        for (int i = 0; i < properties.length; i++) {
            ConnectionProperty property = properties[i];
            DriverPropertyInfo propertyInfo = new DriverPropertyInfo(property.key(), property.isSecret() || info == null ? null : info.getProperty(property.key()));
            propertyInfo.description = property.description();
            propertyInfo.required = false;
            result[i] = propertyInfo;
        }
        return result;
    }

    @Override
    public int getMajorVersion()
    {
        return MAJOR_VERSION;
    }

    @Override
    public int getMinorVersion()
    {
        return MINOR_VERSION;
    }

    /** Not fully JDBC compliant: Athena has no transactions and results are read-only and forward-only. */
    @Override
    public boolean jdbcCompliant()
    {
        return false;
    }

    @Override
    public Logger getParentLogger()
            throws SQLFeatureNotSupportedException
    {
        throw new SQLFeatureNotSupportedException("athena4j logs through SLF4J (logger io.athena4j.jdbc)", "HYC00");
    }
}
