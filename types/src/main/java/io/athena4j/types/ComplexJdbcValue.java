package io.athena4j.types;

import static java.util.Objects.requireNonNull;

/**
 * A complex value on its way between Hibernate and JDBC: Hibernate's {@code JdbcType} is shared by every attribute of
 * a kind and does not know the attribute's Java type, so what it binds carries its {@link ValueType}, and what it reads
 * is the raw JSON that the attribute's converter decodes.
 */
sealed interface ComplexJdbcValue
{
    /** The text of {@code CAST(col AS JSON)}, as read from the result set. */
    record Json(String text)
            implements ComplexJdbcValue
    {
        public Json
        {
            requireNonNull(text, "text is null");
        }
    }

    /**
     * A Java value to bind, with its Athena type.
     *
     * @param attribute the mapped attribute, e.g. {@code Customer.profile}, for error messages
     */
    record Typed(ValueType type, Object value, String attribute)
            implements ComplexJdbcValue
    {
        public Typed
        {
            requireNonNull(type, "type is null");
            requireNonNull(value, "value is null");
            requireNonNull(attribute, "attribute is null");
        }
    }
}
