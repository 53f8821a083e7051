package io.athena4j.hibernate;

import io.athena4j.types.AthenaSqlTypes;
import jakarta.persistence.TemporalType;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.DmlTargetColumnQualifierSupport;
import org.hibernate.dialect.aggregate.AggregateSupport;
import org.hibernate.dialect.lock.internal.NoLockingSupport;
import org.hibernate.dialect.lock.spi.LockingSupport;
import org.hibernate.dialect.pagination.LimitHandler;
import org.hibernate.dialect.pagination.OffsetFetchLimitHandler;
import org.hibernate.dialect.unique.AlterTableUniqueDelegate;
import org.hibernate.dialect.unique.UniqueDelegate;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.exception.spi.SQLExceptionConversionDelegate;
import org.hibernate.persister.entity.mutation.EntityMutationTarget;
import org.hibernate.engine.jdbc.env.spi.IdentifierCaseStrategy;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelperBuilder;
import org.hibernate.engine.jdbc.env.spi.NameQualifierSupport;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.mapping.UserDefinedType;
import org.hibernate.query.common.FetchClauseType;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.SqlAstTranslatorFactory;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.spi.StandardSqlAstTranslatorFactory;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.sql.model.MutationOperation;
import org.hibernate.sql.model.internal.OptionalTableUpdate;
import org.hibernate.sql.model.jdbc.OptionalTableUpdateOperation;
import org.hibernate.tool.schema.spi.Exporter;
import org.hibernate.tool.schema.spi.TableMigrator;
import org.hibernate.type.descriptor.jdbc.VarcharUUIDJdbcType;
import org.hibernate.type.descriptor.sql.internal.DdlTypeImpl;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.sql.Types;
import java.util.Date;
import java.util.TimeZone;

import static org.hibernate.type.SqlTypes.BIGINT;
import static org.hibernate.type.SqlTypes.BINARY;
import static org.hibernate.type.SqlTypes.BLOB;
import static org.hibernate.type.SqlTypes.BOOLEAN;
import static org.hibernate.type.SqlTypes.CHAR;
import static org.hibernate.type.SqlTypes.CLOB;
import static org.hibernate.type.SqlTypes.DATE;
import static org.hibernate.type.SqlTypes.DECIMAL;
import static org.hibernate.type.SqlTypes.DOUBLE;
import static org.hibernate.type.SqlTypes.FLOAT;
import static org.hibernate.type.SqlTypes.INTEGER;
import static org.hibernate.type.SqlTypes.LONG32NVARCHAR;
import static org.hibernate.type.SqlTypes.LONG32VARBINARY;
import static org.hibernate.type.SqlTypes.LONG32VARCHAR;
import static org.hibernate.type.SqlTypes.LONGNVARCHAR;
import static org.hibernate.type.SqlTypes.LONGVARBINARY;
import static org.hibernate.type.SqlTypes.LONGVARCHAR;
import static org.hibernate.type.SqlTypes.NCHAR;
import static org.hibernate.type.SqlTypes.NCLOB;
import static org.hibernate.type.SqlTypes.NUMERIC;
import static org.hibernate.type.SqlTypes.NVARCHAR;
import static org.hibernate.type.SqlTypes.REAL;
import static org.hibernate.type.SqlTypes.SMALLINT;
import static org.hibernate.type.SqlTypes.TIMESTAMP;
import static org.hibernate.type.SqlTypes.TIMESTAMP_UTC;
import static org.hibernate.type.SqlTypes.TIMESTAMP_WITH_TIMEZONE;
import static org.hibernate.type.SqlTypes.TINYINT;
import static org.hibernate.type.SqlTypes.UUID;
import static org.hibernate.type.SqlTypes.VARBINARY;
import static org.hibernate.type.SqlTypes.VARCHAR;
import static org.hibernate.type.descriptor.DateTimeUtils.appendAsDate;
import static org.hibernate.type.descriptor.DateTimeUtils.appendAsLocalTime;
import static org.hibernate.type.descriptor.DateTimeUtils.appendAsTimestampWithMillis;

/**
 * Hibernate dialect for Amazon Athena (engine version 3).
 *
 * <p>Athena speaks two languages: DDL goes to a Hive engine (backticks, {@code string}, {@code int}, external tables),
 * DML and queries go to Trino (double quotes, {@code varchar}, {@code integer}). This dialect therefore renders
 * {@link #columnType(int) DDL type names} in Hive spelling and {@link #castType(int) cast type names} in Trino
 * spelling, and creates tables through {@link AthenaTableExporter}, which reads {@link AthenaTable}.
 *
 * <p>Athena has no sequences, identity columns, constraints, indexes or row locks; Hive tables accept only
 * {@code INSERT}. {@link AthenaMappingValidator} refuses mappings that would need any of these at boot.
 *
 * <p>Found automatically from the JDBC driver's product name ({@link AthenaDialectResolver}) or selected with
 * {@code hibernate.dialect=Athena}.
 */
public class AthenaDialect
        extends Dialect
{
    /** Athena engine version 3 is the first built on Trino; version 2 (Presto) is not supported. */
    static final DatabaseVersion MINIMUM_VERSION = DatabaseVersion.make(3);

    /**
     * Rows per JDBC batch unless {@code hibernate.jdbc.batch_size} says otherwise. Every Athena statement is a
     * query execution taking hundreds of milliseconds, so inserts must travel in batches the driver can fold into
     * one multi-row {@code INSERT}. 1,000 rows of typical width fold into one statement under Athena's 262,144-byte
     * limit (the driver splits wider batches), so 100,000 persisted rows cost about 100 queries, not 1,000.
     */
    public static final int DEFAULT_BATCH_SIZE = 1000;

    private final AthenaTableExporter tableExporter = new AthenaTableExporter(this);

    /** An Athena engine version 3 dialect. */
    public AthenaDialect()
    {
        this(MINIMUM_VERSION);
    }

    /** A dialect for the given Athena engine version. */
    public AthenaDialect(DatabaseVersion version)
    {
        super(version);
    }

    /** A dialect for the engine version the JDBC driver reports (called by Hibernate's dialect resolution). */
    public AthenaDialect(DialectResolutionInfo info)
    {
        super(info);
    }

    @Override
    protected DatabaseVersion getMinimumSupportedVersion()
    {
        return MINIMUM_VERSION;
    }

    // ---- types -------------------------------------------------------------------------------------------------

    /** Hive DDL type names: used by {@code CREATE TABLE}. */
    @Override
    protected String columnType(int sqlTypeCode)
    {
        return switch (sqlTypeCode) {
            case BOOLEAN -> "boolean";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "int";
            case BIGINT -> "bigint";
            case REAL -> "float";
            case FLOAT, DOUBLE -> "double";
            case NUMERIC, DECIMAL -> "decimal($p,$s)";
            // Hive's char/varchar pad and truncate; string is what Glue tables use for text.
            case CHAR, NCHAR, VARCHAR, NVARCHAR, LONGVARCHAR, LONGNVARCHAR, LONG32VARCHAR, LONG32NVARCHAR, CLOB, NCLOB -> "string";
            case BINARY, VARBINARY, LONGVARBINARY, LONG32VARBINARY, BLOB -> "binary";
            case DATE -> "date";
            // Hive timestamps carry no precision and no zone; Hibernate normalizes instants to UTC before binding.
            case TIMESTAMP, TIMESTAMP_UTC, TIMESTAMP_WITH_TIMEZONE -> "timestamp";
            default -> super.columnType(sqlTypeCode);
        };
    }

    /** Trino type names: used by {@code cast(… as …)} in queries and DML. */
    @Override
    protected String castType(int sqlTypeCode)
    {
        return switch (sqlTypeCode) {
            case BOOLEAN -> "boolean";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "real";
            case FLOAT, DOUBLE -> "double";
            case NUMERIC, DECIMAL -> "decimal($p,$s)";
            case CHAR, NCHAR, VARCHAR, NVARCHAR, LONGVARCHAR, LONGNVARCHAR, LONG32VARCHAR, LONG32NVARCHAR, CLOB, NCLOB -> "varchar";
            case BINARY, VARBINARY, LONGVARBINARY, LONG32VARBINARY, BLOB -> "varbinary";
            case DATE -> "date";
            case TIMESTAMP, TIMESTAMP_UTC -> "timestamp";
            case TIMESTAMP_WITH_TIMEZONE -> "timestamp with time zone";
            default -> super.castType(sqlTypeCode);
        };
    }

    @Override
    protected void registerColumnTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry)
    {
        super.registerColumnTypes(typeContributions, serviceRegistry);
        DdlTypeRegistry ddlTypes = typeContributions.getTypeConfiguration().getDdlTypeRegistry();
        // Hibernate casts sized values (e.g. the parameters of a MERGE's source row) to the DDL name unless a cast
        // pattern is given: give the Trino name, since Trino knows neither string nor binary.
        // UUIDs are kept as their text (contributeTypes), so their columns are strings too.
        for (int code : new int[] {CHAR, NCHAR, VARCHAR, NVARCHAR, LONG32VARCHAR, LONG32NVARCHAR, UUID}) {
            ddlTypes.addDescriptor(new DdlTypeImpl(code, false, "string", "varchar", "varchar", this));
        }
        for (int code : new int[] {BINARY, VARBINARY, LONG32VARBINARY}) {
            ddlTypes.addDescriptor(new DdlTypeImpl(code, false, "binary", "varbinary", "varbinary", this));
        }
        ddlTypes.addDescriptor(new FloatDdlType(this));
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry)
    {
        super.contributeTypes(typeContributions, serviceRegistry);
        // Neither Hive nor Trino has a uuid column type Athena can store; keep UUIDs as their text.
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(UUID, VarcharUUIDJdbcType.INSTANCE);
    }

    @Override
    public boolean supportsStandardArrays()
    {
        return true;
    }

    @Override
    public String getArrayTypeName(String javaElementTypeName, String elementTypeName, Integer maxLength)
    {
        return "array<" + elementTypeName + ">";
    }

    /**
     * Schema validation compares complex columns by kind: the catalog reports {@code array<…>} as ARRAY,
     * {@code map<…>} as JAVA_OBJECT and {@code struct<…>} as STRUCT, while athena4j-types maps them under its own codes
     * ({@link AthenaSqlTypes}). Hibernate first compares the full type names, so a column whose Hive spelling has no
     * parentheses (no decimal inside) is still checked exactly; this covers the rest.
     */
    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2)
    {
        int kind = complexKind(typeCode1);
        return super.equivalentTypes(typeCode1, typeCode2) || kind != 0 && kind == complexKind(typeCode2);
    }

    private static int complexKind(int typeCode)
    {
        return switch (typeCode) {
            case Types.ARRAY, AthenaSqlTypes.ARRAY -> Types.ARRAY;
            case Types.JAVA_OBJECT, AthenaSqlTypes.MAP -> Types.JAVA_OBJECT;
            case Types.STRUCT, AthenaSqlTypes.STRUCT -> Types.STRUCT;
            default -> 0;
        };
    }

    /**
     * {@code @Struct} aggregate embeddables become Athena structs: Athena has no named row types, so no type is created
     * ({@link NoDdl}) and the table exporter writes the {@code struct<…>} inline; the struct's JDBC handling comes from
     * athena4j-types.
     */
    @Override
    public boolean supportsUserDefinedTypes()
    {
        return true;
    }

    @Override
    public Exporter<UserDefinedType> getUserDefinedTypeExporter()
    {
        return NoDdl.instance();
    }

    @Override
    public AggregateSupport getAggregateSupport()
    {
        return AthenaAggregateSupport.INSTANCE;
    }

    @Override
    public boolean supportsJdbcConnectionLobCreation(DatabaseMetaData databaseMetaData)
    {
        // Athena has no LOB locators; strings and byte arrays are bound as values.
        return false;
    }

    // ---- functions ---------------------------------------------------------------------------------------------

    @Override
    public void initializeFunctionRegistry(FunctionContributions functionContributions)
    {
        super.initializeFunctionRegistry(functionContributions);
        AthenaFunctions.register(functionContributions);
    }

    // ---- literals ----------------------------------------------------------------------------------------------

    @Override
    public void appendBooleanValueString(SqlAppender appender, boolean bool)
    {
        appender.appendSql(bool);
    }

    @Override
    public String toBooleanValueString(boolean bool)
    {
        return String.valueOf(bool);
    }

    @Override
    public void appendDateTimeLiteral(SqlAppender appender, TemporalAccessor temporalAccessor, TemporalType precision, TimeZone jdbcTimeZone)
    {
        switch (precision) {
            case DATE -> {
                appender.appendSql("DATE '");
                appendAsDate(appender, temporalAccessor);
            }
            case TIME -> {
                appender.appendSql("TIME '");
                appendAsLocalTime(appender, temporalAccessor);
            }
            case TIMESTAMP -> {
                appender.appendSql("TIMESTAMP '");
                // Zoned values are converted to the JDBC time zone: Athena timestamps carry no zone.
                appendAsTimestampWithMillis(appender, temporalAccessor, false, jdbcTimeZone);
            }
        }
        appender.appendSql('\'');
    }

    @Override
    public void appendDateTimeLiteral(SqlAppender appender, Date date, TemporalType precision, TimeZone jdbcTimeZone)
    {
        switch (precision) {
            case DATE -> {
                appender.appendSql("DATE '");
                appendAsDate(appender, date);
            }
            case TIME -> {
                appender.appendSql("TIME '");
                appendAsLocalTime(appender, date);
            }
            case TIMESTAMP -> {
                appender.appendSql("TIMESTAMP '");
                appendAsTimestampWithMillis(appender, date, jdbcTimeZone);
            }
        }
        appender.appendSql('\'');
    }

    @Override
    public void appendDateTimeLiteral(SqlAppender appender, Calendar calendar, TemporalType precision, TimeZone jdbcTimeZone)
    {
        switch (precision) {
            case DATE -> {
                appender.appendSql("DATE '");
                appendAsDate(appender, calendar);
            }
            case TIME -> {
                appender.appendSql("TIME '");
                appendAsLocalTime(appender, calendar);
            }
            case TIMESTAMP -> {
                appender.appendSql("TIMESTAMP '");
                appendAsTimestampWithMillis(appender, calendar, jdbcTimeZone);
            }
        }
        appender.appendSql('\'');
    }

    // ---- queries -----------------------------------------------------------------------------------------------

    /**
     * {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY} for native queries: Trino rejects {@code LIMIT ? OFFSET ?}.
     * HQL pagination is rendered by the SQL AST translator in the same standard form.
     */
    @Override
    public LimitHandler getLimitHandler()
    {
        return OffsetFetchLimitHandler.INSTANCE;
    }

    @Override
    public boolean supportsFetchClause(FetchClauseType type)
    {
        return type == FetchClauseType.ROWS_ONLY || type == FetchClauseType.ROWS_WITH_TIES;
    }

    @Override
    public boolean supportsWindowFunctions()
    {
        return true;
    }

    @Override
    public boolean supportsDistinctFromPredicate()
    {
        return true;
    }

    @Override
    public boolean supportsLateral()
    {
        return true;
    }

    /** Trino accepts {@code WITH} before {@code INSERT … SELECT} only, not before {@code UPDATE} or {@code DELETE}. */
    @Override
    public boolean supportsNonQueryWithCTE()
    {
        return false;
    }

    /** Trino's {@code UPDATE t SET …} and {@code DELETE FROM t WHERE …} take no alias on the target. */
    @Override
    public DmlTargetColumnQualifierSupport getDmlTargetColumnQualifierSupport()
    {
        return DmlTargetColumnQualifierSupport.NONE;
    }

    /** Athena has no row locks: no {@code FOR UPDATE} is ever rendered. */
    @Override
    public LockingSupport getLockingSupport()
    {
        return NoLockingSupport.NO_LOCKING_SUPPORT;
    }

    @Override
    public String getForUpdateString()
    {
        return "";
    }

    /** Trino's {@code VALUES (…), (…)} is a relation anywhere a table is. */
    @Override
    public boolean supportsValuesList()
    {
        return true;
    }

    @Override
    public SqlAstTranslatorFactory getSqlAstTranslatorFactory()
    {
        return new StandardSqlAstTranslatorFactory()
        {
            @Override
            protected <T extends JdbcOperation> SqlAstTranslator<T> buildTranslator(SessionFactoryImplementor sessionFactory, org.hibernate.sql.ast.tree.Statement statement)
            {
                return new AthenaSqlAstTranslator<>(sessionFactory, statement);
            }
        };
    }

    // ---- mutations ---------------------------------------------------------------------------------------------

    /**
     * Entity upserts ({@code StatelessSession.upsert}) on Iceberg tables are one {@code MERGE INTO … USING (SELECT …)}
     * instead of an {@code UPDATE} followed by an {@code INSERT}: two Athena queries, and not atomic. Hibernate builds
     * this operation at boot for every entity, so Hive entities get the standard one, which {@link HiveWriteGuard}
     * never lets run.
     */
    @Override
    public MutationOperation createOptionalTableUpdateOperation(EntityMutationTarget mutationTarget, OptionalTableUpdate optionalTableUpdate, SessionFactoryImplementor factory)
    {
        if (HiveTables.isHive(mutationTarget.getTargetPart(), factory)) {
            return new OptionalTableUpdateOperation(mutationTarget, optionalTableUpdate, factory);
        }
        return new AthenaSqlAstTranslator<>(factory, optionalTableUpdate).createMergeOperation(optionalTableUpdate);
    }


    @Override
    public int getDefaultStatementBatchSize()
    {
        return DEFAULT_BATCH_SIZE;
    }

    /** Athena returns no generated keys; ids are assigned by the application (e.g. UUIDs). */
    @Override
    public boolean getDefaultUseGetGeneratedKeys()
    {
        return false;
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    /**
     * Athena's {@code NOT_SUPPORTED} errors become {@link UnsupportedByAthenaException}; everything else is left to
     * Hibernate's conversion of the driver's SQLStates ({@code 42} grammar, {@code 22} data, {@code 08} connection).
     */
    @Override
    public SQLExceptionConversionDelegate buildSQLExceptionConversionDelegate()
    {
        return UnsupportedByAthenaException::convert;
    }

    // ---- identifiers -------------------------------------------------------------------------------------------

    /** An Athena database is a schema: names are {@code db.table}, the data catalog is set on the connection. */
    @Override
    public NameQualifierSupport getNameQualifierSupport()
    {
        return NameQualifierSupport.SCHEMA;
    }

    /** The Glue catalog stores every name in lower case, quoted or not. */
    @Override
    public IdentifierHelper buildIdentifierHelper(IdentifierHelperBuilder builder, DatabaseMetaData metadata)
            throws SQLException
    {
        if (metadata != null) {
            builder.applyReservedWords(metadata);
        }
        builder.setUnquotedCaseStrategy(IdentifierCaseStrategy.LOWER);
        builder.setQuotedCaseStrategy(IdentifierCaseStrategy.LOWER);
        builder.setNameQualifierSupport(getNameQualifierSupport());
        return builder.build();
    }

    // ---- DDL ---------------------------------------------------------------------------------------------------

    @Override
    public Exporter<Table> getTableExporter()
    {
        return tableExporter;
    }

    /** {@code hbm2ddl=update}: Hive's {@code ALTER TABLE … ADD COLUMNS (…)}. */
    @Override
    public TableMigrator getTableMigrator()
    {
        return new AthenaTableMigrator(tableExporter);
    }

    /** Athena cannot change a column's type in place. */
    @Override
    public boolean supportsAlterColumnType()
    {
        return false;
    }

    @Override
    public boolean supportsIfExistsBeforeTableName()
    {
        return true;
    }

    /** Hive DDL quotes with backticks, unlike Trino DML. */
    @Override
    public String getDropTableString(String tableName)
    {
        return "DROP TABLE IF EXISTS " + tableName;
    }

    /** An Athena schema is a Glue database. */
    @Override
    public String[] getCreateSchemaCommand(String schemaName)
    {
        return new String[] {"CREATE DATABASE IF NOT EXISTS " + AthenaTableExporter.backticks(schemaName)};
    }

    @Override
    public String[] getDropSchemaCommand(String schemaName)
    {
        return new String[] {"DROP DATABASE IF EXISTS " + AthenaTableExporter.backticks(schemaName) + " CASCADE"};
    }

    @Override
    public String getTableComment(String comment)
    {
        return " COMMENT " + AthenaTableExporter.stringLiteral(comment);
    }

    @Override
    public String getColumnComment(String comment)
    {
        return " COMMENT " + AthenaTableExporter.stringLiteral(comment);
    }

    /** No foreign keys: nothing is ever altered to add or drop one. */
    @Override
    public boolean hasAlterTable()
    {
        return false;
    }

    @Override
    public boolean dropConstraints()
    {
        return false;
    }

    @Override
    public boolean supportsColumnCheck()
    {
        return false;
    }

    @Override
    public boolean supportsTableCheck()
    {
        return false;
    }

    @Override
    public boolean supportsUniqueConstraints()
    {
        return false;
    }

    @Override
    public UniqueDelegate getUniqueDelegate()
    {
        return new AlterTableUniqueDelegate(this)
        {
            @Override
            public String getAlterTableToAddUniqueKeyCommand(UniqueKey uniqueKey, org.hibernate.boot.Metadata metadata, org.hibernate.boot.model.relational.SqlStringGenerationContext context)
            {
                return "";
            }

            @Override
            public String getAlterTableToDropUniqueKeyCommand(UniqueKey uniqueKey, org.hibernate.boot.Metadata metadata, org.hibernate.boot.model.relational.SqlStringGenerationContext context)
            {
                return "";
            }
        };
    }

    @Override
    public Exporter<Index> getIndexExporter()
    {
        return NoDdl.instance();
    }

    @Override
    public Exporter<ForeignKey> getForeignKeyExporter()
    {
        return NoDdl.instance();
    }

    @Override
    public Exporter<UniqueKey> getUniqueKeyExporter()
    {
        return NoDdl.instance();
    }
}
