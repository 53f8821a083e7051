package io.athena4j.local.server.hive;

import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Athena's storage formats: which SerDe and input and output formats a {@code STORED AS} or {@code ROW FORMAT} clause
 * stands for, and which Trino Hive connector {@code format} reads them.
 */
final class HiveFormats
{
    static final String LAZY_SIMPLE_SERDE = "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe";
    static final String OPEN_CSV_SERDE = "org.apache.hadoop.hive.serde2.OpenCSVSerde";
    static final String OPENX_JSON_SERDE = "org.openx.data.jsonserde.JsonSerDe";
    static final String HCATALOG_JSON_SERDE = "org.apache.hive.hcatalog.data.JsonSerDe";
    static final String PARQUET_SERDE = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe";
    static final String ORC_SERDE = "org.apache.hadoop.hive.ql.io.orc.OrcSerde";
    static final String AVRO_SERDE = "org.apache.hadoop.hive.serde2.avro.AvroSerDe";
    static final String REGEX_SERDE = "org.apache.hadoop.hive.serde2.RegexSerDe";
    static final String COLUMNAR_SERDE = "org.apache.hadoop.hive.serde2.columnar.ColumnarSerDe";
    static final String LAZY_BINARY_COLUMNAR_SERDE = "org.apache.hadoop.hive.serde2.columnar.LazyBinaryColumnarSerDe";

    static final String TEXT_INPUT_FORMAT = "org.apache.hadoop.mapred.TextInputFormat";
    static final String TEXT_OUTPUT_FORMAT = "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat";
    static final String PARQUET_INPUT_FORMAT = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat";
    static final String PARQUET_OUTPUT_FORMAT = "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat";
    static final String ORC_INPUT_FORMAT = "org.apache.hadoop.hive.ql.io.orc.OrcInputFormat";
    static final String ORC_OUTPUT_FORMAT = "org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat";
    static final String AVRO_INPUT_FORMAT = "org.apache.hadoop.hive.ql.io.avro.AvroContainerInputFormat";
    static final String AVRO_OUTPUT_FORMAT = "org.apache.hadoop.hive.ql.io.avro.AvroContainerOutputFormat";
    static final String SEQUENCE_INPUT_FORMAT = "org.apache.hadoop.mapred.SequenceFileInputFormat";
    static final String SEQUENCE_OUTPUT_FORMAT = "org.apache.hadoop.hive.ql.io.HiveSequenceFileOutputFormat";
    static final String RCFILE_INPUT_FORMAT = "org.apache.hadoop.hive.ql.io.RCFileInputFormat";
    static final String RCFILE_OUTPUT_FORMAT = "org.apache.hadoop.hive.ql.io.RCFileOutputFormat";

    private HiveFormats() {}

    /**
     * The storage of a Hive table: its SerDe, input and output formats as the catalog reports them, and the Trino
     * {@code format} that reads it.
     */
    record Storage(String serde, String inputFormat, String outputFormat, String trinoFormat)
    {
        Storage
        {
            requireNonNull(serde, "serde is null");
            requireNonNull(inputFormat, "inputFormat is null");
            requireNonNull(outputFormat, "outputFormat is null");
            requireNonNull(trinoFormat, "trinoFormat is null");
        }
    }

    /**
     * Resolves a table's storage from its clauses: {@code ROW FORMAT SERDE} wins over {@code STORED AS}'s default
     * SerDe; {@code STORED AS INPUTFORMAT} names the formats directly; with neither, Hive's default is TEXTFILE with
     * LazySimpleSerDe.
     *
     * @throws IllegalArgumentException naming the clause, for a storage Trino's Hive connector cannot read
     */
    static Storage resolve(Optional<String> serde, Optional<String> storedAs, Optional<String> inputFormat, Optional<String> outputFormat)
    {
        Storage byFormat = storedAs.map(HiveFormats::storedAs)
                .or(() -> inputFormat.map(input -> byInputFormat(input, outputFormat.orElseThrow())))
                .orElse(new Storage(LAZY_SIMPLE_SERDE, TEXT_INPUT_FORMAT, TEXT_OUTPUT_FORMAT, "TEXTFILE"));
        if (serde.isEmpty()) {
            return byFormat;
        }
        String serdeClass = serde.get();
        String trinoFormat = switch (serdeClass) {
            case LAZY_SIMPLE_SERDE -> byFormat.trinoFormat().equals("SEQUENCEFILE") ? "SEQUENCEFILE" : "TEXTFILE";
            case OPEN_CSV_SERDE -> "CSV";
            case OPENX_JSON_SERDE -> "OPENX_JSON";
            case HCATALOG_JSON_SERDE -> "JSON";
            case PARQUET_SERDE -> "PARQUET";
            case ORC_SERDE -> "ORC";
            case AVRO_SERDE -> "AVRO";
            case REGEX_SERDE -> "REGEX";
            case COLUMNAR_SERDE -> "RCTEXT";
            case LAZY_BINARY_COLUMNAR_SERDE -> "RCBINARY";
            default -> throw new IllegalArgumentException(
                    "SerDe '%s' is not supported by the local Athena; use one of LazySimpleSerDe, OpenCSVSerde, the OpenX or HCatalog JsonSerDe, RegexSerDe, or STORED AS PARQUET, ORC or AVRO".formatted(serdeClass));
        };
        return new Storage(serdeClass, byFormat.inputFormat(), byFormat.outputFormat(), trinoFormat);
    }

    private static Storage storedAs(String format)
    {
        return switch (format.toUpperCase(Locale.ROOT)) {
            case "PARQUET" -> new Storage(PARQUET_SERDE, PARQUET_INPUT_FORMAT, PARQUET_OUTPUT_FORMAT, "PARQUET");
            case "ORC" -> new Storage(ORC_SERDE, ORC_INPUT_FORMAT, ORC_OUTPUT_FORMAT, "ORC");
            case "AVRO" -> new Storage(AVRO_SERDE, AVRO_INPUT_FORMAT, AVRO_OUTPUT_FORMAT, "AVRO");
            case "TEXTFILE" -> new Storage(LAZY_SIMPLE_SERDE, TEXT_INPUT_FORMAT, TEXT_OUTPUT_FORMAT, "TEXTFILE");
            case "JSON", "JSONFILE" -> new Storage(HCATALOG_JSON_SERDE, TEXT_INPUT_FORMAT, TEXT_OUTPUT_FORMAT, "JSON");
            case "SEQUENCEFILE" -> new Storage(LAZY_SIMPLE_SERDE, SEQUENCE_INPUT_FORMAT, SEQUENCE_OUTPUT_FORMAT, "SEQUENCEFILE");
            case "RCFILE" -> new Storage(LAZY_BINARY_COLUMNAR_SERDE, RCFILE_INPUT_FORMAT, RCFILE_OUTPUT_FORMAT, "RCBINARY");
            default -> throw new IllegalArgumentException(
                    "STORED AS %s is not supported by the local Athena; use PARQUET, ORC, AVRO, TEXTFILE, JSON, SEQUENCEFILE or RCFILE".formatted(format));
        };
    }

    private static Storage byInputFormat(String inputFormat, String outputFormat)
    {
        String trinoFormat = switch (inputFormat) {
            case PARQUET_INPUT_FORMAT -> "PARQUET";
            case ORC_INPUT_FORMAT -> "ORC";
            case AVRO_INPUT_FORMAT -> "AVRO";
            case TEXT_INPUT_FORMAT -> "TEXTFILE";
            case SEQUENCE_INPUT_FORMAT -> "SEQUENCEFILE";
            case RCFILE_INPUT_FORMAT -> "RCBINARY";
            default -> throw new IllegalArgumentException(
                    "INPUTFORMAT '%s' is not supported by the local Athena; use a Parquet, ORC, Avro, text, SequenceFile or RCFile input format".formatted(inputFormat));
        };
        String serde = switch (trinoFormat) {
            case "PARQUET" -> PARQUET_SERDE;
            case "ORC" -> ORC_SERDE;
            case "AVRO" -> AVRO_SERDE;
            case "RCBINARY" -> LAZY_BINARY_COLUMNAR_SERDE;
            default -> LAZY_SIMPLE_SERDE;
        };
        return new Storage(serde, inputFormat, outputFormat, trinoFormat);
    }

    /**
     * The Trino Hive table property that carries a SerDe property, if Trino has one; the others are kept in the table
     * description only.
     */
    static Optional<String> trinoPropertyOf(String trinoFormat, String serdeProperty)
    {
        return Optional.ofNullable(switch (trinoFormat) {
            case "TEXTFILE" -> switch (serdeProperty) {
                case "field.delim" -> "textfile_field_separator";
                case "escape.delim" -> "textfile_field_separator_escape";
                case "serialization.null.format" -> "null_format";
                default -> null;
            };
            case "CSV" -> switch (serdeProperty) {
                case "separatorChar" -> "csv_separator";
                case "quoteChar" -> "csv_quote";
                case "escapeChar" -> "csv_escape";
                default -> null;
            };
            case "REGEX" -> serdeProperty.equals("input.regex") ? "regex" : null;
            default -> null;
        });
    }
}
