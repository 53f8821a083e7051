package io.athena4j.jdbc;

import javax.sql.DataSource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import static java.util.Objects.requireNonNull;

/**
 * A {@link DataSource} for pools and frameworks that configure a data source class rather than a driver: set the URL
 * (and optionally properties, which the URL's parameters override), then {@link #getConnection()}.
 */
public final class AthenaDataSource
        implements DataSource
{
    private volatile String url;
    private volatile Properties properties = new Properties();
    private volatile int loginTimeoutSeconds;

    public AthenaDataSource() {}

    public AthenaDataSource(String url)
    {
        setUrl(url);
    }

    public String getUrl()
    {
        return url;
    }

    public void setUrl(String url)
    {
        this.url = requireNonNull(url, "url is null");
    }

    /** Connection properties with the same names as the URL's parameters; the URL wins where both set one. */
    public void setProperties(Properties properties)
    {
        Properties copy = new Properties();
        copy.putAll(requireNonNull(properties, "properties is null"));
        this.properties = copy;
    }

    @Override
    public Connection getConnection()
            throws SQLException
    {
        return connect(properties);
    }

    /** The user and password are the access key id and secret access key. */
    @Override
    public Connection getConnection(String username, String password)
            throws SQLException
    {
        Properties withKeys = new Properties();
        withKeys.putAll(properties);
        if (username != null) {
            withKeys.setProperty(ConnectionProperty.USER.key(), username);
        }
        if (password != null) {
            withKeys.setProperty(ConnectionProperty.PASSWORD.key(), password);
        }
        return connect(withKeys);
    }

    private Connection connect(Properties info)
            throws SQLException
    {
        if (url == null) {
            throw new SQLException("No URL: call setUrl(\"jdbc:athena://Region=...;OutputLocation=s3://...\") first", "HY024");
        }
        return new AthenaConnection(ConnectionConfig.parse(url, info));
    }

    @Override
    public PrintWriter getLogWriter()
    {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out)
    {
        // athena4j logs through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds)
    {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout()
    {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger()
            throws SQLFeatureNotSupportedException
    {
        throw new SQLFeatureNotSupportedException("athena4j logs through SLF4J (logger io.athena4j.jdbc)", "HYC00");
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

    @Override
    public String toString()
    {
        String current = url;
        return "AthenaDataSource[" + (current == null ? "no URL" : redact(current)) + "]";
    }

    private static String redact(String url)
    {
        try {
            return ConnectionConfig.parse(url, null).redactedUrl();
        }
        catch (SQLException e) {
            return "invalid URL";
        }
    }
}
