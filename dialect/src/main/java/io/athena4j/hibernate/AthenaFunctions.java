package io.athena4j.hibernate;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.query.sqm.function.SqmFunctionRegistry;
import org.hibernate.type.BasicType;
import org.hibernate.type.BasicTypeRegistry;
import org.hibernate.type.StandardBasicTypes;

import static org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers.useArgType;

/**
 * Athena's own functions, callable from HQL by their Athena names, e.g.
 * {@code select date_format(e.createdAt, '%Y-%m') from Event e group by 1}.
 *
 * <p>Each is rendered as a plain call with its arguments as given; the return type is declared where Athena's is
 * fixed, so HQL can compare and select them, and taken from an argument where it follows one.
 */
final class AthenaFunctions
{
    private AthenaFunctions() {}

    static void register(FunctionContributions contributions)
    {
        SqmFunctionRegistry registry = contributions.getFunctionRegistry();
        BasicTypeRegistry types = contributions.getTypeConfiguration().getBasicTypeRegistry();
        BasicType<String> string = types.resolve(StandardBasicTypes.STRING);
        BasicType<Long> bigint = types.resolve(StandardBasicTypes.LONG);
        BasicType<Boolean> bool = types.resolve(StandardBasicTypes.BOOLEAN);
        BasicType<Double> dbl = types.resolve(StandardBasicTypes.DOUBLE);

        // date and time
        registry.namedDescriptorBuilder("date_format").setExactArgumentCount(2).setInvariantType(string).register();
        registry.namedDescriptorBuilder("date_trunc").setExactArgumentCount(2).setReturnTypeResolver(useArgType(2)).register();
        registry.namedDescriptorBuilder("date_add").setExactArgumentCount(3).setReturnTypeResolver(useArgType(3)).register();
        registry.namedDescriptorBuilder("date_diff").setExactArgumentCount(3).setInvariantType(bigint).register();
        registry.namedDescriptorBuilder("from_iso8601_timestamp").setExactArgumentCount(1)
                .setInvariantType(types.resolve(StandardBasicTypes.OFFSET_DATE_TIME)).register();
        registry.namedDescriptorBuilder("to_unixtime").setExactArgumentCount(1).setInvariantType(dbl).register();
        registry.namedDescriptorBuilder("from_unixtime").setArgumentCountBetween(1, 2)
                .setInvariantType(types.resolve(StandardBasicTypes.OFFSET_DATE_TIME)).register();

        // arrays and maps: element types are not known to HQL, so these are untyped
        registry.namedDescriptorBuilder("cardinality").setExactArgumentCount(1).setInvariantType(bigint).register();
        registry.namedDescriptorBuilder("contains").setExactArgumentCount(2).setInvariantType(bool).register();
        registry.namedDescriptorBuilder("element_at").setExactArgumentCount(2).register();
        registry.namedDescriptorBuilder("array_join").setArgumentCountBetween(2, 3).setInvariantType(string).register();
        registry.namedAggregateDescriptorBuilder("array_agg").setExactArgumentCount(1).register();
        registry.namedDescriptorBuilder("map_keys").setExactArgumentCount(1).register();
        registry.namedDescriptorBuilder("map_values").setExactArgumentCount(1).register();

        // strings and JSON
        registry.namedDescriptorBuilder("regexp_like").setExactArgumentCount(2).setInvariantType(bool).register();
        registry.namedDescriptorBuilder("regexp_extract").setArgumentCountBetween(2, 3).setInvariantType(string).register();
        registry.namedDescriptorBuilder("json_extract").setExactArgumentCount(2).setInvariantType(string).register();
        registry.namedDescriptorBuilder("json_extract_scalar").setExactArgumentCount(2).setInvariantType(string).register();

        // approximate aggregates
        registry.namedAggregateDescriptorBuilder("approx_distinct").setArgumentCountBetween(1, 2).setInvariantType(bigint).register();
        registry.namedAggregateDescriptorBuilder("approx_percentile").setExactArgumentCount(2).setInvariantType(dbl).register();
    }
}
