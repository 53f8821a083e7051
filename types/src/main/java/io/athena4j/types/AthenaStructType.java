package io.athena4j.types;

import org.hibernate.usertype.UserTypeCreationContext;

/**
 * The user type of {@link AthenaStruct}: an Athena {@code struct<…>}: a Java record, its components the fields in declaration order. Hibernate creates it from the annotation.
 */
public final class AthenaStructType
        extends ComplexUserType<Object>
{
    /** Called by Hibernate for each attribute annotated {@link AthenaStruct}. */
    public AthenaStructType(AthenaStruct annotation, UserTypeCreationContext context)
    {
        super(annotation, context, AthenaSqlTypes.STRUCT, RecordType.class, "records");
    }
}
