package io.athena4j.hibernate;

import org.hibernate.MappingException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.boot.model.relational.QualifiedName;
import org.hibernate.mapping.AggregateColumn;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.UserDefinedObjectType;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.Exporter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Creates Athena tables in Athena's Hive DDL, from the mapping and {@link AthenaTable}.
 *
 * <p>Hibernate's standard exporter cannot be used: it always writes {@code not null} and {@code primary key}, quotes
 * with the DML quote character and has no place for partition columns. This one writes names in backticks, Hive
 * type names, no constraints, and:
 * <ul>
 * <li>Hive: {@code CREATE EXTERNAL TABLE IF NOT EXISTS `db`.`t` (…) COMMENT … PARTITIONED BY (…) CLUSTERED BY (…)
 * INTO n BUCKETS ROW FORMAT … WITH SERDEPROPERTIES (…) STORED AS … LOCATION '…' TBLPROPERTIES (…)}, with partition
 * columns moved from the column list to {@code PARTITIONED BY};
 * <li>Iceberg: {@code CREATE TABLE IF NOT EXISTS `db`.`t` (…) COMMENT … PARTITIONED BY (columns and transforms)
 * LOCATION '…' TBLPROPERTIES ('table_type'='ICEBERG', …)}, partition columns staying in the column list.
 * </ul>
 * {@code @Table(options = …)} is appended verbatim at the end, as Hibernate does.
 */
public class AthenaTableExporter
        implements Exporter<Table>
{
    private static final String JSON_SERDE = "org.openx.data.jsonserde.JsonSerDe";

    private final AthenaDialect dialect;

    public AthenaTableExporter(AthenaDialect dialect)
    {
        this.dialect = dialect;
    }

    @Override
    public String[] getSqlCreateStrings(Table table, Metadata metadata, SqlStringGenerationContext context)
    {
        if (!table.isPhysicalTable() || table.isView()) {
            return NO_COMMANDS;
        }
        AthenaTableDefinition definition = AthenaTableDefinition.forTable(table, metadata, settings(metadata));
        String owner = definition.owner() == null ? "Table " + table.getName() : definition.owner();
        String schema = schemaName(table, context);

        Map<String, Column> columns = new LinkedHashMap<>();
        for (Column column : table.getColumns()) {
            columns.put(column.getName().toLowerCase(Locale.ROOT), column);
        }
        List<Column> partitionColumns = new ArrayList<>();
        for (String name : definition.partitionedBy()) {
            Column column = columns.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new MappingException(owner + ": @AthenaTable partition column '" + name + "' is not a column of table " + table.getName() + "; columns: " + columns.keySet());
            }
            partitionColumns.add(column);
        }

        StringBuilder sql = new StringBuilder(definition.iceberg() ? "CREATE TABLE IF NOT EXISTS " : "CREATE EXTERNAL TABLE IF NOT EXISTS ");
        sql.append(qualifiedName(schema, table.getName())).append(" (");
        StringJoiner columnList = new StringJoiner(", ");
        for (Column column : columns.values()) {
            // Hive keeps partition values in the folder names, not in the files: they are not data columns.
            if (definition.iceberg() || !partitionColumns.contains(column)) {
                columnList.add(columnDefinition(column, metadata));
            }
        }
        sql.append(columnList).append(')');
        if (table.getComment() != null) {
            sql.append(dialect.getTableComment(table.getComment()));
        }

        if (definition.iceberg()) {
            List<String> partitions = new ArrayList<>();
            for (Column column : partitionColumns) {
                partitions.add(backticks(column.getName()));
            }
            // Transforms are expressions over column names, e.g. bucket(16, id): written as given.
            partitions.addAll(definition.partitionTransforms());
            if (!partitions.isEmpty()) {
                sql.append(" PARTITIONED BY (").append(String.join(", ", partitions)).append(')');
            }
        }
        else {
            if (!partitionColumns.isEmpty()) {
                StringJoiner partitions = new StringJoiner(", ", " PARTITIONED BY (", ")");
                for (Column column : partitionColumns) {
                    partitions.add(columnDefinition(column, metadata));
                }
                sql.append(partitions);
            }
            if (definition.buckets() > 0) {
                StringJoiner bucketColumns = new StringJoiner(", ", " CLUSTERED BY (", ")");
                definition.bucketedBy().forEach(name -> bucketColumns.add(backticks(name)));
                sql.append(bucketColumns).append(" INTO ").append(definition.buckets()).append(" BUCKETS");
            }
            String rowFormat = definition.rowFormat();
            if (rowFormat.isEmpty() && definition.format() == StorageFormat.JSON) {
                rowFormat = "SERDE " + stringLiteral(JSON_SERDE);
            }
            if (!rowFormat.isEmpty()) {
                sql.append(" ROW FORMAT ").append(rowFormat);
            }
            if (!definition.serdeProperties().isEmpty()) {
                sql.append(" WITH SERDEPROPERTIES ").append(properties(definition.serdeProperties()));
            }
            sql.append(" STORED AS ").append(definition.format().storedAs());
        }

        sql.append(" LOCATION ").append(stringLiteral(location(definition, owner, schema, table.getName())));

        Map<String, String> tableProperties = new LinkedHashMap<>();
        if (definition.iceberg()) {
            tableProperties.put("table_type", "ICEBERG");
            if (definition.format() != StorageFormat.PARQUET) {
                tableProperties.put("format", definition.format().name().toLowerCase(Locale.ROOT));
            }
            if (!definition.compression().isEmpty()) {
                tableProperties.put("write_compression", definition.compression());
            }
        }
        else if (!definition.compression().isEmpty()) {
            tableProperties.put(definition.format().compressionProperty(), definition.compression());
        }
        tableProperties.putAll(definition.tableProperties());
        if (!tableProperties.isEmpty()) {
            sql.append(" TBLPROPERTIES ").append(properties(tableProperties));
        }
        if (table.getOptions() != null && !table.getOptions().isBlank()) {
            sql.append(' ').append(table.getOptions());
        }
        return new String[] {sql.toString()};
    }

    @Override
    public String[] getSqlDropStrings(Table table, Metadata metadata, SqlStringGenerationContext context)
    {
        if (!table.isPhysicalTable() || table.isView()) {
            return NO_COMMANDS;
        }
        return new String[] {dialect.getDropTableString(qualifiedName(schemaName(table, context), table.getName()))};
    }

    /** {@code `name` type COMMENT '…'}, as in the column list of {@code CREATE TABLE} and {@code ADD COLUMNS}. */
    String columnDefinition(Column column, Metadata metadata)
    {
        String definition = backticks(column.getName()) + ' ' + hiveType(column, metadata);
        if (column.getComment() != null) {
            definition += dialect.getColumnComment(column.getComment());
        }
        return definition;
    }

    /**
     * The column's Hive type; a {@code @Struct} aggregate column is written inline as {@code struct<a:string,…>}, its
     * fields in the order of Hibernate's user-defined type (a record's declaration order): Athena has no named types.
     */
    private static String hiveType(Column column, Metadata metadata)
    {
        if (!(column instanceof AggregateColumn aggregate)) {
            return column.getSqlType(metadata);
        }
        QualifiedName structName = aggregate.getComponent().getStructName();
        UserDefinedObjectType struct = structName == null ? null
                : metadata.getDatabase().getDefaultNamespace().locateUserDefinedType(structName.getObjectName());
        if (struct == null) {
            throw new MappingException("Column " + column.getName() + " is a @Struct aggregate without a struct type; name it with @Struct(name = …)");
        }
        StringJoiner fields = new StringJoiner(",", "struct<", ">");
        for (Column field : struct.getColumns()) {
            fields.add(field.getName() + ':' + hiveType(field, metadata));
        }
        return fields.toString();
    }

    private static String location(AthenaTableDefinition definition, String owner, String schema, String table)
    {
        if (!definition.location().isEmpty()) {
            return definition.location().endsWith("/") ? definition.location() : definition.location() + '/';
        }
        if (definition.defaultLocationPrefix().isEmpty()) {
            throw new MappingException(owner + ": table " + table + " has no location; set @AthenaTable(location = \"s3://…\") or the setting " + AthenaSettings.LOCATION_PREFIX);
        }
        String prefix = definition.defaultLocationPrefix();
        if (!prefix.endsWith("/")) {
            prefix += '/';
        }
        return prefix + (schema == null ? AthenaSettings.DEFAULT_DATABASE : schema) + '/' + table + '/';
    }

    static String schemaName(Table table, SqlStringGenerationContext context)
    {
        Identifier schema = context.schemaWithDefault(table.getSchemaIdentifier());
        return schema == null ? null : schema.getText();
    }

    private static Map<String, Object> settings(Metadata metadata)
    {
        return metadata.getDatabase().getServiceRegistry().requireService(ConfigurationService.class).getSettings();
    }

    private static String properties(Map<String, String> properties)
    {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        properties.forEach((name, value) -> list.add(stringLiteral(name) + '=' + stringLiteral(value)));
        return list.toString();
    }

    /** {@code `db`.`t`}, or {@code `t`} without a schema. */
    static String qualifiedName(String schema, String table)
    {
        return schema == null ? backticks(table) : backticks(schema) + '.' + backticks(table);
    }

    /** A Hive identifier in backticks; a backtick inside is doubled, as Hive reads it. */
    static String backticks(String name)
    {
        return '`' + name.replace("`", "``") + '`';
    }

    /** A Hive string literal: Hive's lexer reads backslash escapes, so both {@code \} and {@code '} are escaped. */
    static String stringLiteral(String value)
    {
        StringBuilder literal = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> literal.append("\\\\");
                case '\'' -> literal.append("\\'");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                default -> literal.append(c);
            }
        }
        return literal.append('\'').toString();
    }
}
