package io.athena4j.local.server.hive;

import java.util.List;
import java.util.stream.IntStream;

import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.joining;

/**
 * A column type as written in Athena's Hive DDL: {@code int}, {@code string}, {@code decimal(10,2)},
 * {@code array<string>}, {@code map<string,int>}, {@code struct<a:int,b:array<string>>}.
 *
 * @param name the lower-case base name, with Hive's aliases resolved ({@code integer} is {@code int})
 * @param parameters the numeric parameters of {@code decimal}, {@code varchar} and {@code char}
 * @param arguments the element types of {@code array}, {@code map} and {@code struct}
 * @param fieldNames the field names of a {@code struct}, one per argument
 */
public record HiveType(String name, List<Integer> parameters, List<HiveType> arguments, List<String> fieldNames)
{
    private static final List<String> PRIMITIVES = List.of(
            "tinyint", "smallint", "int", "bigint", "float", "double", "boolean", "string", "binary", "timestamp", "date", "decimal", "varchar", "char");

    public HiveType
    {
        requireNonNull(name, "name is null");
        parameters = List.copyOf(requireNonNull(parameters, "parameters is null"));
        arguments = List.copyOf(requireNonNull(arguments, "arguments is null"));
        fieldNames = List.copyOf(requireNonNull(fieldNames, "fieldNames is null"));
    }

    static HiveType primitive(String name, List<Integer> parameters)
    {
        return new HiveType(name, parameters, List.of(), List.of());
    }

    static boolean isPrimitiveName(String name)
    {
        return PRIMITIVES.contains(name);
    }

    /**
     * Parses a Hive type such as {@code struct<a:int,b:array<string>>}.
     *
     * @throws IllegalArgumentException if the text is not a Hive type
     */
    public static HiveType parse(String text)
    {
        requireNonNull(text, "text is null");
        try {
            HiveDdlParser parser = HiveDdlParser.of(text);
            return parser.parseStandaloneType();
        }
        catch (HiveParseException e) {
            throw new IllegalArgumentException("Invalid Hive type '%s': %s".formatted(text, e.detail()), e);
        }
    }

    /** Hive's spelling, as Hive tables DESCRIBE it: no spaces ({@code map<string,int>}, {@code decimal(10,2)}). */
    public String hiveSpelling()
    {
        return spelling(",", ":");
    }

    /** Athena's spelling on Iceberg tables: a space after separators ({@code map<string, int>}, {@code struct<a: int>}). */
    public String icebergSpelling()
    {
        return spelling(", ", ": ");
    }

    private String spelling(String separator, String fieldSeparator)
    {
        return switch (name) {
            case "array" -> "array<" + arguments.getFirst().spelling(separator, fieldSeparator) + ">";
            case "map" -> "map<" + arguments.get(0).spelling(separator, fieldSeparator) + separator + arguments.get(1).spelling(separator, fieldSeparator) + ">";
            case "struct" -> IntStream.range(0, arguments.size())
                    .mapToObj(index -> fieldNames.get(index) + fieldSeparator + arguments.get(index).spelling(separator, fieldSeparator))
                    .collect(joining(separator, "struct<", ">"));
            default -> parameters.isEmpty() ? name : name + parameters.stream().map(String::valueOf).collect(joining(separator, "(", ")"));
        };
    }

    /**
     * The Trino type for a Hive table column: {@code int} is {@code integer}, {@code float} is {@code real},
     * {@code string} is {@code varchar}, {@code binary} is {@code varbinary}, {@code timestamp} has millisecond
     * precision, {@code struct<a:int>} is {@code row("a" integer)}.
     */
    public String trinoType()
    {
        return trinoType(false);
    }

    /**
     * The Trino type for an Iceberg table column: as for Hive, except timestamps have microsecond precision and
     * {@code varchar(n)} is unbounded (Iceberg has only {@code string}).
     */
    public String icebergTrinoType()
    {
        return trinoType(true);
    }

    private String trinoType(boolean iceberg)
    {
        return switch (name) {
            case "int" -> "integer";
            case "float" -> "real";
            case "string" -> "varchar";
            case "binary" -> "varbinary";
            case "timestamp" -> iceberg ? "timestamp(6)" : "timestamp(3)";
            case "varchar" -> iceberg ? "varchar" : "varchar(" + parameters.getFirst() + ")";
            case "decimal", "char" -> name + parameters.stream().map(String::valueOf).collect(joining(",", "(", ")"));
            case "array" -> "array(" + arguments.getFirst().trinoType(iceberg) + ")";
            case "map" -> "map(" + arguments.get(0).trinoType(iceberg) + ", " + arguments.get(1).trinoType(iceberg) + ")";
            case "struct" -> IntStream.range(0, arguments.size())
                    .mapToObj(index -> quoteTrinoName(fieldNames.get(index)) + " " + arguments.get(index).trinoType(iceberg))
                    .collect(joining(", ", "row(", ")"));
            default -> name;
        };
    }

    static String quoteTrinoName(String name)
    {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
