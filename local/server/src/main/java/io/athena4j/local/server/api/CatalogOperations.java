package io.athena4j.local.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.athena4j.local.server.AthenaServiceException;
import io.athena4j.local.server.catalog.CatalogColumn;
import io.athena4j.local.server.catalog.CatalogService;
import io.athena4j.local.server.catalog.TableDescription;
import io.athena4j.local.server.catalog.TableNamePattern;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * Athena's catalog operations: ListDataCatalogs, GetDataCatalog, ListDatabases, GetDatabase, ListTableMetadata and
 * GetTableMetadata, over the one catalog {@code AwsDataCatalog}.
 *
 * <p>Lists are sorted by name and paged by name: a NextToken names the first entry of the next page, so tables created
 * or dropped between two calls neither repeat nor skip entries, and a NextToken is sent only when another entry
 * follows, never with an empty last page (JDBC 3.2.2 and older loop forever on one).
 */
final class CatalogOperations
{
    private static final int MAX_LIST_RESULTS = 50;
    private static final int MIN_DATA_CATALOG_RESULTS = 2;
    private static final String TOKEN_PREFIX = "a4j-name-";

    private final CatalogService catalog;

    CatalogOperations(CatalogService catalog)
    {
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    Map<String, AthenaOperations.Operation> operations()
    {
        return Map.of(
                "ListDataCatalogs", this::listDataCatalogs,
                "GetDataCatalog", this::getDataCatalog,
                "ListDatabases", this::listDatabases,
                "GetDatabase", this::getDatabase,
                "ListTableMetadata", this::listTableMetadata,
                "GetTableMetadata", this::getTableMetadata);
    }

    private void listDataCatalogs(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        maxResults(request, MIN_DATA_CATALOG_RESULTS);
        // Only validated: the one catalog always fits on the first page, so no token of ours ever points further.
        request.string("NextToken").ifPresent(CatalogOperations::decodeToken);
        response.writeStartObject();
        response.writeArrayFieldStart("DataCatalogsSummary");
        response.writeStartObject();
        response.writeStringField("CatalogName", CatalogService.DATA_CATALOG);
        response.writeStringField("Type", CatalogService.DATA_CATALOG_TYPE);
        response.writeEndObject();
        response.writeEndArray();
        response.writeEndObject();
    }

    private void getDataCatalog(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        catalog.requireCatalog(request.requiredString("Name", "name"));
        response.writeStartObject();
        response.writeObjectFieldStart("DataCatalog");
        response.writeStringField("Name", CatalogService.DATA_CATALOG);
        response.writeStringField("Type", CatalogService.DATA_CATALOG_TYPE);
        response.writeObjectFieldStart("Parameters");
        response.writeEndObject();
        response.writeEndObject();
        response.writeEndObject();
    }

    private void listDatabases(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        catalog.requireCatalog(request.requiredString("CatalogName", "catalogName"));
        int maxResults = maxResults(request, 1);
        Page page = page(catalog.databases(), request.string("NextToken"), maxResults);
        response.writeStartObject();
        response.writeArrayFieldStart("DatabaseList");
        for (String database : page.names()) {
            writeDatabase(database, response);
        }
        response.writeEndArray();
        writeNextToken(page, response);
        response.writeEndObject();
    }

    private void getDatabase(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        catalog.requireCatalog(request.requiredString("CatalogName", "catalogName"));
        String database = catalog.requireDatabase(request.requiredString("DatabaseName", "databaseName"));
        response.writeStartObject();
        response.writeFieldName("Database");
        writeDatabase(database, response);
        response.writeEndObject();
    }

    private void listTableMetadata(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        catalog.requireCatalog(request.requiredString("CatalogName", "catalogName"));
        String database = request.requiredString("DatabaseName", "databaseName");
        Optional<String> expression = request.string("Expression");
        if (expression.isPresent() && expression.get().length() > 256) {
            throw AthenaServiceException.validation("expression", "Member must have length less than or equal to 256");
        }
        int maxResults = maxResults(request, 1);
        Predicate<String> filter = expression.filter(value -> !value.isEmpty()).map(TableNamePattern::parse).<Predicate<String>>map(pattern -> pattern::matches).orElse(_ -> true);
        Page page = page(catalog.tableNames(database, filter), request.string("NextToken"), maxResults);
        List<TableDescription> tables = catalog.describe(database.toLowerCase(Locale.ROOT), page.names());
        response.writeStartObject();
        response.writeArrayFieldStart("TableMetadataList");
        for (TableDescription table : tables) {
            writeTable(table, response);
        }
        response.writeEndArray();
        writeNextToken(page, response);
        response.writeEndObject();
    }

    private void getTableMetadata(JsonRequest request, JsonGenerator response)
            throws IOException
    {
        catalog.requireCatalog(request.requiredString("CatalogName", "catalogName"));
        String database = request.requiredString("DatabaseName", "databaseName");
        String table = request.requiredString("TableName", "tableName");
        response.writeStartObject();
        response.writeFieldName("TableMetadata");
        writeTable(catalog.table(database, table), response);
        response.writeEndObject();
    }

    private static int maxResults(JsonRequest request, int minimum)
    {
        int maxResults = request.integer("MaxResults").orElse(MAX_LIST_RESULTS);
        if (maxResults < minimum) {
            throw AthenaServiceException.validation("maxResults", "Member must have value greater than or equal to " + minimum);
        }
        if (maxResults > MAX_LIST_RESULTS) {
            throw AthenaServiceException.validation("maxResults", "Member must have value less than or equal to " + MAX_LIST_RESULTS);
        }
        return maxResults;
    }

    private static Page page(List<String> sortedNames, Optional<String> nextToken, int maxResults)
    {
        int from = 0;
        if (nextToken.isPresent()) {
            String first = decodeToken(nextToken.get());
            while (from < sortedNames.size() && sortedNames.get(from).compareTo(first) < 0) {
                from++;
            }
        }
        int to = Math.min(sortedNames.size(), from + maxResults);
        return new Page(sortedNames.subList(from, to), to < sortedNames.size() ? Optional.of(sortedNames.get(to)) : Optional.empty());
    }

    private static void writeNextToken(Page page, JsonGenerator response)
            throws IOException
    {
        if (page.next().isPresent()) {
            response.writeStringField("NextToken", TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(page.next().get().getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static String decodeToken(String token)
    {
        if (token.startsWith(TOKEN_PREFIX)) {
            try {
                return new String(Base64.getUrlDecoder().decode(token.substring(TOKEN_PREFIX.length())), StandardCharsets.UTF_8);
            }
            catch (IllegalArgumentException e) {
                // reported below like any other foreign token
            }
        }
        throw AthenaServiceException.invalidRequest("INVALID_INPUT", "Malformed nextPageToken " + token);
    }

    private static void writeDatabase(String name, JsonGenerator out)
            throws IOException
    {
        out.writeStartObject();
        out.writeStringField("Name", name);
        out.writeObjectFieldStart("Parameters");
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void writeTable(TableDescription table, JsonGenerator out)
            throws IOException
    {
        out.writeStartObject();
        out.writeArrayFieldStart("Columns");
        for (CatalogColumn column : table.columns()) {
            writeColumn(column, out);
        }
        out.writeEndArray();
        writeEpochSeconds(out, "CreateTime", table.createTime());
        writeEpochSeconds(out, "LastAccessTime", table.lastAccessTime());
        out.writeStringField("Name", table.name());
        out.writeObjectFieldStart("Parameters");
        for (Map.Entry<String, String> parameter : table.parameters().entrySet()) {
            out.writeStringField(parameter.getKey(), parameter.getValue());
        }
        out.writeEndObject();
        out.writeArrayFieldStart("PartitionKeys");
        for (CatalogColumn column : table.partitionKeys()) {
            writeColumn(column, out);
        }
        out.writeEndArray();
        out.writeStringField("TableType", table.tableType());
        out.writeEndObject();
    }

    private static void writeColumn(CatalogColumn column, JsonGenerator out)
            throws IOException
    {
        out.writeStartObject();
        if (column.comment().isPresent()) {
            out.writeStringField("Comment", column.comment().get());
        }
        out.writeStringField("Name", column.name());
        out.writeStringField("Type", column.type());
        out.writeEndObject();
    }

    private static void writeEpochSeconds(JsonGenerator out, String field, Instant instant)
            throws IOException
    {
        out.writeNumberField(field, instant.toEpochMilli() / 1000.0);
    }

    private record Page(List<String> names, Optional<String> next) {}
}
