package io.athena4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

/**
 * The run's results: a JSON document for machines and a Markdown section that replaces the text between
 * {@link #START_MARKER} and {@link #END_MARKER} in {@code docs/performance.md} (the hand-written rest of the page is
 * kept; the markers are appended if the page has none).
 */
record BenchReport(BenchMode mode, Machine machine, double loadAtEnd, Duration duration, List<ScenarioResult> scenarios)
{
    static final String START_MARKER = "<!-- bench:results:start (written by the benchmark; do not edit by hand) -->";
    static final String END_MARKER = "<!-- bench:results:end -->";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    BenchReport
    {
        requireNonNull(mode, "mode is null");
        requireNonNull(machine, "machine is null");
        requireNonNull(duration, "duration is null");
        scenarios = List.copyOf(scenarios);
    }

    ObjectNode toJson()
    {
        ObjectNode root = JSON.createObjectNode();
        root.put("mode", mode.name());
        ObjectNode machineNode = root.putObject("machine");
        machineNode.put("cpu", machine.cpu());
        machineNode.put("cores", machine.cores());
        machineNode.put("memoryBytes", machine.memoryBytes());
        machineNode.put("os", machine.os());
        machineNode.put("java", machine.java());
        machineNode.put("loadAverageAtStart", machine.loadAtStart());
        machineNode.put("loadAverageAtEnd", loadAtEnd);
        root.put("commit", machine.commit());
        root.put("date", machine.date().toString());
        root.put("durationSeconds", duration.toMillis() / 1000.0);
        ArrayNode scenarioNodes = root.putArray("scenarios");
        for (ScenarioResult scenario : scenarios) {
            ObjectNode node = scenarioNodes.addObject();
            node.put("number", scenario.number());
            node.put("id", scenario.id());
            node.put("title", scenario.title());
            node.put("goal", scenario.goal());
            node.put("verdict", scenario.verdict().name());
            node.put("note", scenario.note());
            ArrayNode cases = node.putArray("cases");
            for (Comparison comparison : scenario.comparisons()) {
                ObjectNode caseNode = cases.addObject();
                caseNode.put("label", comparison.label());
                caseNode.put("unit", comparison.unit());
                caseNode.set("athena4j", samples(comparison.candidate()));
                comparison.baseline().ifPresent(baseline -> caseNode.set("baseline", samples(baseline)));
                comparison.ratio().ifPresent(ratio -> caseNode.set("ratio", samples(ratio)));
                ObjectNode details = caseNode.putObject("details");
                comparison.details().forEach(details::put);
            }
        }
        return root;
    }

    private static ObjectNode samples(Samples samples)
    {
        ObjectNode node = JSON.createObjectNode();
        node.put("count", samples.count());
        node.put("min", samples.min());
        node.put("median", samples.median());
        node.put("p95", samples.p95());
        node.put("max", samples.max());
        ArrayNode values = node.putArray("values");
        samples.values().forEach(values::add);
        return node;
    }

    String toMarkdown()
    {
        StringBuilder text = new StringBuilder();
        text.append("## Latest results (").append(mode.name()).append(" mode)\n\n");
        text.append("| | |\n|---|---|\n");
        text.append("| Date | ").append(DATE.format(machine.date())).append(" |\n");
        text.append("| Commit | `").append(machine.commit()).append("` |\n");
        text.append("| Machine | ").append(machine.cpu()).append(", ").append(machine.cores()).append(" cores, ")
                .append(machine.memoryBytes() / (1024 * 1024 * 1024)).append(" GiB, ").append(machine.os()).append(" |\n");
        text.append("| JVM | ").append(machine.java()).append(" |\n");
        text.append("| Load average (1 min) at start / end | ").append(Rates.number(machine.loadAtStart())).append(" / ")
                .append(Rates.number(loadAtEnd)).append(" |\n");
        text.append("| Run time | ").append(duration.toSeconds()).append(" s |\n\n");
        text.append("Values are median (min–max) over the repetitions; ratios are per repetition, above 1 means athena4j is better.\n\n");
        for (ScenarioResult scenario : scenarios) {
            text.append("### ").append(scenario.number()).append(". ").append(scenario.title()).append(" — ").append(verdict(scenario.verdict())).append("\n\n");
            text.append("Goal: ").append(scenario.goal()).append(".\n\n");
            if (!scenario.comparisons().isEmpty()) {
                text.append("| Case | athena4j | Baseline | Ratio min / median / max | Details |\n|---|---|---|---|---|\n");
                for (Comparison comparison : scenario.comparisons()) {
                    text.append("| ").append(comparison.label())
                            .append(" | ").append(range(comparison.candidate())).append(' ').append(comparison.unit())
                            .append(" | ").append(comparison.baseline().map(baseline -> range(baseline) + " " + comparison.unit()).orElse("—"))
                            .append(" | ").append(comparison.ratio().map(ratio -> Rates.number(ratio.min()) + " / **" + Rates.number(ratio.median()) + "** / " + Rates.number(ratio.max())).orElse("—"))
                            .append(" | ").append(details(comparison.details()))
                            .append(" |\n");
                }
                text.append('\n');
            }
            text.append(scenario.note()).append("\n\n");
        }
        return text.toString();
    }

    private static String verdict(Verdict verdict)
    {
        return switch (verdict) {
            case MET -> "**goal met**";
            case NOT_MET -> "**goal not met**";
            case NOT_AVAILABLE -> "**not available**";
            case REPORTED -> "reported";
        };
    }

    private static String range(Samples samples)
    {
        if (samples.count() == 1) {
            return Rates.number(samples.median());
        }
        return Rates.number(samples.median()) + " (" + Rates.number(samples.min()) + "–" + Rates.number(samples.max()) + ")";
    }

    private static String details(Map<String, String> details)
    {
        if (details.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        details.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(entry.getKey()).append(": ").append(entry.getValue());
        });
        return text.toString();
    }

    void writeJson(Path file)
            throws IOException
    {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), toJson());
    }

    /** Replaces the generated section of the page, keeping everything else. */
    void writeMarkdown(Path page)
            throws IOException
    {
        String section = START_MARKER + "\n\n" + toMarkdown() + END_MARKER + "\n";
        String existing = Files.exists(page) ? Files.readString(page, UTF_8) : "# Performance\n\n";
        int start = existing.indexOf(START_MARKER);
        int end = existing.indexOf(END_MARKER);
        String updated;
        if (start >= 0 && end > start) {
            updated = existing.substring(0, start) + section + existing.substring(end + END_MARKER.length()).replaceFirst("^\n", "");
        }
        else {
            updated = existing + (existing.endsWith("\n") ? "\n" : "\n\n") + section;
        }
        Files.writeString(page, updated, UTF_8);
    }
}
