package io.athena4j.local.server.hive;

import io.athena4j.local.server.hive.HiveDdl.AddColumns;
import io.athena4j.local.server.hive.HiveDdl.AddPartitions;
import io.athena4j.local.server.hive.HiveDdl.CreateDatabase;
import io.athena4j.local.server.hive.HiveDdl.CreateTable;
import io.athena4j.local.server.hive.HiveDdl.Describe;
import io.athena4j.local.server.hive.HiveDdl.DropDatabase;
import io.athena4j.local.server.hive.HiveDdl.DropPartitions;
import io.athena4j.local.server.hive.HiveDdl.DropTable;
import io.athena4j.local.server.hive.HiveDdl.MsckRepair;
import io.athena4j.local.server.hive.HiveDdl.Optimize;
import io.athena4j.local.server.hive.HiveDdl.PartitionField;
import io.athena4j.local.server.hive.HiveDdl.PartitionSpec;
import io.athena4j.local.server.hive.HiveDdl.ReplaceColumns;
import io.athena4j.local.server.hive.HiveDdl.SetTableProperties;
import io.athena4j.local.server.hive.HiveDdl.ShowColumns;
import io.athena4j.local.server.hive.HiveDdl.ShowCreateTable;
import io.athena4j.local.server.hive.HiveDdl.ShowDatabases;
import io.athena4j.local.server.hive.HiveDdl.ShowPartitions;
import io.athena4j.local.server.hive.HiveDdl.ShowTableProperties;
import io.athena4j.local.server.hive.HiveDdl.ShowTables;
import io.athena4j.local.server.hive.HiveDdl.TableName;
import io.athena4j.local.server.hive.HiveDdl.UnsupportedAlter;
import io.athena4j.local.server.hive.HiveDdl.Vacuum;
import io.athena4j.local.server.hive.HiveToken.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A recursive-descent parser for the Hive DDL statements Athena runs on its Hive engine (athena-behaviour.md §B.1,
 * §B.2, §B.6), plus {@code OPTIMIZE} and {@code VACUUM}.
 *
 * <p>Two kinds of failure, as on Athena: a double-quoted name, {@code NOT NULL} and a table without a location are
 * rejected synchronously ({@link HiveRejection}, {@code MALFORMED_QUERY}); anything else the grammar does not accept
 * fails the query with Hive's {@code FAILED: ParseException ...} ({@link HiveParseException}).
 */
final class HiveDdlParser
{
    static final String NO_LOCATION_MESSAGE = "No location was specified for table. An S3 location must be specified";
    static final String EXTERNAL_ICEBERG_MESSAGE = "External keyword not supported for table type ICEBERG";

    private static final Set<String> ICEBERG_TRANSFORMS = Set.of("year", "month", "day", "hour", "bucket", "truncate");

    private final String sql;
    private final List<HiveToken> tokens;
    private int position;

    private HiveDdlParser(String sql, List<HiveToken> tokens)
    {
        this.sql = sql;
        this.tokens = tokens;
    }

    static HiveDdlParser of(String sql)
            throws HiveParseException
    {
        return new HiveDdlParser(sql, HiveLexer.tokenize(sql));
    }

    /**
     * Parses one statement; a trailing {@code ;} is allowed.
     */
    static HiveDdl parse(String sql)
            throws HiveParseException, HiveRejection
    {
        requireNonNull(sql, "sql is null");
        HiveDdlParser parser = of(sql);
        HiveDdl statement = parser.statement();
        parser.acceptSymbol(";");
        parser.expectEnd();
        return statement;
    }

    HiveType parseStandaloneType()
            throws HiveParseException
    {
        HiveType type = type();
        expectEnd();
        return type;
    }

    private HiveDdl statement()
            throws HiveParseException, HiveRejection
    {
        while (acceptSymbol("(")) {
            // Athena ignores leading parentheses; so does the classifier.
        }
        HiveToken first = next();
        return switch (first.kind() == Kind.WORD ? first.value() : "") {
            case "CREATE" -> create();
            case "DROP" -> drop();
            case "ALTER" -> alter();
            case "MSCK" -> {
                expectWord("REPAIR");
                expectWord("TABLE");
                yield new MsckRepair(tableName());
            }
            case "SHOW" -> show();
            case "DESCRIBE", "DESC" -> describe();
            case "OPTIMIZE" -> optimize();
            case "VACUUM" -> new Vacuum(tableName());
            default -> throw unexpected(first);
        };
    }

    private HiveDdl create()
            throws HiveParseException, HiveRejection
    {
        if (acceptWord("DATABASE") || acceptWord("SCHEMA")) {
            boolean ifNotExists = ifNotExists();
            String name = identifier();
            Optional<String> comment = Optional.empty();
            Optional<String> location = Optional.empty();
            Map<String, String> properties = Map.of();
            while (!peek().isSymbol(";") && peek().kind() != Kind.END) {
                if (acceptWord("COMMENT")) {
                    comment = Optional.of(string());
                }
                else if (acceptWord("LOCATION")) {
                    location = Optional.of(string());
                }
                else if (acceptWord("WITH")) {
                    expectWord("DBPROPERTIES");
                    properties = properties();
                }
                else {
                    throw unexpected(peek());
                }
            }
            return new CreateDatabase(ifNotExists, name, comment, location, properties);
        }
        boolean external = acceptWord("EXTERNAL");
        expectWord("TABLE");
        boolean ifNotExists = ifNotExists();
        TableName name = tableName();
        List<HiveColumn> columns = new ArrayList<>();
        if (acceptSymbol("(")) {
            do {
                columns.add(column());
            }
            while (acceptSymbol(","));
            expectSymbol(")");
        }
        Optional<String> comment = Optional.empty();
        List<PartitionField> partitionFields = new ArrayList<>();
        List<String> clusteredBy = new ArrayList<>();
        OptionalInt bucketCount = OptionalInt.empty();
        Optional<String> serde = Optional.empty();
        Map<String, String> serdeProperties = new LinkedHashMap<>();
        Optional<String> storedAs = Optional.empty();
        Optional<String> inputFormat = Optional.empty();
        Optional<String> outputFormat = Optional.empty();
        Optional<String> location = Optional.empty();
        Map<String, String> tableProperties = new LinkedHashMap<>();
        while (!peek().isSymbol(";") && peek().kind() != Kind.END) {
            if (acceptWord("COMMENT")) {
                comment = Optional.of(string());
            }
            else if (acceptWord("PARTITIONED")) {
                expectWord("BY");
                expectSymbol("(");
                do {
                    partitionFields.add(partitionField());
                }
                while (acceptSymbol(","));
                expectSymbol(")");
            }
            else if (acceptWord("CLUSTERED")) {
                expectWord("BY");
                expectSymbol("(");
                do {
                    clusteredBy.add(identifier());
                }
                while (acceptSymbol(","));
                expectSymbol(")");
                expectWord("INTO");
                bucketCount = OptionalInt.of(integer());
                expectWord("BUCKETS");
            }
            else if (acceptWord("ROW")) {
                expectWord("FORMAT");
                if (acceptWord("SERDE")) {
                    serde = Optional.of(string());
                    if (acceptWord("WITH")) {
                        expectWord("SERDEPROPERTIES");
                        serdeProperties.putAll(properties());
                    }
                }
                else {
                    expectWord("DELIMITED");
                    serde = Optional.of(HiveFormats.LAZY_SIMPLE_SERDE);
                    serdeProperties.putAll(delimited());
                }
            }
            else if (acceptWord("WITH")) {
                expectWord("SERDEPROPERTIES");
                serdeProperties.putAll(properties());
            }
            else if (acceptWord("STORED")) {
                expectWord("AS");
                if (acceptWord("INPUTFORMAT")) {
                    inputFormat = Optional.of(string());
                    expectWord("OUTPUTFORMAT");
                    outputFormat = Optional.of(string());
                }
                else {
                    storedAs = Optional.of(expectKind(Kind.WORD).value());
                }
            }
            else if (acceptWord("LOCATION")) {
                location = Optional.of(string());
            }
            else if (acceptWord("TBLPROPERTIES")) {
                tableProperties.putAll(properties());
            }
            else if (peek().isWord("AS")) {
                throw new HiveParseException(peek().line(), peek().column(), "CREATE TABLE ... AS runs on Trino; this statement should not have reached the Hive DDL parser");
            }
            else {
                throw unexpected(peek());
            }
        }
        CreateTable table = new CreateTable(external, ifNotExists, name, columns, comment, partitionFields, clusteredBy, bucketCount,
                serde, serdeProperties, storedAs, inputFormat, outputFormat, location, tableProperties);
        if (table.isIceberg()) {
            if (external) {
                throw HiveRejection.malformedQuery(EXTERNAL_ICEBERG_MESSAGE);
            }
        }
        else if (location.isEmpty()) {
            throw HiveRejection.malformedQuery(NO_LOCATION_MESSAGE);
        }
        return table;
    }

    private Map<String, String> delimited()
            throws HiveParseException
    {
        Map<String, String> properties = new LinkedHashMap<>();
        while (true) {
            if (acceptWord("FIELDS")) {
                expectWord("TERMINATED");
                expectWord("BY");
                String delimiter = string();
                properties.put("field.delim", delimiter);
                // Hive records the field delimiter as the serialization format too.
                properties.put("serialization.format", delimiter);
                if (acceptWord("ESCAPED")) {
                    expectWord("BY");
                    properties.put("escape.delim", string());
                }
            }
            else if (acceptWord("COLLECTION")) {
                expectWord("ITEMS");
                expectWord("TERMINATED");
                expectWord("BY");
                properties.put("collection.delim", string());
            }
            else if (acceptWord("MAP")) {
                expectWord("KEYS");
                expectWord("TERMINATED");
                expectWord("BY");
                properties.put("mapkey.delim", string());
            }
            else if (acceptWord("LINES")) {
                expectWord("TERMINATED");
                expectWord("BY");
                properties.put("line.delim", string());
            }
            else if (acceptWord("NULL")) {
                expectWord("DEFINED");
                expectWord("AS");
                properties.put("serialization.null.format", string());
            }
            else {
                return properties;
            }
        }
    }

    private PartitionField partitionField()
            throws HiveParseException, HiveRejection
    {
        HiveToken start = peek();
        String name = identifier();
        if (start.kind() == Kind.WORD && ICEBERG_TRANSFORMS.contains(name) && peek().isSymbol("(")) {
            expectSymbol("(");
            OptionalInt argument = OptionalInt.empty();
            if (name.equals("bucket") || name.equals("truncate")) {
                argument = OptionalInt.of(integer());
                expectSymbol(",");
            }
            String column = identifier();
            expectSymbol(")");
            return new PartitionField(column, Optional.empty(), Optional.empty(), name, argument);
        }
        if (peek().isSymbol(",") || peek().isSymbol(")")) {
            return new PartitionField(name, Optional.empty(), Optional.empty(), "identity", OptionalInt.empty());
        }
        HiveType type = type();
        Optional<String> comment = Optional.empty();
        if (acceptWord("COMMENT")) {
            comment = Optional.of(string());
        }
        rejectNotNull();
        return new PartitionField(name, Optional.of(type), comment, "identity", OptionalInt.empty());
    }

    private HiveColumn column()
            throws HiveParseException, HiveRejection
    {
        String name = identifier();
        HiveType type = type();
        rejectNotNull();
        Optional<String> comment = Optional.empty();
        if (acceptWord("COMMENT")) {
            comment = Optional.of(string());
        }
        rejectNotNull();
        return new HiveColumn(name, type, comment);
    }

    /** Athena's DDL has no column constraints; its parser rejects {@code NOT NULL} before anything runs. */
    private void rejectNotNull()
            throws HiveRejection
    {
        HiveToken token = peek();
        if (token.isWord("NOT") || token.isWord("NULL")) {
            throw HiveRejection.malformedQuery("line %s:%s: mismatched input '%s' expecting {')', ',', 'COMMENT'}".formatted(token.line(), token.column() + 1, token.text()));
        }
    }

    HiveType type()
            throws HiveParseException
    {
        HiveToken token = expectKind(Kind.WORD);
        String name = token.value().toLowerCase(Locale.ROOT);
        switch (name) {
            case "array" -> {
                expectSymbol("<");
                HiveType element = type();
                expectSymbol(">");
                return new HiveType("array", List.of(), List.of(element), List.of());
            }
            case "map" -> {
                expectSymbol("<");
                HiveType key = type();
                expectSymbol(",");
                HiveType value = type();
                expectSymbol(">");
                return new HiveType("map", List.of(), List.of(key, value), List.of());
            }
            case "struct" -> {
                expectSymbol("<");
                List<String> names = new ArrayList<>();
                List<HiveType> types = new ArrayList<>();
                do {
                    HiveToken field = next();
                    if (field.kind() != Kind.WORD && field.kind() != Kind.BACKQUOTED) {
                        throw unexpected(field);
                    }
                    names.add(field.name());
                    expectSymbol(":");
                    types.add(type());
                }
                while (acceptSymbol(","));
                expectSymbol(">");
                return new HiveType("struct", List.of(), types, names);
            }
            default -> {
                String resolved = switch (name) {
                    case "integer" -> "int";
                    case "double" -> {
                        acceptWord("PRECISION");
                        yield "double";
                    }
                    case "numeric", "dec" -> "decimal";
                    default -> name;
                };
                if (!HiveType.isPrimitiveName(resolved)) {
                    throw new HiveParseException(token.line(), token.column(), "cannot recognize input near '%s' in column type".formatted(token.text()));
                }
                List<Integer> parameters = new ArrayList<>();
                if (acceptSymbol("(")) {
                    do {
                        parameters.add(integer());
                    }
                    while (acceptSymbol(","));
                    expectSymbol(")");
                }
                if (resolved.equals("decimal") && parameters.isEmpty()) {
                    // Hive's default decimal is decimal(10,0).
                    parameters = List.of(10, 0);
                }
                if (resolved.equals("decimal") && parameters.size() == 1) {
                    parameters = List.of(parameters.getFirst(), 0);
                }
                if ((resolved.equals("varchar") || resolved.equals("char")) && parameters.size() != 1) {
                    throw new HiveParseException(token.line(), token.column(), "%s requires a length, for example %s(10)".formatted(resolved, resolved));
                }
                return HiveType.primitive(resolved, parameters);
            }
        }
    }

    private HiveDdl drop()
            throws HiveParseException, HiveRejection
    {
        if (acceptWord("DATABASE") || acceptWord("SCHEMA")) {
            boolean ifExists = ifExists();
            String name = identifier();
            boolean cascade = acceptWord("CASCADE");
            if (!cascade) {
                acceptWord("RESTRICT");
            }
            return new DropDatabase(ifExists, name, cascade);
        }
        expectWord("TABLE");
        boolean ifExists = ifExists();
        TableName name = tableName();
        acceptWord("PURGE");
        return new DropTable(ifExists, name);
    }

    private HiveDdl alter()
            throws HiveParseException, HiveRejection
    {
        expectWord("TABLE");
        TableName name = tableName();
        if (peek().isWord("ADD") && (peek(1).isWord("COLUMNS") || peek(1).isWord("IF") || peek(1).isWord("PARTITION"))) {
            next();
            if (acceptWord("COLUMNS")) {
                return new AddColumns(name, columnList());
            }
            boolean ifNotExists = ifNotExists();
            List<PartitionSpec> partitions = new ArrayList<>();
            do {
                Map<String, String> values = partitionValues();
                Optional<String> location = acceptWord("LOCATION") ? Optional.of(string()) : Optional.empty();
                partitions.add(new PartitionSpec(values, location));
            }
            while (peek().isWord("PARTITION"));
            return new AddPartitions(name, ifNotExists, partitions);
        }
        if (acceptWord("REPLACE")) {
            expectWord("COLUMNS");
            return new ReplaceColumns(name, columnList());
        }
        if (peek().isWord("DROP") && (peek(1).isWord("IF") || peek(1).isWord("PARTITION"))) {
            next();
            boolean ifExists = ifExists();
            List<PartitionSpec> partitions = new ArrayList<>();
            do {
                partitions.add(new PartitionSpec(partitionValues(), Optional.empty()));
            }
            while (acceptSymbol(","));
            acceptWord("PURGE");
            return new DropPartitions(name, ifExists, partitions);
        }
        if (peek().isWord("SET") && peek(1).isWord("TBLPROPERTIES")) {
            position += 2;
            return new SetTableProperties(name, properties());
        }
        StringBuilder action = new StringBuilder();
        while (peek().kind() == Kind.WORD && action.length() < 40) {
            action.append(action.isEmpty() ? "" : " ").append(next().value());
        }
        while (peek().kind() != Kind.END) {
            next();
        }
        return new UnsupportedAlter(name, action.toString());
    }

    private List<HiveColumn> columnList()
            throws HiveParseException, HiveRejection
    {
        expectSymbol("(");
        List<HiveColumn> columns = new ArrayList<>();
        do {
            columns.add(column());
        }
        while (acceptSymbol(","));
        expectSymbol(")");
        return columns;
    }

    private Map<String, String> partitionValues()
            throws HiveParseException, HiveRejection
    {
        expectWord("PARTITION");
        expectSymbol("(");
        Map<String, String> values = new LinkedHashMap<>();
        do {
            String key = identifier();
            expectSymbol("=");
            HiveToken value = next();
            if (!value.isString() && value.kind() != Kind.NUMBER && value.kind() != Kind.WORD) {
                throw unexpected(value);
            }
            values.put(key, value.kind() == Kind.WORD ? value.text() : value.value());
        }
        while (acceptSymbol(","));
        expectSymbol(")");
        return values;
    }

    private HiveDdl show()
            throws HiveParseException, HiveRejection
    {
        if (acceptWord("TABLES")) {
            Optional<String> database = Optional.empty();
            if (acceptWord("IN") || acceptWord("FROM")) {
                database = Optional.of(databaseName());
            }
            acceptWord("LIKE");
            Optional<String> pattern = peek().isString() ? Optional.of(next().value()) : Optional.empty();
            return new ShowTables(database, pattern);
        }
        if (acceptWord("DATABASES") || acceptWord("SCHEMAS")) {
            Optional<String> pattern = Optional.empty();
            if (acceptWord("LIKE") || peek().isString()) {
                pattern = Optional.of(string());
            }
            return new ShowDatabases(pattern);
        }
        if (acceptWord("COLUMNS")) {
            if (!acceptWord("IN")) {
                expectWord("FROM");
            }
            TableName name = tableName();
            if (acceptWord("IN") || acceptWord("FROM")) {
                name = new TableName(Optional.of(identifier()), name.table());
            }
            return new ShowColumns(name);
        }
        if (acceptWord("PARTITIONS")) {
            return new ShowPartitions(tableName());
        }
        if (acceptWord("CREATE")) {
            expectWord("TABLE");
            return new ShowCreateTable(tableName());
        }
        if (acceptWord("TBLPROPERTIES")) {
            TableName name = tableName();
            Optional<String> property = Optional.empty();
            if (acceptSymbol("(")) {
                property = Optional.of(string());
                expectSymbol(")");
            }
            return new ShowTableProperties(name, property);
        }
        throw unexpected(peek());
    }

    private HiveDdl describe()
            throws HiveParseException, HiveRejection
    {
        boolean formatted = false;
        if (peek().kind() == Kind.WORD && (peek().isWord("FORMATTED") || peek().isWord("EXTENDED")) && peek(1).kind() != Kind.END && !peek(1).isSymbol(".")) {
            formatted = true;
            next();
        }
        TableName name = tableName();
        return new Describe(name, formatted);
    }

    private HiveDdl optimize()
            throws HiveParseException, HiveRejection
    {
        TableName name = tableName();
        expectWord("REWRITE");
        expectWord("DATA");
        expectWord("USING");
        expectWord("BIN_PACK");
        Optional<String> where = Optional.empty();
        if (peek().isWord("WHERE")) {
            HiveToken whereToken = next();
            String predicate = sql.substring(whereToken.offset() + whereToken.text().length()).strip();
            if (predicate.endsWith(";")) {
                predicate = predicate.substring(0, predicate.length() - 1).strip();
            }
            where = Optional.of(predicate);
            while (peek().kind() != Kind.END) {
                next();
            }
        }
        return new Optimize(name, where);
    }

    private Map<String, String> properties()
            throws HiveParseException
    {
        expectSymbol("(");
        Map<String, String> properties = new LinkedHashMap<>();
        if (acceptSymbol(")")) {
            return properties;
        }
        do {
            String key = string();
            expectSymbol("=");
            properties.put(key, string());
        }
        while (acceptSymbol(","));
        expectSymbol(")");
        return properties;
    }

    private boolean ifNotExists()
            throws HiveParseException
    {
        if (acceptWord("IF")) {
            expectWord("NOT");
            expectWord("EXISTS");
            return true;
        }
        return false;
    }

    private boolean ifExists()
            throws HiveParseException
    {
        if (acceptWord("IF")) {
            expectWord("EXISTS");
            return true;
        }
        return false;
    }

    /**
     * {@code t}, {@code db.t} or {@code awsdatacatalog.db.t}: the one catalog may be named, in any case.
     */
    private TableName tableName()
            throws HiveParseException, HiveRejection
    {
        HiveToken start = peek();
        String first = identifier();
        if (!acceptSymbol(".")) {
            return new TableName(Optional.empty(), first);
        }
        String second = identifier();
        if (!acceptSymbol(".")) {
            return new TableName(Optional.of(first), second);
        }
        requireAthenaCatalog(start, first);
        return new TableName(Optional.of(second), identifier());
    }

    /** {@code db} or {@code awsdatacatalog.db}. */
    private String databaseName()
            throws HiveParseException, HiveRejection
    {
        HiveToken start = peek();
        String first = identifier();
        if (!acceptSymbol(".")) {
            return first;
        }
        requireAthenaCatalog(start, first);
        return identifier();
    }

    private static void requireAthenaCatalog(HiveToken token, String catalog)
            throws HiveParseException
    {
        if (!catalog.equals("awsdatacatalog")) {
            throw new HiveParseException(token.line(), token.column(), "catalog '%s' does not exist; the local Athena has one catalog, AwsDataCatalog".formatted(catalog));
        }
    }

    /**
     * A bare or backquoted name. Hive reads a double-quoted text as a string, never a name, and Athena rejects it
     * before running anything (measured by athena-local, the exact wording depends on the statement).
     */
    private String identifier()
            throws HiveParseException, HiveRejection
    {
        HiveToken token = next();
        if (token.kind() == Kind.WORD || token.kind() == Kind.BACKQUOTED) {
            return token.name();
        }
        if (token.kind() == Kind.DOUBLE_QUOTED) {
            String input = sql.substring(0, token.offset() + token.text().length()).strip();
            throw HiveRejection.malformedQuery("line %s:%s: no viable alternative at input '%s'".formatted(token.line(), token.column(), input));
        }
        throw unexpected(token);
    }

    private String string()
            throws HiveParseException
    {
        HiveToken token = next();
        if (!token.isString()) {
            throw unexpected(token);
        }
        return token.value();
    }

    private int integer()
            throws HiveParseException
    {
        HiveToken token = expectKind(Kind.NUMBER);
        try {
            return Integer.parseInt(token.text());
        }
        catch (NumberFormatException e) {
            throw new HiveParseException(token.line(), token.column(), "number out of range: " + token.text());
        }
    }

    private HiveToken peek()
    {
        return peek(0);
    }

    private HiveToken peek(int ahead)
    {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    private HiveToken next()
    {
        HiveToken token = peek();
        if (position < tokens.size() - 1) {
            position++;
        }
        return token;
    }

    private boolean acceptWord(String word)
    {
        if (peek().isWord(word)) {
            position++;
            return true;
        }
        return false;
    }

    private boolean acceptSymbol(String symbol)
    {
        if (peek().isSymbol(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    private void expectWord(String word)
            throws HiveParseException
    {
        if (!acceptWord(word)) {
            throw unexpected(peek());
        }
    }

    private void expectSymbol(String symbol)
            throws HiveParseException
    {
        if (!acceptSymbol(symbol)) {
            throw unexpected(peek());
        }
    }

    private HiveToken expectKind(Kind kind)
            throws HiveParseException
    {
        if (peek().kind() != kind) {
            throw unexpected(peek());
        }
        return next();
    }

    private void expectEnd()
            throws HiveParseException
    {
        if (peek().kind() != Kind.END) {
            throw new HiveParseException(peek().line(), peek().column(), "extraneous input '%s' expecting EOF near '<EOF>'".formatted(peek().text()));
        }
    }

    private static HiveParseException unexpected(HiveToken token)
    {
        if (token.kind() == Kind.END) {
            return new HiveParseException(token.line(), token.column(), "cannot recognize input near '<EOF>' '<EOF>' '<EOF>'");
        }
        return new HiveParseException(token.line(), token.column(), "cannot recognize input near '%s'".formatted(token.text()));
    }
}
