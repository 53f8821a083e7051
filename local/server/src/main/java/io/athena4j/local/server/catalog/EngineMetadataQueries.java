package io.athena4j.local.server.catalog;

import io.athena4j.local.server.engine.TrinoEngine;
import io.athena4j.local.server.result.AthenaValueRenderer;
import io.trino.client.direct.DirectTrinoClient;
import io.trino.execution.QueryInfo;
import io.trino.execution.QueryState;
import io.trino.spi.Page;
import io.trino.spi.type.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Runs the small metadata queries behind the catalog APIs on the engine and returns their rows as text, so the catalog
 * sees exactly the databases, tables, views and columns that queries see, Iceberg tables redirected from the Hive
 * catalog included.
 */
final class EngineMetadataQueries
{
    private final TrinoEngine engine;

    EngineMetadataQueries(TrinoEngine engine)
    {
        this.engine = requireNonNull(engine, "engine is null");
    }

    /**
     * Runs a query in Athena's catalog and returns its rows, each value rendered as Athena text or null.
     *
     * @throws IllegalStateException if the query fails: these queries are generated and must not
     */
    List<List<String>> query(String sql)
    {
        RowCollector collector = new RowCollector();
        QueryInfo info = engine.execute(sql, TrinoEngine.ATHENA_CATALOG, null, "athena4j-catalog-" + UUID.randomUUID(), collector);
        if (info.getState() != QueryState.FINISHED) {
            String failure = info.getFailureInfo() == null ? info.getState().toString() : info.getFailureInfo().message();
            throw new IllegalStateException("Catalog query failed: " + failure + "; query: " + sql);
        }
        return collector.rows();
    }

    /** A SQL string literal: single quotes doubled. */
    static String literal(String value)
    {
        return "'" + value.replace("'", "''") + "'";
    }

    private static final class RowCollector
            implements DirectTrinoClient.QueryResultsListener
    {
        private final List<List<String>> rows = Collections.synchronizedList(new ArrayList<>());
        private volatile AthenaValueRenderer[] renderers;

        @Override
        public synchronized void setOutputColumns(List<String> columnNames, List<Type> columnTypes)
        {
            if (renderers == null) {
                renderers = columnTypes.stream().map(AthenaValueRenderer::forType).toArray(AthenaValueRenderer[]::new);
            }
        }

        @Override
        public void consumeOutputPage(Page page)
        {
            AthenaValueRenderer[] columnRenderers = renderers;
            for (int position = 0; position < page.getPositionCount(); position++) {
                List<String> row = new ArrayList<>(columnRenderers.length);
                for (int channel = 0; channel < columnRenderers.length; channel++) {
                    row.add(columnRenderers[channel].render(page.getBlock(channel), position));
                }
                rows.add(row);
            }
        }

        List<List<String>> rows()
        {
            synchronized (rows) {
                return List.copyOf(rows.stream().map(Collections::unmodifiableList).toList());
            }
        }
    }
}
