package io.athena4j.local.server.hive;

import io.athena4j.local.server.engine.TrinoEngine;
import io.athena4j.local.server.query.AthenaError;
import io.trino.client.direct.DirectTrinoClient;
import io.trino.execution.ExecutionFailureInfo;
import io.trino.execution.QueryInfo;
import io.trino.spi.Page;
import io.trino.spi.block.Block;
import io.trino.spi.type.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.trino.execution.QueryState.FINISHED;
import static java.util.Objects.requireNonNull;

/**
 * A {@link HiveSession} on the embedded Trino. Every statement carries the query execution's id as its trace token,
 * so StopQueryExecution cancels whichever statement is running.
 */
public final class TrinoHiveSession
        implements HiveSession
{
    private final TrinoEngine engine;
    private final String traceToken;

    public TrinoHiveSession(TrinoEngine engine, String traceToken)
    {
        this.engine = requireNonNull(engine, "engine is null");
        this.traceToken = requireNonNull(traceToken, "traceToken is null");
    }

    @Override
    public void execute(String trinoSql)
    {
        query(trinoSql);
    }

    @Override
    public List<List<Object>> query(String trinoSql)
    {
        requireNonNull(trinoSql, "trinoSql is null");
        CollectingListener listener = new CollectingListener();
        QueryInfo info = engine.execute(trinoSql, TrinoEngine.ATHENA_CATALOG, TrinoEngine.DEFAULT_DATABASE, traceToken, listener);
        if (info.getState() != FINISHED) {
            ExecutionFailureInfo failure = info.getFailureInfo();
            if (failure == null || info.getErrorCode() == null) {
                throw new HiveDdlException(AthenaError.internal("Statement ended " + info.getState() + " without failure info: " + trinoSql));
            }
            throw new HiveDdlException(AthenaError.fromTrino(info.getErrorCode(), failure.message() == null ? failure.type() : failure.message()));
        }
        return listener.rows();
    }

    private static final class CollectingListener
            implements DirectTrinoClient.QueryResultsListener
    {
        private volatile List<Type> types;
        private final List<List<Object>> rows = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void setOutputColumns(List<String> columnNames, List<Type> columnTypes)
        {
            if (types == null) {
                types = List.copyOf(columnTypes);
            }
        }

        @Override
        public void consumeOutputPage(Page page)
        {
            List<Type> columnTypes = types;
            for (int position = 0; position < page.getPositionCount(); position++) {
                List<Object> row = new ArrayList<>(columnTypes.size());
                for (int channel = 0; channel < columnTypes.size(); channel++) {
                    Block block = page.getBlock(channel);
                    row.add(block.isNull(position) ? null : columnTypes.get(channel).getObjectValue(block, position));
                }
                rows.add(Collections.unmodifiableList(row));
            }
        }

        List<List<Object>> rows()
        {
            synchronized (rows) {
                return List.copyOf(rows);
            }
        }
    }
}
