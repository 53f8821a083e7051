package io.athena4j.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard columns of each DatabaseMetaData result, as the JDBC javadoc lists them; tools read them by label.
 * Types are Athena type names, so the result sets' typed getters work on them as on query results.
 */
final class MetadataColumns
{
    static final List<StaticResultSet.Column> CATALOGS = columns("TABLE_CAT varchar");
    static final List<StaticResultSet.Column> SCHEMAS = columns("TABLE_SCHEM varchar", "TABLE_CATALOG varchar");
    static final List<StaticResultSet.Column> TABLE_TYPES = columns("TABLE_TYPE varchar");
    static final List<StaticResultSet.Column> TABLES = columns("TABLE_CAT varchar", "TABLE_SCHEM varchar", "TABLE_NAME varchar", "TABLE_TYPE varchar",
            "REMARKS varchar", "TYPE_CAT varchar", "TYPE_SCHEM varchar", "TYPE_NAME varchar", "SELF_REFERENCING_COL_NAME varchar", "REF_GENERATION varchar");
    static final List<StaticResultSet.Column> COLUMNS = columns("TABLE_CAT varchar", "TABLE_SCHEM varchar", "TABLE_NAME varchar", "COLUMN_NAME varchar",
            "DATA_TYPE integer", "TYPE_NAME varchar", "COLUMN_SIZE integer", "BUFFER_LENGTH integer", "DECIMAL_DIGITS integer", "NUM_PREC_RADIX integer",
            "NULLABLE integer", "REMARKS varchar", "COLUMN_DEF varchar", "SQL_DATA_TYPE integer", "SQL_DATETIME_SUB integer", "CHAR_OCTET_LENGTH integer",
            "ORDINAL_POSITION integer", "IS_NULLABLE varchar", "SCOPE_CATALOG varchar", "SCOPE_SCHEMA varchar", "SCOPE_TABLE varchar",
            "SOURCE_DATA_TYPE smallint", "IS_AUTOINCREMENT varchar", "IS_GENERATEDCOLUMN varchar");
    static final List<StaticResultSet.Column> TYPE_INFO = columns("TYPE_NAME varchar", "DATA_TYPE integer", "PRECISION integer", "LITERAL_PREFIX varchar",
            "LITERAL_SUFFIX varchar", "CREATE_PARAMS varchar", "NULLABLE smallint", "CASE_SENSITIVE boolean", "SEARCHABLE smallint",
            "UNSIGNED_ATTRIBUTE boolean", "FIXED_PREC_SCALE boolean", "AUTO_INCREMENT boolean", "LOCAL_TYPE_NAME varchar", "MINIMUM_SCALE smallint",
            "MAXIMUM_SCALE smallint", "SQL_DATA_TYPE integer", "SQL_DATETIME_SUB integer", "NUM_PREC_RADIX integer");
    static final List<StaticResultSet.Column> PRIMARY_KEYS = columns("TABLE_CAT varchar", "TABLE_SCHEM varchar", "TABLE_NAME varchar", "COLUMN_NAME varchar",
            "KEY_SEQ smallint", "PK_NAME varchar");
    static final List<StaticResultSet.Column> KEYS = columns("PKTABLE_CAT varchar", "PKTABLE_SCHEM varchar", "PKTABLE_NAME varchar", "PKCOLUMN_NAME varchar",
            "FKTABLE_CAT varchar", "FKTABLE_SCHEM varchar", "FKTABLE_NAME varchar", "FKCOLUMN_NAME varchar", "KEY_SEQ smallint", "UPDATE_RULE smallint",
            "DELETE_RULE smallint", "FK_NAME varchar", "PK_NAME varchar", "DEFERRABILITY smallint");
    static final List<StaticResultSet.Column> INDEX_INFO = columns("TABLE_CAT varchar", "TABLE_SCHEM varchar", "TABLE_NAME varchar", "NON_UNIQUE boolean",
            "INDEX_QUALIFIER varchar", "INDEX_NAME varchar", "TYPE smallint", "ORDINAL_POSITION smallint", "COLUMN_NAME varchar", "ASC_OR_DESC varchar",
            "CARDINALITY bigint", "PAGES bigint", "FILTER_CONDITION varchar");
    static final List<StaticResultSet.Column> PROCEDURES = columns("PROCEDURE_CAT varchar", "PROCEDURE_SCHEM varchar", "PROCEDURE_NAME varchar",
            "RESERVED1 varchar", "RESERVED2 varchar", "RESERVED3 varchar", "REMARKS varchar", "PROCEDURE_TYPE smallint", "SPECIFIC_NAME varchar");
    static final List<StaticResultSet.Column> PROCEDURE_COLUMNS = columns("PROCEDURE_CAT varchar", "PROCEDURE_SCHEM varchar", "PROCEDURE_NAME varchar",
            "COLUMN_NAME varchar", "COLUMN_TYPE smallint", "DATA_TYPE integer", "TYPE_NAME varchar", "PRECISION integer", "LENGTH integer", "SCALE smallint",
            "RADIX smallint", "NULLABLE smallint", "REMARKS varchar", "COLUMN_DEF varchar", "SQL_DATA_TYPE integer", "SQL_DATETIME_SUB integer",
            "CHAR_OCTET_LENGTH integer", "ORDINAL_POSITION integer", "IS_NULLABLE varchar", "SPECIFIC_NAME varchar");
    static final List<StaticResultSet.Column> FUNCTIONS = columns("FUNCTION_CAT varchar", "FUNCTION_SCHEM varchar", "FUNCTION_NAME varchar",
            "REMARKS varchar", "FUNCTION_TYPE smallint", "SPECIFIC_NAME varchar");
    static final List<StaticResultSet.Column> FUNCTION_COLUMNS = columns("FUNCTION_CAT varchar", "FUNCTION_SCHEM varchar", "FUNCTION_NAME varchar",
            "COLUMN_NAME varchar", "COLUMN_TYPE smallint", "DATA_TYPE integer", "TYPE_NAME varchar", "PRECISION integer", "LENGTH integer", "SCALE smallint",
            "RADIX smallint", "NULLABLE smallint", "REMARKS varchar", "CHAR_OCTET_LENGTH integer", "ORDINAL_POSITION integer", "IS_NULLABLE varchar",
            "SPECIFIC_NAME varchar");
    static final List<StaticResultSet.Column> COLUMN_PRIVILEGES = columns("TABLE_CAT varchar", "TABLE_SCHEM varchar", "TABLE_NAME varchar",
            "COLUMN_NAME varchar", "GRANTOR varchar", "GRANTEE varchar", "PRIVILEGE varchar", "IS_GRANTABLE varchar");
    static final List<StaticResultSet.Column> TABLE_PRIVILEGES = columns("TABLE_CAT varchar", "TABLE_SCHEM varchar", "TABLE_NAME varchar",
            "GRANTOR varchar", "GRANTEE varchar", "PRIVILEGE varchar", "IS_GRANTABLE varchar");
    static final List<StaticResultSet.Column> ROW_IDENTIFIER = columns("SCOPE smallint", "COLUMN_NAME varchar", "DATA_TYPE integer", "TYPE_NAME varchar",
            "COLUMN_SIZE integer", "BUFFER_LENGTH integer", "DECIMAL_DIGITS smallint", "PSEUDO_COLUMN smallint");
    static final List<StaticResultSet.Column> UDTS = columns("TYPE_CAT varchar", "TYPE_SCHEM varchar", "TYPE_NAME varchar", "CLASS_NAME varchar",
            "DATA_TYPE integer", "REMARKS varchar", "BASE_TYPE smallint");
    static final List<StaticResultSet.Column> SUPER_TYPES = columns("TYPE_CAT varchar", "TYPE_SCHEM varchar", "TYPE_NAME varchar",
            "SUPERTYPE_CAT varchar", "SUPERTYPE_SCHEM varchar", "SUPERTYPE_NAME varchar");
    static final List<StaticResultSet.Column> SUPER_TABLES = columns("TABLE_CAT varchar", "TABLE_SCHEM varchar", "TABLE_NAME varchar", "SUPERTABLE_NAME varchar");
    static final List<StaticResultSet.Column> ATTRIBUTES = columns("TYPE_CAT varchar", "TYPE_SCHEM varchar", "TYPE_NAME varchar", "ATTR_NAME varchar",
            "DATA_TYPE integer", "ATTR_TYPE_NAME varchar", "ATTR_SIZE integer", "DECIMAL_DIGITS integer", "NUM_PREC_RADIX integer", "NULLABLE integer",
            "REMARKS varchar", "ATTR_DEF varchar", "SQL_DATA_TYPE integer", "SQL_DATETIME_SUB integer", "CHAR_OCTET_LENGTH integer",
            "ORDINAL_POSITION integer", "IS_NULLABLE varchar", "SCOPE_CATALOG varchar", "SCOPE_SCHEMA varchar", "SCOPE_TABLE varchar",
            "SOURCE_DATA_TYPE smallint");
    static final List<StaticResultSet.Column> CLIENT_INFO_PROPERTIES = columns("NAME varchar", "MAX_LEN integer", "DEFAULT_VALUE varchar", "DESCRIPTION varchar");
    static final List<StaticResultSet.Column> PSEUDO_COLUMNS = columns("TABLE_CAT varchar", "TABLE_SCHEM varchar", "TABLE_NAME varchar", "COLUMN_NAME varchar",
            "DATA_TYPE integer", "COLUMN_SIZE integer", "DECIMAL_DIGITS integer", "NUM_PREC_RADIX integer", "COLUMN_USAGE varchar", "REMARKS varchar",
            "CHAR_OCTET_LENGTH integer", "IS_NULLABLE varchar");

    private MetadataColumns() {}

    private static List<StaticResultSet.Column> columns(String... definitions)
    {
        List<StaticResultSet.Column> columns = new ArrayList<>(definitions.length);
        for (String definition : definitions) {
            int space = definition.indexOf(' ');
            columns.add(new StaticResultSet.Column(definition.substring(0, space), definition.substring(space + 1)));
        }
        return List.copyOf(columns);
    }
}
