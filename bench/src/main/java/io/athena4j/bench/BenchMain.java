package io.athena4j.bench;

import io.athena4j.local.AthenaLocal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the benchmark: starts the local Athena once, runs the scenarios in order, and writes the JSON result and the
 * Markdown section of {@code docs/performance.md}. A scenario that throws is reported as failed with its exception, the
 * others still run, and the exit status is 1.
 *
 * <pre>
 * --mode=short|full|smoke     how much to do (default short)
 * --json=PATH                 the JSON result (default bench/target/bench-result.json)
 * --markdown=PATH             the page whose generated section is replaced (none: no Markdown written)
 * --repository=PATH           the git checkout, for the commit (default .)
 * --only=1,4                  run only these scenarios
 * </pre>
 */
public final class BenchMain
{
    private BenchMain() {}

    public static void main(String[] args)
            throws Exception
    {
        Map<String, String> options = parse(args);
        BenchMode mode = BenchMode.named(options.getOrDefault("mode", "short"));
        Path json = Path.of(options.getOrDefault("json", "bench/target/bench-result.json"));
        Path repository = Path.of(options.getOrDefault("repository", "."));
        Set<Integer> only = scenarios(options.getOrDefault("only", "1,2,3,4,5,6"));
        BenchReport report = run(mode, repository, only);
        report.writeJson(json);
        System.out.println("athena4j bench: JSON result in " + json.toAbsolutePath());
        if (options.containsKey("markdown")) {
            Path markdown = Path.of(options.get("markdown"));
            report.writeMarkdown(markdown);
            System.out.println("athena4j bench: table in " + markdown.toAbsolutePath());
        }
        System.out.println(report.toMarkdown());
        boolean failed = report.scenarios().stream().anyMatch(scenario -> scenario.id().endsWith("-failed"));
        System.exit(failed ? 1 : 0);
    }

    static BenchReport run(BenchMode mode, Path repository, Set<Integer> only)
            throws Exception
    {
        Machine machine = Machine.describe(repository);
        long start = System.nanoTime();
        List<ScenarioResult> results = new ArrayList<>();
        try (AthenaLocal local = AthenaLocal.start(); BenchContext context = new BenchContext(local, mode)) {
            run(results, only, 1, () -> FetchScenario.run(context));
            run(results, only, 2, () -> S3FetchScenario.run(context));
            run(results, only, 3, () -> StreamingMemoryScenario.run(context));
            run(results, only, 4, () -> QueryOverheadScenario.run(context));
            if (only.contains(5) || only.contains(6)) {
                try (HibernateBench hibernate = new HibernateBench(context)) {
                    run(results, only, 5, () -> BulkInsertScenario.run(context, hibernate));
                    run(results, only, 6, () -> HibernateReadScenario.run(context, hibernate));
                }
            }
        }
        return new BenchReport(mode, machine, Machine.loadAverage(), Duration.ofNanos(System.nanoTime() - start), results);
    }

    private interface Scenario
    {
        ScenarioResult run()
                throws Exception;
    }

    private static void run(List<ScenarioResult> results, Set<Integer> only, int number, Scenario scenario)
    {
        if (!only.contains(number)) {
            return;
        }
        System.out.println("athena4j bench: scenario " + number + " (load average " + Rates.number(Machine.loadAverage()) + ")");
        try {
            results.add(scenario.run());
        }
        catch (Exception | AssertionError e) {
            // Reported, and the run exits 1: a broken scenario must not look like a slow one.
            e.printStackTrace();
            results.add(new ScenarioResult(number, "scenario-" + number + "-failed", "Scenario " + number + " failed", "—", List.of(), Verdict.NOT_MET,
                    "The scenario threw " + e + "; see the run's output."));
        }
    }

    private static Map<String, String> parse(String[] args)
    {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Unknown argument '" + arg + "': expected --mode=, --json=, --markdown=, --repository= or --only=");
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }

    private static Set<Integer> scenarios(String list)
    {
        Set<Integer> numbers = new TreeSet<>();
        for (String part : list.split(",")) {
            int number = Integer.parseInt(part.trim());
            if (number < 1 || number > 6) {
                throw new IllegalArgumentException("There are scenarios 1 to 6, not " + number);
            }
            numbers.add(number);
        }
        return numbers;
    }
}
