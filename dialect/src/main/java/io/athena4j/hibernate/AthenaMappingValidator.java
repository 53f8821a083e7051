package io.athena4j.hibernate;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import org.hibernate.MappingException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.JoinedSubclass;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Refuses, while the session factory is built, mappings Athena cannot run, with a message naming the entity and the
 * fix, instead of letting them fail later on the first INSERT or UPDATE:
 * <ul>
 * <li>a Hive-table entity that is not {@code @Immutable}: Hive tables accept only INSERT, so an UPDATE or DELETE
 * Hibernate would issue on flush can only fail;
 * <li>{@code @GeneratedValue} with IDENTITY, SEQUENCE, TABLE, or AUTO on a non-UUID id: Athena has no identity
 * columns or sequences, and the table emulation needs an UPDATE of a counter row;
 * <li>JOINED inheritance: every insert would span several tables, and polymorphic bulk mutations need temporary tables.
 * </ul>
 * Registered as a service ({@code META-INF/services/org.hibernate.integrator.spi.Integrator}); it does nothing unless
 * the dialect is {@link AthenaDialect}.
 */
public class AthenaMappingValidator
        implements Integrator
{
    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory)
    {
        if (!(sessionFactory.getJdbcServices().getDialect() instanceof AthenaDialect)) {
            return;
        }
        Map<String, Object> settings = sessionFactory.getServiceRegistry().requireService(ConfigurationService.class).getSettings();
        List<String> problems = new ArrayList<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            problems.addAll(problems(entity, settings));
        }
        if (!problems.isEmpty()) {
            throw new MappingException("Mappings Athena cannot run:\n  " + String.join("\n  ", problems));
        }
    }

    static List<String> problems(PersistentClass entity, Map<String, Object> settings)
    {
        List<String> problems = new ArrayList<>();
        String name = entity.getEntityName();
        if (entity instanceof JoinedSubclass) {
            problems.add(name + " uses JOINED inheritance, which Athena cannot write (one insert per table, no transactions): use SINGLE_TABLE or TABLE_PER_CLASS inheritance");
        }
        PersistentClass root = entity.getRootClass();
        AthenaTableDefinition definition = AthenaTableDefinition.of(name, AthenaTableDefinition.annotationOf(root), settings);
        if (!definition.iceberg() && entity.isMutable()) {
            problems.add(name + " maps a Hive table, which accepts only INSERT: annotate it @org.hibernate.annotations.Immutable, or make it an Iceberg table with @AthenaTable(type = TableType.ICEBERG)");
        }
        if (entity == root) {
            GenerationType strategy = generationStrategy(entity);
            if (strategy != null) {
                boolean uuid = entity.getIdentifierProperty() != null && entity.getIdentifierProperty().getType().getReturnedClass() == UUID.class;
                if (strategy != GenerationType.AUTO && strategy != GenerationType.UUID || strategy == GenerationType.AUTO && !uuid) {
                    problems.add(name + " uses @GeneratedValue(strategy = " + strategy + "), but Athena has no identity columns or sequences and cannot update a generator table: assign ids in the application, or use a UUID id with @GeneratedValue(strategy = GenerationType.UUID) or @UuidGenerator");
                }
            }
        }
        return problems;
    }

    /** The {@code @GeneratedValue} strategy of the entity's id field or getter, or {@code null} without one. */
    private static GenerationType generationStrategy(PersistentClass entity)
    {
        Property id = entity.getIdentifierProperty();
        Class<?> type = entity.getMappedClass();
        if (id == null || type == null) {
            return null;
        }
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            GeneratedValue generated = annotation(field(current, id.getName()));
            if (generated == null) {
                generated = annotation(getter(current, id.getName()));
            }
            if (generated != null) {
                return generated.strategy();
            }
        }
        return null;
    }

    private static GeneratedValue annotation(AnnotatedElement element)
    {
        return element == null ? null : element.getAnnotation(GeneratedValue.class);
    }

    private static Field field(Class<?> type, String name)
    {
        for (Field field : type.getDeclaredFields()) {
            if (field.getName().equals(name)) {
                return field;
            }
        }
        return null;
    }

    private static Method getter(Class<?> type, String property)
    {
        String suffix = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
        for (Method method : type.getDeclaredMethods()) {
            if (method.getParameterCount() == 0 && (method.getName().equals("get" + suffix) || method.getName().equals("is" + suffix))) {
                return method;
            }
        }
        return null;
    }
}
