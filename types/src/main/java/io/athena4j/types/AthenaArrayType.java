package io.athena4j.types;

import org.hibernate.usertype.UserTypeCreationContext;

/**
 * The user type of {@link AthenaArray}: an Athena {@code array<T>}: {@code List<T>} or {@code T[]}, T any scalar, record, {@code Map} or {@code List}. Hibernate creates it from the annotation.
 */
public final class AthenaArrayType
        extends ComplexUserType<Object>
{
    /** Called by Hibernate for each attribute annotated {@link AthenaArray}. */
    public AthenaArrayType(AthenaArray annotation, UserTypeCreationContext context)
    {
        super(annotation, context, AthenaSqlTypes.ARRAY, ListType.class, "List<T> and T[]");
    }
}
