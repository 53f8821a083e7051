package io.athena4j.jdbc;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.model.Column;
import software.amazon.awssdk.services.athena.model.DataCatalogSummary;
import software.amazon.awssdk.services.athena.model.Database;
import software.amazon.awssdk.services.athena.model.TableMetadata;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * What tools and Hibernate learn about Athena. Catalog queries ({@link #getTables}, {@link #getColumns}, …) read Athena's
 * catalog APIs (ListDataCatalogs, ListDatabases, ListTableMetadata), not SQL, so they run no paid queries. Athena has no
 * keys, indexes, procedures or user types: those queries return empty results with the standard columns.
 */
final class AthenaDatabaseMetaData
        implements DatabaseMetaData
{
    static final String PRODUCT_NAME = "Amazon Athena";
    static final int ENGINE_VERSION = 3;

    /** Words Athena reserves beyond SQL:2003, from its DDL and SELECT reserved-word lists. */
    private static final String SQL_KEYWORDS = String.join(",",
            "ARRAY", "BINARY", "CONF", "CUBE", "DATABASE", "DAYOFWEEK", "EXCHANGE", "EXTENDED", "FOLLOWING", "FUNCTION", "IMPORT",
            "LATERAL", "LESS", "LIMIT", "MACRO", "MAP", "MORE", "NONE", "OUT", "PARTIALSCAN", "PERCENT", "PRECEDING", "PRESERVE",
            "RANGE", "READS", "REDUCE", "REGEXP", "RLIKE", "ROLLUP", "ROWS", "TABLESAMPLE", "TRANSFORM", "TRUNCATE", "UNBOUNDED",
            "UNIQUEJOIN", "UTC_TIMESTAMP", "VIEWS", "WINDOW", "DEALLOCATE", "DESCRIBE", "EXECUTE", "FIRST", "GROUPING", "LAST",
            "LOCALTIME", "LOCALTIMESTAMP", "NORMALIZE", "PREPARE", "RECURSIVE", "SKIP", "UNESCAPE", "UNNEST", "JSON_ARRAY",
            "JSON_EXISTS", "JSON_OBJECT", "JSON_QUERY", "JSON_VALUE", "LISTAGG", "TRIM");

    private final AthenaConnection connection;

    AthenaDatabaseMetaData(AthenaConnection connection)
    {
        this.connection = requireNonNull(connection, "connection is null");
    }

    @Override
    public String getDatabaseProductName()
    {
        return PRODUCT_NAME;
    }

    @Override
    public String getDatabaseProductVersion()
    {
        return ENGINE_VERSION + ".0.0";
    }

    @Override
    public int getDatabaseMajorVersion()
    {
        return ENGINE_VERSION;
    }

    @Override
    public int getDatabaseMinorVersion()
    {
        return 0;
    }

    @Override
    public String getDriverName()
    {
        return AthenaDriver.NAME;
    }

    @Override
    public String getDriverVersion()
    {
        return AthenaDriver.MAJOR_VERSION + "." + AthenaDriver.MINOR_VERSION;
    }

    @Override
    public int getDriverMajorVersion()
    {
        return AthenaDriver.MAJOR_VERSION;
    }

    @Override
    public int getDriverMinorVersion()
    {
        return AthenaDriver.MINOR_VERSION;
    }

    @Override
    public int getJDBCMajorVersion()
    {
        return 4;
    }

    @Override
    public int getJDBCMinorVersion()
    {
        return 2;
    }

    /** The connection's URL with secrets replaced by {@code ***}. */
    @Override
    public String getURL()
    {
        return connection.config().redactedUrl();
    }

    @Override
    public String getUserName()
    {
        return connection.config().string(ConnectionProperty.USER).orElse("");
    }

    @Override
    public Connection getConnection()
    {
        return connection;
    }

    @Override
    public String getSQLKeywords()
    {
        return SQL_KEYWORDS;
    }

    @Override
    public String getNumericFunctions()
    {
        return "abs,cbrt,ceiling,cos,exp,floor,ln,log10,mod,pi,power,radians,rand,round,sign,sin,sqrt,tan,truncate";
    }

    @Override
    public String getStringFunctions()
    {
        return "chr,concat,length,lower,lpad,ltrim,replace,reverse,rpad,rtrim,split,strpos,substr,trim,upper";
    }

    @Override
    public String getSystemFunctions()
    {
        return "";
    }

    @Override
    public String getTimeDateFunctions()
    {
        return "current_date,current_time,current_timestamp,date_add,date_diff,date_format,date_trunc,day,hour,minute,month,now,quarter,second,week,year";
    }

    @Override
    public String getSearchStringEscape()
    {
        return "\\";
    }

    @Override
    public String getExtraNameCharacters()
    {
        return "";
    }

    @Override
    public String getIdentifierQuoteString()
    {
        return "\"";
    }

    @Override
    public String getCatalogSeparator()
    {
        return ".";
    }

    @Override
    public boolean isCatalogAtStart()
    {
        return true;
    }

    @Override
    public String getCatalogTerm()
    {
        return "catalog";
    }

    @Override
    public String getSchemaTerm()
    {
        return "database";
    }

    @Override
    public String getProcedureTerm()
    {
        return "procedure";
    }

    // Athena lower-cases table and column names, quoted or not.

    @Override
    public boolean storesLowerCaseIdentifiers()
    {
        return true;
    }

    @Override
    public boolean storesLowerCaseQuotedIdentifiers()
    {
        return true;
    }

    @Override
    public boolean storesUpperCaseIdentifiers()
    {
        return false;
    }

    @Override
    public boolean storesMixedCaseIdentifiers()
    {
        return false;
    }

    @Override
    public boolean supportsMixedCaseIdentifiers()
    {
        return false;
    }

    @Override
    public boolean supportsMixedCaseQuotedIdentifiers()
    {
        return false;
    }

    @Override
    public boolean storesUpperCaseQuotedIdentifiers()
    {
        return false;
    }

    @Override
    public boolean storesMixedCaseQuotedIdentifiers()
    {
        return false;
    }

    // Transactions: none.

    @Override
    public boolean supportsTransactions()
    {
        return false;
    }

    @Override
    public int getDefaultTransactionIsolation()
    {
        return Connection.TRANSACTION_NONE;
    }

    @Override
    public boolean supportsTransactionIsolationLevel(int level)
    {
        return level == Connection.TRANSACTION_NONE;
    }

    @Override
    public boolean supportsDataDefinitionAndDataManipulationTransactions()
    {
        return false;
    }

    @Override
    public boolean supportsDataManipulationTransactionsOnly()
    {
        return false;
    }

    @Override
    public boolean dataDefinitionCausesTransactionCommit()
    {
        return true;
    }

    @Override
    public boolean dataDefinitionIgnoredInTransactions()
    {
        return false;
    }

    @Override
    public boolean supportsSavepoints()
    {
        return false;
    }

    @Override
    public boolean supportsMultipleTransactions()
    {
        return true;
    }

    @Override
    public boolean supportsOpenCursorsAcrossCommit()
    {
        return true;
    }

    @Override
    public boolean supportsOpenCursorsAcrossRollback()
    {
        return true;
    }

    @Override
    public boolean supportsOpenStatementsAcrossCommit()
    {
        return true;
    }

    @Override
    public boolean supportsOpenStatementsAcrossRollback()
    {
        return true;
    }

    // Capabilities.

    @Override
    public boolean supportsBatchUpdates()
    {
        return true;
    }

    @Override
    public boolean supportsGetGeneratedKeys()
    {
        return false;
    }

    @Override
    public boolean supportsResultSetType(int type)
    {
        return type == ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public boolean supportsResultSetConcurrency(int type, int concurrency)
    {
        return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public boolean supportsResultSetHoldability(int holdability)
    {
        return holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public int getResultSetHoldability()
    {
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public boolean supportsNamedParameters()
    {
        return false;
    }

    @Override
    public boolean supportsRefCursors()
    {
        return false;
    }

    @Override
    public int getSQLStateType()
    {
        return sqlStateSQL;
    }

    @Override
    public boolean supportsSchemasInDataManipulation()
    {
        return true;
    }

    @Override
    public boolean supportsSchemasInProcedureCalls()
    {
        return false;
    }

    @Override
    public boolean supportsSchemasInTableDefinitions()
    {
        return true;
    }

    @Override
    public boolean supportsSchemasInIndexDefinitions()
    {
        return false;
    }

    @Override
    public boolean supportsSchemasInPrivilegeDefinitions()
    {
        return false;
    }

    @Override
    public boolean supportsCatalogsInDataManipulation()
    {
        return true;
    }

    @Override
    public boolean supportsCatalogsInProcedureCalls()
    {
        return false;
    }

    /** Athena DDL takes two-part names (database.table). */
    @Override
    public boolean supportsCatalogsInTableDefinitions()
    {
        return false;
    }

    @Override
    public boolean supportsCatalogsInIndexDefinitions()
    {
        return false;
    }

    @Override
    public boolean supportsCatalogsInPrivilegeDefinitions()
    {
        return false;
    }

    @Override
    public boolean allProceduresAreCallable()
    {
        return false;
    }

    @Override
    public boolean allTablesAreSelectable()
    {
        return true;
    }

    @Override
    public boolean isReadOnly()
    {
        return false;
    }

    @Override
    public boolean nullsAreSortedHigh()
    {
        return false;
    }

    @Override
    public boolean nullsAreSortedLow()
    {
        return false;
    }

    /** Trino sorts NULLs last in both directions unless told otherwise. */
    @Override
    public boolean nullsAreSortedAtStart()
    {
        return false;
    }

    @Override
    public boolean nullsAreSortedAtEnd()
    {
        return true;
    }

    @Override
    public boolean usesLocalFiles()
    {
        return false;
    }

    @Override
    public boolean usesLocalFilePerTable()
    {
        return false;
    }

    @Override
    public boolean supportsAlterTableWithAddColumn()
    {
        return true;
    }

    @Override
    public boolean supportsAlterTableWithDropColumn()
    {
        return false;
    }

    @Override
    public boolean supportsColumnAliasing()
    {
        return true;
    }

    @Override
    public boolean nullPlusNonNullIsNull()
    {
        return true;
    }

    @Override
    public boolean supportsConvert()
    {
        return false;
    }

    @Override
    public boolean supportsConvert(int fromType, int toType)
    {
        return false;
    }

    @Override
    public boolean supportsTableCorrelationNames()
    {
        return true;
    }

    @Override
    public boolean supportsDifferentTableCorrelationNames()
    {
        return false;
    }

    @Override
    public boolean supportsExpressionsInOrderBy()
    {
        return true;
    }

    @Override
    public boolean supportsOrderByUnrelated()
    {
        return true;
    }

    @Override
    public boolean supportsGroupBy()
    {
        return true;
    }

    @Override
    public boolean supportsGroupByUnrelated()
    {
        return true;
    }

    @Override
    public boolean supportsGroupByBeyondSelect()
    {
        return true;
    }

    @Override
    public boolean supportsLikeEscapeClause()
    {
        return true;
    }

    @Override
    public boolean supportsMultipleOpenResults()
    {
        return false;
    }

    @Override
    public boolean supportsMultipleResultSets()
    {
        return false;
    }

    @Override
    public boolean supportsNonNullableColumns()
    {
        return false;
    }

    @Override
    public boolean supportsMinimumSQLGrammar()
    {
        return true;
    }

    @Override
    public boolean supportsCoreSQLGrammar()
    {
        return true;
    }

    @Override
    public boolean supportsExtendedSQLGrammar()
    {
        return false;
    }

    @Override
    public boolean supportsANSI92EntryLevelSQL()
    {
        return true;
    }

    @Override
    public boolean supportsANSI92IntermediateSQL()
    {
        return false;
    }

    @Override
    public boolean supportsANSI92FullSQL()
    {
        return false;
    }

    @Override
    public boolean supportsIntegrityEnhancementFacility()
    {
        return false;
    }

    @Override
    public boolean supportsOuterJoins()
    {
        return true;
    }

    @Override
    public boolean supportsFullOuterJoins()
    {
        return true;
    }

    @Override
    public boolean supportsLimitedOuterJoins()
    {
        return true;
    }

    @Override
    public boolean supportsPositionedDelete()
    {
        return false;
    }

    @Override
    public boolean supportsPositionedUpdate()
    {
        return false;
    }

    @Override
    public boolean supportsSelectForUpdate()
    {
        return false;
    }

    @Override
    public boolean supportsStoredProcedures()
    {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInComparisons()
    {
        return true;
    }

    @Override
    public boolean supportsSubqueriesInExists()
    {
        return true;
    }

    @Override
    public boolean supportsSubqueriesInIns()
    {
        return true;
    }

    @Override
    public boolean supportsSubqueriesInQuantifieds()
    {
        return true;
    }

    @Override
    public boolean supportsCorrelatedSubqueries()
    {
        return true;
    }

    @Override
    public boolean supportsUnion()
    {
        return true;
    }

    @Override
    public boolean supportsUnionAll()
    {
        return true;
    }

    @Override
    public int getMaxBinaryLiteralLength()
    {
        return 0;
    }

    @Override
    public int getMaxCharLiteralLength()
    {
        return 0;
    }

    @Override
    public int getMaxColumnNameLength()
    {
        return 255;
    }

    @Override
    public int getMaxColumnsInGroupBy()
    {
        return 0;
    }

    @Override
    public int getMaxColumnsInIndex()
    {
        return 0;
    }

    @Override
    public int getMaxColumnsInOrderBy()
    {
        return 0;
    }

    @Override
    public int getMaxColumnsInSelect()
    {
        return 0;
    }

    @Override
    public int getMaxColumnsInTable()
    {
        return 0;
    }

    @Override
    public int getMaxConnections()
    {
        return 0;
    }

    @Override
    public int getMaxCursorNameLength()
    {
        return 0;
    }

    @Override
    public int getMaxIndexLength()
    {
        return 0;
    }

    @Override
    public int getMaxSchemaNameLength()
    {
        return 255;
    }

    @Override
    public int getMaxProcedureNameLength()
    {
        return 0;
    }

    @Override
    public int getMaxCatalogNameLength()
    {
        return 256;
    }

    @Override
    public int getMaxRowSize()
    {
        return 0;
    }

    @Override
    public boolean doesMaxRowSizeIncludeBlobs()
    {
        return false;
    }

    /** Athena's query string limit in bytes. */
    @Override
    public int getMaxStatementLength()
    {
        return 262_144;
    }

    @Override
    public int getMaxStatements()
    {
        return 0;
    }

    @Override
    public int getMaxTableNameLength()
    {
        return 255;
    }

    @Override
    public int getMaxTablesInSelect()
    {
        return 0;
    }

    @Override
    public int getMaxUserNameLength()
    {
        return 0;
    }

    @Override
    public boolean ownUpdatesAreVisible(int type)
    {
        return false;
    }

    @Override
    public boolean ownDeletesAreVisible(int type)
    {
        return false;
    }

    @Override
    public boolean ownInsertsAreVisible(int type)
    {
        return false;
    }

    @Override
    public boolean othersUpdatesAreVisible(int type)
    {
        return false;
    }

    @Override
    public boolean othersDeletesAreVisible(int type)
    {
        return false;
    }

    @Override
    public boolean othersInsertsAreVisible(int type)
    {
        return false;
    }

    @Override
    public boolean updatesAreDetected(int type)
    {
        return false;
    }

    @Override
    public boolean deletesAreDetected(int type)
    {
        return false;
    }

    @Override
    public boolean insertsAreDetected(int type)
    {
        return false;
    }

    @Override
    public boolean locatorsUpdateCopy()
    {
        return false;
    }

    @Override
    public boolean supportsStatementPooling()
    {
        return false;
    }

    @Override
    public RowIdLifetime getRowIdLifetime()
    {
        return RowIdLifetime.ROWID_UNSUPPORTED;
    }

    @Override
    public boolean supportsStoredFunctionsUsingCallSyntax()
    {
        return false;
    }

    @Override
    public boolean autoCommitFailureClosesAllResultSets()
    {
        return false;
    }

    @Override
    public boolean generatedKeyAlwaysReturned()
    {
        return false;
    }

    // Catalog queries.

    @Override
    public ResultSet getCatalogs()
            throws SQLException
    {
        List<Object[]> rows = new ArrayList<>();
        try {
            for (DataCatalogSummary catalog : connection.client().listDataCatalogsPaginator(request -> request.workGroup(connection.config().workGroup())).dataCatalogsSummary()) {
                rows.add(new Object[] {catalog.catalogName()});
            }
        }
        catch (SdkException e) {
            throw AthenaExceptions.fromApiCall("ListDataCatalogs", e);
        }
        rows.sort(Comparator.comparing(row -> (String) row[0]));
        return StaticResultSet.of(MetadataColumns.CATALOGS, rows);
    }

    @Override
    public ResultSet getSchemas()
            throws SQLException
    {
        return getSchemas(null, null);
    }

    @Override
    public ResultSet getSchemas(String catalog, String schemaPattern)
            throws SQLException
    {
        Pattern schemas = likePattern(schemaPattern);
        List<Object[]> rows = new ArrayList<>();
        for (String catalogName : catalogs(catalog)) {
            for (Database database : databases(catalogName)) {
                if (schemas.matcher(database.name()).matches()) {
                    rows.add(new Object[] {database.name(), catalogName});
                }
            }
        }
        rows.sort(Comparator.comparing((Object[] row) -> (String) row[1]).thenComparing(row -> (String) row[0]));
        return StaticResultSet.of(MetadataColumns.SCHEMAS, rows);
    }

    @Override
    public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types)
            throws SQLException
    {
        Pattern schemas = likePattern(schemaPattern);
        Pattern tables = likePattern(tableNamePattern);
        List<String> wantedTypes = types == null ? null : List.of(types);
        List<Object[]> rows = new ArrayList<>();
        for (String catalogName : catalogs(catalog)) {
            for (Database database : databases(catalogName)) {
                if (!schemas.matcher(database.name()).matches()) {
                    continue;
                }
                for (TableMetadata table : tables(catalogName, database.name())) {
                    String type = tableType(table);
                    if (tables.matcher(table.name()).matches() && (wantedTypes == null || wantedTypes.contains(type))) {
                        String comment = table.hasParameters() ? table.parameters().get("comment") : null;
                        rows.add(new Object[] {catalogName, database.name(), table.name(), type, comment, null, null, null, null, null});
                    }
                }
            }
        }
        rows.sort(Comparator.comparing((Object[] row) -> (String) row[3]).thenComparing(row -> (String) row[0])
                .thenComparing(row -> (String) row[1]).thenComparing(row -> (String) row[2]));
        return StaticResultSet.of(MetadataColumns.TABLES, rows);
    }

    @Override
    public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern)
            throws SQLException
    {
        Pattern schemas = likePattern(schemaPattern);
        Pattern tables = likePattern(tableNamePattern);
        Pattern columns = likePattern(columnNamePattern);
        List<Object[]> rows = new ArrayList<>();
        for (String catalogName : catalogs(catalog)) {
            for (Database database : databases(catalogName)) {
                if (!schemas.matcher(database.name()).matches()) {
                    continue;
                }
                for (TableMetadata table : tables(catalogName, database.name())) {
                    if (!tables.matcher(table.name()).matches()) {
                        continue;
                    }
                    List<Column> all = new ArrayList<>(table.columns());
                    all.addAll(table.partitionKeys());
                    int position = 0;
                    for (Column column : all) {
                        position++;
                        if (columns.matcher(column.name()).matches()) {
                            rows.add(columnRow(catalogName, database.name(), table.name(), column, position));
                        }
                    }
                }
            }
        }
        return StaticResultSet.of(MetadataColumns.COLUMNS, rows);
    }

    private static Object[] columnRow(String catalog, String database, String table, Column column, int position)
    {
        HiveTypeName type = HiveTypeName.parse(column.type());
        return new Object[] {
                catalog, database, table, column.name(), type.jdbcType(), type.name(), type.columnSize(), null, type.decimalDigits(), 10,
                columnNullable, column.comment(), null, null, null, type.charOctetLength(), position, "YES", null, null, null, null, "NO", "NO"};
    }

    @Override
    public ResultSet getTableTypes()
    {
        return StaticResultSet.of(MetadataColumns.TABLE_TYPES, List.of(new Object[] {"TABLE"}, new Object[] {"VIEW"}));
    }

    @Override
    public ResultSet getTypeInfo()
    {
        List<Object[]> rows = new ArrayList<>();
        for (AthenaColumnType type : AthenaColumnType.typeInfoOrder()) {
            rows.add(new Object[] {type.typeName(), type.jdbcType(), type.defaultPrecision(), type.literalPrefix(), type.literalSuffix(),
                    type.createParameters(), typeNullable, type.isCaseSensitive(), type.isSearchable() ? typeSearchable : typePredNone,
                    !type.isSigned(), false, false, type.typeName(), 0, type.maximumScale(), null, null, type.numericPrecisionRadix()});
        }
        return StaticResultSet.of(MetadataColumns.TYPE_INFO, rows);
    }

    @Override
    public ResultSet getPrimaryKeys(String catalog, String schema, String table)
    {
        return StaticResultSet.of(MetadataColumns.PRIMARY_KEYS, List.of());
    }

    @Override
    public ResultSet getImportedKeys(String catalog, String schema, String table)
    {
        return StaticResultSet.of(MetadataColumns.KEYS, List.of());
    }

    @Override
    public ResultSet getExportedKeys(String catalog, String schema, String table)
    {
        return StaticResultSet.of(MetadataColumns.KEYS, List.of());
    }

    @Override
    public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable, String foreignCatalog, String foreignSchema, String foreignTable)
    {
        return StaticResultSet.of(MetadataColumns.KEYS, List.of());
    }

    @Override
    public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate)
    {
        return StaticResultSet.of(MetadataColumns.INDEX_INFO, List.of());
    }

    @Override
    public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern)
    {
        return StaticResultSet.of(MetadataColumns.PROCEDURES, List.of());
    }

    @Override
    public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern, String columnNamePattern)
    {
        return StaticResultSet.of(MetadataColumns.PROCEDURE_COLUMNS, List.of());
    }

    @Override
    public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern)
    {
        return StaticResultSet.of(MetadataColumns.FUNCTIONS, List.of());
    }

    @Override
    public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern, String columnNamePattern)
    {
        return StaticResultSet.of(MetadataColumns.FUNCTION_COLUMNS, List.of());
    }

    @Override
    public ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern)
    {
        return StaticResultSet.of(MetadataColumns.COLUMN_PRIVILEGES, List.of());
    }

    @Override
    public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern)
    {
        return StaticResultSet.of(MetadataColumns.TABLE_PRIVILEGES, List.of());
    }

    @Override
    public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable)
    {
        return StaticResultSet.of(MetadataColumns.ROW_IDENTIFIER, List.of());
    }

    @Override
    public ResultSet getVersionColumns(String catalog, String schema, String table)
    {
        return StaticResultSet.of(MetadataColumns.ROW_IDENTIFIER, List.of());
    }

    @Override
    public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types)
    {
        return StaticResultSet.of(MetadataColumns.UDTS, List.of());
    }

    @Override
    public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern)
    {
        return StaticResultSet.of(MetadataColumns.SUPER_TYPES, List.of());
    }

    @Override
    public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern)
    {
        return StaticResultSet.of(MetadataColumns.SUPER_TABLES, List.of());
    }

    @Override
    public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern, String attributeNamePattern)
    {
        return StaticResultSet.of(MetadataColumns.ATTRIBUTES, List.of());
    }

    @Override
    public ResultSet getClientInfoProperties()
    {
        return StaticResultSet.of(MetadataColumns.CLIENT_INFO_PROPERTIES, List.of());
    }

    @Override
    public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern, String columnNamePattern)
    {
        return StaticResultSet.of(MetadataColumns.PSEUDO_COLUMNS, List.of());
    }

    private List<String> catalogs(String catalog)
            throws SQLException
    {
        if (catalog != null) {
            return catalog.isEmpty() ? List.of() : List.of(catalog);
        }
        return List.of(connection.getCatalog());
    }

    private List<Database> databases(String catalog)
            throws SQLException
    {
        try {
            List<Database> databases = new ArrayList<>();
            connection.client().listDatabasesPaginator(request -> request.catalogName(catalog).workGroup(connection.config().workGroup()))
                    .databaseList().forEach(databases::add);
            return databases;
        }
        catch (SdkException e) {
            throw AthenaExceptions.fromApiCall("ListDatabases in catalog " + catalog, e);
        }
    }

    private List<TableMetadata> tables(String catalog, String database)
            throws SQLException
    {
        try {
            List<TableMetadata> tables = new ArrayList<>();
            connection.client().listTableMetadataPaginator(request -> request.catalogName(catalog).databaseName(database).workGroup(connection.config().workGroup()))
                    .tableMetadataList().forEach(tables::add);
            return tables;
        }
        catch (SdkException e) {
            throw AthenaExceptions.fromApiCall("ListTableMetadata in " + catalog + "." + database, e);
        }
    }

    private static String tableType(TableMetadata table)
    {
        return "VIRTUAL_VIEW".equalsIgnoreCase(table.tableType()) ? "VIEW" : "TABLE";
    }

    /** A JDBC LIKE pattern ({@code %}, {@code _}, escaped with {@code \}) as a case-insensitive regex; null matches all. */
    static Pattern likePattern(String pattern)
    {
        if (pattern == null) {
            return Pattern.compile(".*", Pattern.DOTALL);
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            }
            else if (c == '%') {
                regex.append(".*");
            }
            else if (c == '_') {
                regex.append('.');
            }
            else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
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
}
