package io.athena4j.types;

import org.hibernate.usertype.UserTypeCreationContext;

/**
 * The user type of {@link AthenaMap}: an Athena {@code map<K,V>}: {@code Map<K, V>} with a scalar K and any V. Hibernate creates it from the annotation.
 */
public final class AthenaMapType
        extends ComplexUserType<Object>
{
    /** Called by Hibernate for each attribute annotated {@link AthenaMap}. */
    public AthenaMapType(AthenaMap annotation, UserTypeCreationContext context)
    {
        super(annotation, context, AthenaSqlTypes.MAP, MapType.class, "Map<K, V>");
    }
}
