package io.athena4j.jdbc;

import java.sql.Struct;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Collections.unmodifiableMap;
import static java.util.Objects.requireNonNull;

/**
 * A {@code row} value read from Athena's text: its attributes in field order, as {@code String}s (Athena does not say
 * the field types), null for SQL NULL, and nested arrays and rows as {@code List}s and {@code Map}s. A named row
 * ({@code {a=1, b=x}}) keeps its field names: {@code getObject(i, Map.class)} returns them with the values. See
 * {@link AthenaComplexValueParser} for what the text cannot tell. Immutable.
 */
final class AthenaResultStruct
        implements Struct
{
    private final String text;
    private final List<String> attributeNames;
    private final List<Object> attributes;

    /**
     * @param attributeNames the field names, or null for an unnamed row
     * @param attributes the field values, unmodifiable
     */
    AthenaResultStruct(String text, List<String> attributeNames, List<Object> attributes)
    {
        this.text = requireNonNull(text, "text is null");
        this.attributeNames = attributeNames;
        this.attributes = requireNonNull(attributes, "attributes is null");
        if (attributeNames != null && attributeNames.size() != attributes.size()) {
            throw new IllegalArgumentException("attributeNames and attributes differ in size");
        }
    }

    /** {@code row}: Athena does not name row types. */
    @Override
    public String getSQLTypeName()
    {
        return "row";
    }

    @Override
    public Object[] getAttributes()
    {
        return attributes.toArray();
    }

    /** As {@link #getAttributes()}: Athena has no user-defined types to map. */
    @Override
    public Object[] getAttributes(Map<String, Class<?>> map)
    {
        return getAttributes();
    }

    /** Whether the text gave field names ({@code {a=1, b=x}}) rather than values only ({@code {1, x}}). */
    boolean isNamed()
    {
        return attributeNames != null;
    }

    /** The field names in order; empty for an unnamed row. */
    List<String> attributeNames()
    {
        return attributeNames == null ? List.of() : attributeNames;
    }

    /** The fields by name, in order; empty for an unnamed row. */
    Map<String, Object> toMap()
    {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < attributeNames().size(); i++) {
            map.put(attributeNames.get(i), attributes.get(i));
        }
        return unmodifiableMap(map);
    }

    /** Athena's text for the row. */
    @Override
    public String toString()
    {
        return text;
    }
}
