package io.athena4j.local.server.hive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.stream.Collectors.joining;

/**
 * The text rows Athena returns for DESCRIBE, SHOW COLUMNS and SHOW CREATE TABLE, one output line per row, as measured
 * by athena-local (athena-behaviour.md §A.3; athena-local {@code docs/dev/measurements/query-results.md}).
 */
final class HiveOutput
{
    /** Hive pads each field of DESCRIBE and SHOW COLUMNS on the right to this many characters; longer ones stay as they are. */
    static final int FIELD_WIDTH = 20;

    private static final Pattern TRANSFORM = Pattern.compile("(bucket|truncate)\\((\\d+), (\\w+)\\)|(year|month|day|hour)\\((\\w+)\\)|(\\w+)");

    private HiveOutput() {}

    /**
     * DESCRIBE of a Hive table: {@code name<TAB>type<TAB>comment}, each field padded to 20 characters, no trailing tab;
     * for a partitioned table the partition columns again under a {@code # Partition Information} block.
     */
    static List<String> describeHive(HiveTableDescription table)
    {
        List<String> rows = new ArrayList<>();
        for (HiveColumn column : table.allColumns()) {
            rows.add(describeRow(column));
        }
        if (!table.partitionKeys().isEmpty()) {
            rows.add("\t \t ");
            rows.add("# Partition Information\t \t ");
            // Measured: the header's first field is 22 characters wide ("# col_name" and 12 spaces), the others 20.
            rows.add("# col_name            \t" + pad("data_type") + "\t" + pad("comment"));
            rows.add("\t \t ");
            for (HiveColumn column : table.partitionKeys()) {
                rows.add(describeRow(column));
            }
        }
        return rows;
    }

    private static String describeRow(HiveColumn column)
    {
        return pad(column.name()) + "\t" + pad(column.type().hiveSpelling()) + "\t" + pad(column.comment().orElse(""));
    }

    /**
     * DESCRIBE of an Iceberg table: unpadded, Iceberg type spelling, the schema and then the partition spec.
     */
    static List<String> describeIceberg(HiveTableDescription table)
    {
        List<String> rows = new ArrayList<>();
        rows.add("# Table schema:\t\t");
        rows.add("# col_name\tdata_type\tcomment");
        for (HiveColumn column : table.columns()) {
            rows.add(column.name() + "\t" + column.type().icebergSpelling() + "\t" + column.comment().orElse(""));
        }
        rows.add("\t\t");
        rows.add("# Partition spec:\t\t");
        rows.add("# field_name\tfield_transform\tcolumn_name");
        for (String field : table.icebergPartitioning()) {
            Matcher matcher = TRANSFORM.matcher(field);
            if (!matcher.matches()) {
                rows.add(field + "\t" + field + "\t" + field);
            }
            else if (matcher.group(1) != null) {
                String suffix = matcher.group(1).equals("bucket") ? "bucket" : "trunc";
                rows.add("%s_%s\t%s[%s]\t%s".formatted(matcher.group(3), suffix, matcher.group(1), matcher.group(2), matcher.group(3)));
            }
            else if (matcher.group(4) != null) {
                rows.add("%s_%s\t%s\t%s".formatted(matcher.group(5), matcher.group(4), matcher.group(4), matcher.group(5)));
            }
            else {
                rows.add("%s\tidentity\t%s".formatted(matcher.group(6), matcher.group(6)));
            }
        }
        return rows;
    }

    /**
     * DESCRIBE FORMATTED of a Hive table: the columns, then Hive's detailed table and storage information. The layout
     * follows Hive's; Athena's exact rows for it were not measured.
     */
    static List<String> describeFormatted(HiveTableDescription table)
    {
        List<String> rows = new ArrayList<>();
        rows.add("# col_name            \t" + pad("data_type") + "\t" + pad("comment"));
        rows.add("\t \t ");
        rows.addAll(describeHive(table));
        rows.add("\t \t ");
        rows.add("# Detailed Table Information\t \t ");
        rows.add(pad("Database:") + "\t" + pad(table.database()) + "\t ");
        rows.add(pad("Table Type:") + "\t" + pad(table.tableType()) + "\t ");
        table.location().ifPresent(location -> rows.add(pad("Location:") + "\t" + pad(location) + "\t "));
        rows.add(pad("Table Parameters:") + "\t \t ");
        table.shownTableProperties().forEach((key, value) -> rows.add("\t" + pad(key) + "\t" + pad(value)));
        rows.add("\t \t ");
        rows.add("# Storage Information\t \t ");
        table.serde().ifPresent(serde -> rows.add(pad("SerDe Library:") + "\t" + pad(serde) + "\t "));
        table.inputFormat().ifPresent(format -> rows.add(pad("InputFormat:") + "\t" + pad(format) + "\t "));
        table.outputFormat().ifPresent(format -> rows.add(pad("OutputFormat:") + "\t" + pad(format) + "\t "));
        if (!table.serdeProperties().isEmpty()) {
            rows.add(pad("Storage Desc Params:") + "\t \t ");
            table.serdeProperties().forEach((key, value) -> rows.add("\t" + pad(key) + "\t" + pad(value)));
        }
        return rows;
    }

    /** SHOW COLUMNS: one name per row, padded on Hive tables, as written on Iceberg tables; partition columns included. */
    static List<String> showColumns(HiveTableDescription table)
    {
        return table.allColumns().stream()
                .map(column -> table.iceberg() ? column.name() : pad(column.name()))
                .toList();
    }

    /**
     * SHOW CREATE TABLE of a Hive table in Hive's layout, with the location as {@code s3://}. One row per line.
     */
    static List<String> showCreateHive(HiveTableDescription table)
    {
        StringBuilder text = new StringBuilder();
        text.append("CREATE EXTERNAL TABLE `").append(table.name()).append("`(\n");
        text.append(table.columns().stream().map(HiveOutput::columnDefinition).collect(joining(", \n"))).append(")\n");
        table.comment().ifPresent(comment -> text.append("COMMENT ").append(literal(comment)).append("\n"));
        if (!table.partitionKeys().isEmpty()) {
            text.append("PARTITIONED BY ( \n");
            text.append(table.partitionKeys().stream().map(HiveOutput::columnDefinition).collect(joining(", \n"))).append(")\n");
        }
        if (table.bucketCount().isPresent()) {
            text.append("CLUSTERED BY ( \n");
            text.append(table.clusteredBy().stream().map(column -> "  " + column).collect(joining(", \n"))).append(") \n");
            text.append("INTO ").append(table.bucketCount().getAsInt()).append(" BUCKETS\n");
        }
        text.append("ROW FORMAT SERDE \n");
        text.append("  ").append(literal(table.serde().orElse(""))).append(" \n");
        if (!table.serdeProperties().isEmpty()) {
            text.append("WITH SERDEPROPERTIES ( \n");
            text.append(properties(table.serdeProperties())).append(") \n");
        }
        text.append("STORED AS INPUTFORMAT \n");
        text.append("  ").append(literal(table.inputFormat().orElse(""))).append(" \n");
        text.append("OUTPUTFORMAT \n");
        text.append("  ").append(literal(table.outputFormat().orElse(""))).append("\n");
        table.location().ifPresent(location -> text.append("LOCATION\n  ").append(literal(location)).append("\n"));
        Map<String, String> tableProperties = new TreeMap<>(table.tableProperties());
        tableProperties.put("transient_lastDdlTime", String.valueOf(table.createTime()));
        text.append("TBLPROPERTIES (\n").append(properties(tableProperties)).append(")");
        return text.toString().lines().toList();
    }

    /**
     * SHOW CREATE TABLE of an Iceberg table, in Athena's Iceberg DDL. Athena's exact layout was not measured.
     */
    static List<String> showCreateIceberg(HiveTableDescription table)
    {
        StringBuilder text = new StringBuilder();
        text.append("CREATE TABLE ").append(table.database()).append(".").append(table.name()).append(" (\n");
        text.append(table.columns().stream()
                .map(column -> "  " + column.name() + " " + column.type().hiveSpelling() + column.comment().map(comment -> " COMMENT " + literal(comment)).orElse(""))
                .collect(joining(",\n"))).append(")\n");
        table.comment().ifPresent(comment -> text.append("COMMENT ").append(literal(comment)).append("\n"));
        if (!table.icebergPartitioning().isEmpty()) {
            text.append("PARTITIONED BY (").append(String.join(", ", table.icebergPartitioning())).append(")\n");
        }
        table.location().ifPresent(location -> text.append("LOCATION ").append(literal(location)).append("\n"));
        text.append("TBLPROPERTIES (\n");
        text.append(table.tableProperties().entrySet().stream()
                .map(entry -> "  " + literal(entry.getKey()) + "=" + literal(entry.getKey().equalsIgnoreCase("table_type") ? "iceberg" : entry.getValue()))
                .collect(joining(",\n")));
        text.append("\n)");
        return text.toString().lines().toList();
    }

    private static String columnDefinition(HiveColumn column)
    {
        return "  `" + column.name() + "` " + column.type().hiveSpelling() + column.comment().map(comment -> " COMMENT " + literal(comment)).orElse("");
    }

    private static String properties(Map<String, String> properties)
    {
        return properties.entrySet().stream()
                .map(entry -> "  " + literal(entry.getKey()) + "=" + literal(entry.getValue()))
                .collect(joining(", \n"));
    }

    /** A single-quoted Hive string literal, with backslashes, quotes and control characters escaped. */
    static String literal(String value)
    {
        StringBuilder literal = new StringBuilder("'");
        for (char character : value.toCharArray()) {
            switch (character) {
                case '\'' -> literal.append("\\'");
                case '\\' -> literal.append("\\\\");
                case '\t' -> literal.append("\\t");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                default -> {
                    if (character < 0x20) {
                        literal.append("\\u%04x".formatted((int) character));
                    }
                    else {
                        literal.append(character);
                    }
                }
            }
        }
        return literal.append("'").toString();
    }

    static String pad(String field)
    {
        return field.length() >= FIELD_WIDTH ? field : field + " ".repeat(FIELD_WIDTH - field.length());
    }
}
