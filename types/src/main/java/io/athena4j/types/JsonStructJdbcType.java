package io.athena4j.types;

import com.fasterxml.jackson.databind.JsonNode;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.UserDefinedObjectType;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EmbeddableMappingType;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.java.spi.UnknownBasicJavaType;
import org.hibernate.type.descriptor.jdbc.AggregateJdbcType;
import org.hibernate.type.descriptor.jdbc.StructHelper;
import org.hibernate.type.descriptor.jdbc.StructJdbcType;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;
import org.hibernate.type.spi.TypeConfiguration;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Struct;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Hibernate's {@code @Struct} aggregate embeddables on Athena, read losslessly: Hibernate's own {@link StructJdbcType}
 * (which gives HQL path access such as {@code c.profile.address}) with two changes. The top-level select item is
 * {@code cast(col as json)} and the JSON is turned into the {@link Struct} Hibernate expects, instead of the driver
 * parsing Athena's ambiguous {@code {a=1, b=x}} text; and the struct is bound with the Trino row type
 * ({@code CAST(ROW(…) AS row(address varchar, …))}) since Athena rows have no named types.
 */
final class JsonStructJdbcType
        extends StructJdbcType
{
    static final JsonStructJdbcType INSTANCE = new JsonStructJdbcType(null, null, null, List.of(), null);

    private static final JavaType<Object[]> OBJECT_ARRAY = new UnknownBasicJavaType<>(Object[].class);

    /** The struct's fields in column order (the user-defined type's order: a record's declaration order). */
    private final List<String> fieldNames;
    private final int[] orderMapping;
    private final TypeConfiguration typeConfiguration;
    /** Trino's {@code row(…)} type: computed on first use, as the embeddable's attributes are not ready at creation. */
    private volatile String rowTypeName;

    private JsonStructJdbcType(EmbeddableMappingType embeddable, String structName, int[] orderMapping, List<String> fieldNames, TypeConfiguration typeConfiguration)
    {
        super(embeddable, structName, orderMapping);
        this.fieldNames = List.copyOf(fieldNames);
        this.orderMapping = orderMapping == null ? null : orderMapping.clone();
        this.typeConfiguration = typeConfiguration;
    }

    @Override
    public AggregateJdbcType resolveAggregateJdbcType(EmbeddableMappingType embeddable, String sqlType, RuntimeModelCreationContext context)
    {
        Namespace namespace = context.getBootModel().getDatabase().getDefaultNamespace();
        UserDefinedObjectType struct = namespace.locateUserDefinedType(Identifier.toIdentifier(sqlType));
        List<String> names = new ArrayList<>();
        for (Column column : struct.getColumns()) {
            names.add(column.getName());
        }
        return new JsonStructJdbcType(embeddable, sqlType, struct.getOrderMapping(), names, context.getTypeConfiguration());
    }

    /**
     * The Trino row type, e.g. {@code row(address varchar, geo row(lat double, lon double))}, which Athena rows are
     * bound as: they have no named types. ({@link #getStructTypeName()} stays the {@code @Struct} name, Hibernate's key.)
     */
    String rowTypeName()
    {
        String name = rowTypeName;
        if (name == null) {
            name = computeRowTypeName();
            rowTypeName = name;
        }
        return name;
    }

    private String computeRowTypeName()
    {
        EmbeddableMappingType embeddable = requireNonNull(getEmbeddableMappingType(), "embeddable");
        DdlTypeRegistry ddlTypes = typeConfiguration.getDdlTypeRegistry();
        StringBuilder rowType = new StringBuilder("row(");
        for (int position = 0; position < fieldNames.size(); position++) {
            AttributeMapping attribute = embeddable.getAttributeMapping(attributeIndex(position));
            String castType;
            if (attribute instanceof BasicValuedModelPart basic) {
                JdbcMapping jdbcMapping = basic.getJdbcMapping();
                Size size = new Size(basic.getPrecision(), basic.getScale(), basic.getLength());
                castType = ddlTypes.getDescriptor(jdbcMapping.getJdbcType().getDdlTypeCode()).getCastTypeName(size, basic, ddlTypes);
            }
            else if (attribute instanceof EmbeddableValuedModelPart nested && nested.getEmbeddableTypeDescriptor().getAggregateMapping() != null) {
                castType = nestedType(nested).rowTypeName();
            }
            else {
                throw new IllegalArgumentException(embeddable.getJavaType().getTypeName() + "." + attribute.getAttributeName() + ": a @Struct "
                        + "embeddable on Athena holds basic attributes, athena4j complex attributes and nested @Struct embeddables only");
            }
            rowType.append(position == 0 ? "" : ", ").append(fieldNames.get(position)).append(' ').append(castType);
        }
        return rowType.append(')').toString();
    }

    private int attributeIndex(int position)
    {
        return orderMapping == null ? position : orderMapping[position];
    }

    private static JsonStructJdbcType nestedType(EmbeddableValuedModelPart nested)
    {
        return (JsonStructJdbcType) nested.getEmbeddableTypeDescriptor().getAggregateMapping().getJdbcMapping().getJdbcType();
    }

    @Override
    public Expression wrapTopLevelSelectionExpression(Expression expression)
    {
        return JsonSelection.castAsJson(expression);
    }

    /**
     * The struct to bind: Hibernate's attribute values in field order, athena4j complex attributes turned into the JDBC
     * values they bind as, under the Trino row type (which the driver renders as {@code CAST(ROW(…) AS row(…))}).
     */
    @Override
    public Object createJdbcValue(Object domainValue, WrapperOptions options)
            throws SQLException
    {
        Object[] attributes = StructHelper.getJdbcValues(getEmbeddableMappingType(), orderMapping, domainValue, options);
        Connection connection = options.getSession().getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        for (int position = 0; position < attributes.length; position++) {
            if (attributes[position] instanceof ComplexJdbcValue.Typed typed) {
                attributes[position] = typed.type().toJdbc(connection, typed.value(), typed.attribute());
            }
            else if (attributes[position] != null && !(attributes[position] instanceof Struct)
                    && getEmbeddableMappingType().getAttributeMapping(attributeIndex(position)) instanceof EmbeddableValuedModelPart nested) {
                // Hibernate hands a nested @Struct over as its domain value.
                attributes[position] = nestedType(nested).createJdbcValue(attributes[position], options);
            }
        }
        return connection.createStruct(rowTypeName(), attributes);
    }

    /** A nested struct that is NULL stays null: Hibernate's own implementation expects a value here. */
    @Override
    public Object[] extractJdbcValues(Object rawJdbcValue, WrapperOptions options)
            throws SQLException
    {
        return rawJdbcValue == null ? null : super.extractJdbcValues(rawJdbcValue, options);
    }

    /**
     * Reads the JSON into the {@code Object[]} of attribute values that Hibernate's aggregate initializers expect. The
     * wrapped top-level selection is extracted with the embeddable's own Java type rather than the {@code Object[]}
     * Hibernate asks for on an unwrapped column, so the array form is returned for every Java type.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType)
    {
        ValueExtractor<X> structExtractor = (ValueExtractor<X>) super.getExtractor(OBJECT_ARRAY);
        return new ValueExtractor<>()
        {
            @Override
            public X extract(ResultSet rs, int paramIndex, WrapperOptions options)
                    throws SQLException
            {
                return structExtractor.extract(structResult(rs.getString(paramIndex)), 1, options);
            }

            @Override
            public X extract(CallableStatement statement, int paramIndex, WrapperOptions options)
                    throws SQLException
            {
                return structExtractor.extract(structResult(statement.getString(paramIndex)), 1, options);
            }

            @Override
            public X extract(CallableStatement statement, String paramName, WrapperOptions options)
                    throws SQLException
            {
                return structExtractor.extract(structResult(statement.getString(paramName)), 1, options);
            }
        };
    }

    /** A one-column result whose {@code getObject(1)} is the struct the JSON stands for: what Hibernate's extractor reads. */
    private ResultSet structResult(String json)
    {
        Struct struct = json == null ? null : struct(parse(json));
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class}, (proxy, method, arguments) ->
                switch (method.getName()) {
                    case "getObject" -> struct;
                    case "wasNull" -> struct == null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private JsonNode parse(String json)
    {
        try {
            return JsonTree.parse(json);
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read " + getEmbeddableMappingType().getJavaType().getTypeName() + ": the column value is "
                    + "not JSON. athena4j reads @Struct columns as cast(col as json); a native query must select that too", e);
        }
    }

    private Struct struct(JsonNode row)
    {
        EmbeddableMappingType embeddable = requireNonNull(getEmbeddableMappingType(), "embeddable");
        String owner = embeddable.getJavaType().getTypeName();
        if (!(row.isObject() || row.isArray()) || row.size() != fieldNames.size()) {
            throw ValueType.mismatch(owner, "a row of " + fieldNames.size() + " fields " + fieldNames, row);
        }
        Object[] attributes = new Object[fieldNames.size()];
        for (int position = 0; position < attributes.length; position++) {
            String name = fieldNames.get(position);
            JsonNode node = row.isArray() ? row.get(position) : field(row, name, owner);
            AttributeMapping attribute = embeddable.getAttributeMapping(attributeIndex(position));
            attributes[position] = node == null || node.isNull() ? null : rawValue(attribute, node, owner + "." + name);
        }
        return new JsonStruct(getStructTypeName(), attributes);
    }

    /** The raw JDBC value Hibernate's struct handling expects for {@code attribute}. */
    private static Object rawValue(AttributeMapping attribute, JsonNode node, String path)
    {
        if (attribute instanceof EmbeddableValuedModelPart nested) {
            return nestedType(nested).struct(node);
        }
        JdbcMapping jdbcMapping = ((BasicValuedModelPart) attribute).getJdbcMapping();
        if (jdbcMapping.getJdbcType() instanceof ComplexJdbcType) {
            // Decoded by the attribute's own converter, against its generic type.
            return node.toString();
        }
        Class<?> javaClass = jdbcMapping.getJdbcJavaType().getJavaTypeClass();
        if (javaClass == Float.class || javaClass == Double.class) {
            String text = node.isBigDecimal() ? node.decimalValue().toString() : node.isDouble() ? Double.toString(node.doubleValue()) : node.asText();
            return javaClass == Float.class ? (Object) Float.parseFloat(text) : (Object) Double.parseDouble(text);
        }
        if (javaClass == BigDecimal.class) {
            return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
        }
        if (javaClass == LocalDateTime.class) {
            return LocalDateTime.parse(node.asText().replace(' ', 'T'));
        }
        if (javaClass == LocalDate.class) {
            return LocalDate.parse(node.asText());
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        throw ValueType.mismatch(path, "a " + javaClass.getSimpleName(), node);
    }

    private static JsonNode field(JsonNode row, String name, String path)
    {
        JsonNode value = row.get(name);
        if (value != null) {
            return value;
        }
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) row::fields) {
            if (entry.getKey().equalsIgnoreCase(name) || entry.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return entry.getValue();
            }
        }
        throw ValueType.mismatch(path, "a row with a field '" + name + "'", row);
    }

    /** The attributes of one struct value read from JSON. */
    private record JsonStruct(String typeName, Object[] attributes)
            implements Struct
    {
        @Override
        public String getSQLTypeName()
        {
            return typeName;
        }

        @Override
        public Object[] getAttributes()
        {
            return attributes.clone();
        }

        @Override
        public Object[] getAttributes(Map<String, Class<?>> map)
        {
            return getAttributes();
        }
    }
}
