package io.athena4j.types;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;

import java.sql.Types;

/**
 * Registers athena4j's complex types with every Hibernate bootstrap that has this jar on the class path (listed in
 * {@code META-INF/services/org.hibernate.boot.model.TypeContributor}): the JDBC handling and the DDL names of
 * {@link AthenaSqlTypes}. The vendor codes are used only by athena4j's own annotations, so nothing else changes.
 */
public final class AthenaTypeContributor
        implements TypeContributor
{
    @Override
    public void contribute(TypeContributions typeContributions, ServiceRegistry serviceRegistry)
    {
        JdbcTypeRegistry jdbcTypes = typeContributions.getTypeConfiguration().getJdbcTypeRegistry();
        DdlTypeRegistry ddlTypes = typeContributions.getTypeConfiguration().getDdlTypeRegistry();
        typeContributions.contributeJavaType(ComplexJdbcValueJavaType.INSTANCE);

        jdbcTypes.addDescriptor(AthenaSqlTypes.ARRAY, new ComplexJdbcType(AthenaSqlTypes.ARRAY, Types.ARRAY, "ATHENA_ARRAY"));
        jdbcTypes.addDescriptor(AthenaSqlTypes.MAP, new ComplexJdbcType(AthenaSqlTypes.MAP, Types.JAVA_OBJECT, "ATHENA_MAP"));
        jdbcTypes.addDescriptor(AthenaSqlTypes.STRUCT, new ComplexJdbcType(AthenaSqlTypes.STRUCT, Types.STRUCT, "ATHENA_STRUCT"));

        ddlTypes.addDescriptor(new ComplexDdlType(AthenaSqlTypes.ARRAY, "array"));
        ddlTypes.addDescriptor(new ComplexDdlType(AthenaSqlTypes.MAP, "map"));
        ddlTypes.addDescriptor(new ComplexDdlType(AthenaSqlTypes.STRUCT, "struct"));

        // Hibernate's @Struct embeddables, read as JSON: only on Athena, where the dialect renders struct<…> and field access.
        if (isAthena(serviceRegistry.requireService(JdbcServices.class).getDialect())) {
            jdbcTypes.addDescriptor(SqlTypes.STRUCT, JsonStructJdbcType.INSTANCE);
        }
    }

    /** By name: athena4j-types does not depend on athena4j-dialect, and a subclass of AthenaDialect counts. */
    private static boolean isAthena(Dialect dialect)
    {
        for (Class<?> type = dialect.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("io.athena4j.hibernate.AthenaDialect")) {
                return true;
            }
        }
        return false;
    }
}
