package io.athena4j.local.server.hive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * The Hive type of a Trino type as {@code information_schema.columns} spells it ({@code integer},
     * {@code row("a" integer, "b" array(varchar))}), for tables created with Trino syntax (CTAS).
     *
     * @throws IllegalArgumentException for a type Hive DDL cannot express
     */
    public static HiveType fromTrino(String trinoType)
    {
        requireNonNull(trinoType, "trinoType is null");
        return new TrinoTypeReader(trinoType).read();
    }

    static String quoteTrinoName(String name)
    {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Reads Trino's type spelling; only as much of it as Hive types can express. */
    private static final class TrinoTypeReader
    {
        private final String text;
        private int position;

        TrinoTypeReader(String text)
        {
            this.text = text;
        }

        HiveType read()
        {
            HiveType type = readType();
            skipSpaces();
            if (position != text.length()) {
                throw invalid();
            }
            return type;
        }

        private HiveType readType()
        {
            skipSpaces();
            String word = readWord().toLowerCase(Locale.ROOT);
            switch (word) {
                case "array" -> {
                    expect('(');
                    HiveType element = readType();
                    expect(')');
                    return new HiveType("array", List.of(), List.of(element), List.of());
                }
                case "map" -> {
                    expect('(');
                    HiveType key = readType();
                    expect(',');
                    HiveType value = readType();
                    expect(')');
                    return new HiveType("map", List.of(), List.of(key, value), List.of());
                }
                case "row" -> {
                    expect('(');
                    List<String> names = new ArrayList<>();
                    List<HiveType> types = new ArrayList<>();
                    do {
                        skipSpaces();
                        names.add(readFieldName());
                        types.add(readType());
                        skipSpaces();
                    }
                    while (accept(','));
                    expect(')');
                    return new HiveType("struct", List.of(), types, names);
                }
                default -> {
                    List<Integer> parameters = new ArrayList<>();
                    skipSpaces();
                    if (accept('(')) {
                        do {
                            skipSpaces();
                            parameters.add(Integer.parseInt(readWord()));
                            skipSpaces();
                        }
                        while (accept(','));
                        expect(')');
                    }
                    return switch (word) {
                        case "integer" -> primitive("int", List.of());
                        case "real" -> primitive("float", List.of());
                        case "varbinary" -> primitive("binary", List.of());
                        case "varchar" -> parameters.isEmpty() ? primitive("string", List.of()) : primitive("varchar", parameters);
                        case "timestamp" -> primitive("timestamp", List.of());
                        case "tinyint", "smallint", "bigint", "double", "boolean", "date", "decimal", "char" -> primitive(word, parameters);
                        default -> throw invalid();
                    };
                }
            }
        }

        private String readFieldName()
        {
            if (position < text.length() && text.charAt(position) == '"') {
                StringBuilder name = new StringBuilder();
                position++;
                while (position < text.length()) {
                    char character = text.charAt(position++);
                    if (character == '"') {
                        if (position < text.length() && text.charAt(position) == '"') {
                            name.append('"');
                            position++;
                            continue;
                        }
                        return name.toString();
                    }
                    name.append(character);
                }
                throw invalid();
            }
            return readWord();
        }

        private String readWord()
        {
            int start = position;
            while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
                position++;
            }
            if (start == position) {
                throw invalid();
            }
            return text.substring(start, position);
        }

        private boolean accept(char character)
        {
            skipSpaces();
            if (position < text.length() && text.charAt(position) == character) {
                position++;
                return true;
            }
            return false;
        }

        private void expect(char character)
        {
            if (!accept(character)) {
                throw invalid();
            }
        }

        private void skipSpaces()
        {
            while (position < text.length() && text.charAt(position) == ' ') {
                position++;
            }
        }

        private IllegalArgumentException invalid()
        {
            return new IllegalArgumentException("Type '%s' has no Hive DDL spelling".formatted(text));
        }
    }
}
