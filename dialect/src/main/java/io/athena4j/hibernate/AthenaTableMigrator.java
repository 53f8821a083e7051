package io.athena4j.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.extract.spi.TableInformation;
import org.hibernate.tool.schema.spi.TableMigrator;

import java.util.StringJoiner;

import static org.hibernate.tool.schema.spi.Exporter.NO_COMMANDS;

/**
 * {@code hbm2ddl=update} for Athena: mapped columns the table lacks are added with one Hive
 * {@code ALTER TABLE `db`.`t` ADD COLUMNS (`c` type, …)}. Hibernate's standard {@code alter table … add column …}
 * is not Athena syntax. Columns are never altered or dropped: Athena cannot change a column's type in place.
 */
public class AthenaTableMigrator
        implements TableMigrator
{
    private final AthenaTableExporter exporter;

    public AthenaTableMigrator(AthenaTableExporter exporter)
    {
        this.exporter = exporter;
    }

    @Override
    public String[] getSqlAlterStrings(Table table, Metadata metadata, TableInformation tableInformation, SqlStringGenerationContext context)
    {
        StringJoiner added = new StringJoiner(", ", " ADD COLUMNS (", ")");
        added.setEmptyValue("");
        for (Column column : table.getColumns()) {
            if (tableInformation.getColumn(Identifier.toIdentifier(column.getName(), column.isQuoted())) == null) {
                added.add(exporter.columnDefinition(column, metadata));
            }
        }
        if (added.length() == 0) {
            return NO_COMMANDS;
        }
        return new String[] {"ALTER TABLE " + AthenaTableExporter.qualifiedName(AthenaTableExporter.schemaName(table, context), table.getName()) + added};
    }
}
