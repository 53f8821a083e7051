package io.athena4j.hibernate;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every SQL string Hibernate prepares, so tests can parse each with Trino's parser. */
final class RecordingInspector
        implements StatementInspector
{
    final List<String> statements = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql)
    {
        statements.add(sql);
        return sql;
    }
}
