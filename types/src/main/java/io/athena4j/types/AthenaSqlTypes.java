package io.athena4j.types;

/**
 * Hibernate type codes of Athena's complex types. Hibernate has no code for a map and one generic code for arrays and
 * structs; these vendor codes (outside Hibernate's ranges) let athena4j register its own DDL names and JDBC handling
 * without changing how Hibernate maps anything else.
 */
public final class AthenaSqlTypes
{
    /** {@code array<T>} mapped by {@link AthenaArray}. */
    public static final int ARRAY = 30_001;

    /** {@code map<K,V>} mapped by {@link AthenaMap}. */
    public static final int MAP = 30_002;

    /** {@code struct<…>} mapped by {@link AthenaStruct}. */
    public static final int STRUCT = 30_003;

    private AthenaSqlTypes() {}
}
