package io.athena4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 3: a separate JVM with {@code -Xmx64m} reads the whole result with typed getters ({@link StreamingReader});
 * it must finish without OutOfMemoryError. Reports the heap's peak.
 */
final class StreamingMemoryScenario
{
    static final String MAX_HEAP = "-Xmx64m";
    private static final Pattern OUTPUT = Pattern.compile("rows=(\\d+) peakHeapBytes=(\\d+) seconds=([0-9.Ee-]+)");
    private static final long TIMEOUT_MINUTES = 15;

    private StreamingMemoryScenario() {}

    static ScenarioResult run(BenchContext context)
            throws Exception
    {
        int rows = context.mode().streamingRows();
        String title = "Streaming " + Rates.rows(rows) + " with " + MAX_HEAP + " (forked JVM)";
        String goal = "1M rows read with -Xmx64m without OutOfMemoryError; report peak heap";
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(MAX_HEAP);
        command.add("-XX:+UseSerialGC");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StreamingReader.class.getName());
        command.add(context.jdbcUrl());
        command.add(Integer.toString(rows));
        Path output = Files.createTempFile("athena4j-bench-streaming", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("The " + MAX_HEAP + " reader did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Matcher matcher = OUTPUT.matcher(text);
            if (process.exitValue() != 0 || !matcher.find()) {
                boolean outOfMemory = text.contains("OutOfMemoryError");
                return new ScenarioResult(3, "streaming-memory", title, goal, List.of(), Verdict.NOT_MET,
                        (outOfMemory ? "OutOfMemoryError" : "The reader failed (exit " + process.exitValue() + ")") + ": " + lastLines(text));
            }
            long peakBytes = Long.parseLong(matcher.group(2));
            double seconds = Double.parseDouble(matcher.group(3));
            Map<String, String> details = new LinkedHashMap<>();
            details.put("rows read", matcher.group(1));
            details.put("read time (s)", Rates.number(seconds));
            details.put("rows/s", Rates.number(rows / seconds));
            Comparison peak = Comparison.alone(Rates.rows(rows), "MiB peak heap", Samples.of(peakBytes / (1024.0 * 1024.0)), details);
            boolean fullSize = rows >= 1_000_000;
            return new ScenarioResult(3, "streaming-memory", title, goal, List.of(peak), fullSize ? Verdict.MET : Verdict.REPORTED,
                    "Read every row under " + MAX_HEAP + " with a peak of " + Rates.number(peakBytes / (1024.0 * 1024.0))
                            + " MiB (sum of the heap pools' peaks): at most two pages of rows are held at a time."
                            + (fullSize ? "" : " This mode reads fewer than 1M rows."));
        }
        finally {
            Files.deleteIfExists(output);
        }
    }

    private static String lastLines(String text)
            throws IOException
    {
        List<String> lines = text.lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
}
