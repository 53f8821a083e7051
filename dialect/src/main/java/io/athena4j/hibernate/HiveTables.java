package io.athena4j.hibernate;

import org.hibernate.HibernateException;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.EntityMappingType;

import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Which entities map Hive tables, and the one refusal for writing anything but {@code INSERT} to them. Used where a
 * mutation cannot be refused at boot: bulk HQL, HQL upserts, and entity deletes and upserts.
 */
final class HiveTables
{
    private HiveTables() {}

    /** Whether {@code entity} maps a Hive table under the factory's settings (its root's {@link AthenaTable} decides). */
    static boolean isHive(EntityMappingType entity, SessionFactoryImplementor factory)
    {
        EntityMappingType root = entity.getRootEntityDescriptor();
        Class<?> type = root.getJavaType().getJavaTypeClass();
        AthenaTable annotation = type == null ? null : type.getAnnotation(AthenaTable.class);
        return !AthenaTableDefinition.of(root.getEntityName(), annotation, settings(factory)).iceberg();
    }

    /** The Hive-table entity whose table {@code tableExpression} names (e.g. {@code db.t}), or {@code null}. */
    static EntityMappingType hiveEntityOf(String tableExpression, SessionFactoryImplementor factory)
    {
        requireNonNull(tableExpression, "tableExpression is null");
        String table = tableExpression.toLowerCase(Locale.ROOT);
        EntityMappingType[] found = new EntityMappingType[1];
        factory.getMappingMetamodel().forEachEntityDescriptor(entity -> {
            if (found[0] == null && entity.getMappedTableDetails().getTableName().toLowerCase(Locale.ROOT).equals(table) && isHive(entity, factory)) {
                found[0] = entity;
            }
        });
        return found[0];
    }

    /** The refusal of {@code operation} (e.g. "DELETE") on the Hive table of {@code entityName}, naming the fix. */
    static HibernateException refusal(String entityName, String operation)
    {
        return new HibernateException(entityName + " maps a Hive table, which accepts only INSERT: " + operation
                + " is refused. Make it an Iceberg table with @AthenaTable(type = TableType.ICEBERG) to update, delete or merge its rows");
    }

    private static Map<String, Object> settings(SessionFactoryImplementor factory)
    {
        return factory.getServiceRegistry().requireService(ConfigurationService.class).getSettings();
    }
}
