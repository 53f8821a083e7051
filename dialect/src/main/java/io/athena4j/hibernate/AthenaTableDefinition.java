package io.athena4j.hibernate;

import org.hibernate.MappingException;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What one table is to become in Athena: its {@link AthenaTable} (if an entity declares one) merged with the
 * dialect-wide {@link AthenaSettings}. Shared by the table exporter and the boot-time mapping checks so both agree on
 * which tables are Hive and which Iceberg.
 *
 * @param owner the entity that maps the table, for messages; {@code null} for collection tables
 */
record AthenaTableDefinition(
        String owner,
        TableType type,
        StorageFormat format,
        String location,
        String defaultLocationPrefix,
        List<String> partitionedBy,
        List<String> partitionTransforms,
        List<String> bucketedBy,
        int buckets,
        String rowFormat,
        Map<String, String> serdeProperties,
        String compression,
        Map<String, String> tableProperties)
{
    AthenaTableDefinition
    {
        requireNonNull(type, "type is null");
        requireNonNull(format, "format is null");
    }

    boolean iceberg()
    {
        return type == TableType.ICEBERG;
    }

    /** The definition of {@code table}: from the entity mapped to it, or the defaults alone. */
    static AthenaTableDefinition forTable(Table table, Metadata metadata, Map<String, Object> settings)
    {
        PersistentClass entity = entityOf(table, metadata);
        if (entity == null) {
            return of(null, (AthenaTable) null, settings);
        }
        return of(entity.getEntityName(), annotationOf(entity), settings);
    }

    /** The definition for an entity carrying {@code annotation} (may be {@code null}) under {@code settings}. */
    static AthenaTableDefinition of(String owner, AthenaTable annotation, Map<String, Object> settings)
    {
        TableType type = annotation == null ? TableType.DEFAULT : annotation.type();
        if (type == TableType.DEFAULT) {
            type = enumSetting(settings, AthenaSettings.TABLE_TYPE, TableType.class, TableType.HIVE);
        }
        StorageFormat format = annotation == null ? StorageFormat.DEFAULT : annotation.format();
        if (format == StorageFormat.DEFAULT) {
            format = enumSetting(settings, AthenaSettings.STORAGE_FORMAT, StorageFormat.class, StorageFormat.PARQUET);
        }
        String compression = annotation == null ? "" : annotation.compression();
        if (compression.isEmpty()) {
            compression = stringSetting(settings, AthenaSettings.COMPRESSION);
        }
        String prefix = stringSetting(settings, AthenaSettings.LOCATION_PREFIX);
        if (annotation == null) {
            return new AthenaTableDefinition(owner, type, format, "", prefix, List.of(), List.of(), List.of(), 0, "", Map.of(), compression, Map.of());
        }
        if (annotation.buckets() < 0 || (annotation.buckets() == 0) != (annotation.bucketedBy().length == 0)) {
            throw new MappingException(owner + ": @AthenaTable needs both bucketedBy and buckets > 0, or neither");
        }
        if (type == TableType.HIVE && annotation.partitionTransforms().length > 0) {
            throw new MappingException(owner + ": @AthenaTable partitionTransforms are for Iceberg tables; use type = TableType.ICEBERG, or partitionedBy for Hive");
        }
        return new AthenaTableDefinition(
                owner,
                type,
                format,
                annotation.location(),
                prefix,
                List.of(annotation.partitionedBy()),
                List.of(annotation.partitionTransforms()),
                List.of(annotation.bucketedBy()),
                annotation.buckets(),
                annotation.rowFormat(),
                properties(annotation.serdeProperties()),
                compression,
                properties(annotation.tableProperties()));
    }

    /** The entity whose own table {@code table} is, or {@code null} (collection and join tables). */
    static PersistentClass entityOf(Table table, Metadata metadata)
    {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity.getTable() == table) {
                return entity;
            }
        }
        return null;
    }

    static AthenaTable annotationOf(PersistentClass entity)
    {
        Class<?> type = entity.getMappedClass();
        // Single-table subclasses share the root's table: the root's annotation decides.
        return type == null ? null : type.getAnnotation(AthenaTable.class);
    }

    private static Map<String, String> properties(AthenaTable.Property[] properties)
    {
        Map<String, String> map = new LinkedHashMap<>();
        for (AthenaTable.Property property : properties) {
            map.put(property.name(), property.value());
        }
        return map;
    }

    private static String stringSetting(Map<String, Object> settings, String name)
    {
        Object value = settings.get(name);
        return value == null ? "" : value.toString().trim();
    }

    private static <E extends Enum<E>> E enumSetting(Map<String, Object> settings, String name, Class<E> type, E fallback)
    {
        Object value = settings.get(name);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            return Enum.valueOf(type, value.toString().trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            List<String> accepted = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                accepted.add(constant.name());
            }
            throw new MappingException("Setting " + name + "='" + value + "' is not one of " + accepted, e);
        }
    }
}
