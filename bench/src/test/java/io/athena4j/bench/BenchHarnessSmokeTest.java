package io.athena4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness end to end at the smallest sizes: every scenario runs against a real local Athena, produces its figures
 * and a verdict, and the JSON and Markdown are written. No time is asserted; counts are.
 */
final class BenchHarnessSmokeTest
{
    @Test
    void everyScenarioRunsAndIsReported(@TempDir Path directory)
            throws Exception
    {
        BenchReport report = BenchMain.run(BenchMode.SMOKE, Path.of("."), Set.of(1, 2, 3, 4, 5, 6));

        assertThat(report.scenarios()).extracting(ScenarioResult::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(report.scenarios()).noneMatch(scenario -> scenario.id().endsWith("-failed"));

        ScenarioResult fetch = report.scenarios().get(0);
        assertThat(fetch.comparisons()).singleElement().satisfies(comparison -> {
            assertThat(comparison.ratio()).isPresent();
            assertThat(comparison.candidate().min()).isPositive();
            // 2,000 rows and a header are three pages of at most 1,000 rows
            assertThat(comparison.details()).containsEntry("GetQueryResults calls per read (driver)", "3");
        });

        ScenarioResult streaming = report.scenarios().get(2);
        assertThat(streaming.comparisons()).singleElement().satisfies(comparison ->
                assertThat(comparison.details()).containsEntry("rows read", "2000"));

        ScenarioResult overhead = report.scenarios().get(3);
        assertThat(overhead.comparisons()).hasSize(10).allSatisfy(comparison -> assertThat(comparison.candidate().count()).isGreaterThanOrEqualTo(1));

        ScenarioResult insert = report.scenarios().get(4);
        assertThat(insert.comparisons()).hasSize(3).allSatisfy(comparison -> {
            // 1,000 short rows fit one query in every variant
            assertThat(comparison.details()).containsEntry("Athena queries", "1");
            assertThat(Integer.parseInt(comparison.details().get("bytes per query (max)"))).isBetween(1_000, BulkInsertScenario.ATHENA_QUERY_LIMIT_BYTES);
        });

        ScenarioResult read = report.scenarios().get(5);
        assertThat(read.comparisons()).hasSize(2).allSatisfy(comparison -> {
            assertThat(comparison.ratio()).isPresent();
            assertThat(comparison.candidate().min()).isPositive();
        });
        // the entity with a STRUCT, an ARRAY and a MAP, read by Hibernate as JSON casts that the JDBC side repeats
        assertThat(read.comparisons().get(0).label()).contains("STRUCT + ARRAY + MAP");
        assertThat(read.comparisons().get(0).details().get("Hibernate's SQL")).contains("as json)").contains("bench_complex_rows");

        Path json = directory.resolve("result.json");
        report.writeJson(json);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("mode").asText()).isEqualTo("smoke");
        assertThat(root.path("scenarios")).hasSize(6);
        assertThat(root.path("scenarios").get(0).path("cases").get(0).path("ratio").path("median").isNumber()).isTrue();

        Path page = directory.resolve("performance.md");
        Files.writeString(page, "# Performance\n\nHand-written text.\n", UTF_8);
        report.writeMarkdown(page);
        report.writeMarkdown(page);
        String markdown = Files.readString(page, UTF_8);
        assertThat(markdown).startsWith("# Performance\n\nHand-written text.\n");
        // written twice, the section is replaced, not appended again
        assertThat(markdown.indexOf(BenchReport.START_MARKER)).isEqualTo(markdown.lastIndexOf(BenchReport.START_MARKER)).isPositive();
        assertThat(markdown.indexOf(BenchReport.END_MARKER)).isEqualTo(markdown.lastIndexOf(BenchReport.END_MARKER)).isPositive();
        assertThat(markdown).contains("### 1. ", "### 6. ", "| Commit |");
    }
}
