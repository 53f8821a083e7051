package io.athena4j.local.server.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Athena's {@code TableMetadata}: what GetTableMetadata and ListTableMetadata return for one table or view.
 *
 * @param tableType {@code EXTERNAL_TABLE} or {@code VIRTUAL_VIEW}
 * @param columns the data columns, partition keys excluded
 * @param parameters Glue's table parameters, sorted by key
 */
public record TableDescription(
        String name,
        Instant createTime,
        Instant lastAccessTime,
        String tableType,
        List<CatalogColumn> columns,
        List<CatalogColumn> partitionKeys,
        Map<String, String> parameters)
{
    public static final String EXTERNAL_TABLE = "EXTERNAL_TABLE";
    public static final String VIRTUAL_VIEW = "VIRTUAL_VIEW";

    public TableDescription
    {
        requireNonNull(name, "name is null");
        requireNonNull(createTime, "createTime is null");
        requireNonNull(lastAccessTime, "lastAccessTime is null");
        requireNonNull(tableType, "tableType is null");
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        partitionKeys = List.copyOf(requireNonNull(partitionKeys, "partitionKeys is null"));
        parameters = requireNonNull(parameters, "parameters is null");
    }
}
