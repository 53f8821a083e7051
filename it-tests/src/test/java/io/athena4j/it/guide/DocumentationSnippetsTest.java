package io.athena4j.it.guide;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java, SQL and properties snippet in the README and in {@code docs/} is an excerpt of a source file that the
 * build compiles and a test runs (the guide tests of this package, the examples, the modules' tests), and every
 * athena4j artifact a Maven snippet names exists. The documentation cannot drift from code that works.
 * <p>
 * A snippet may leave parts out: a line that is only {@code ...} or {@code …}, or a comment line containing one, splits
 * it into fragments, and each fragment must be an excerpt on its own. Whitespace is compared loosely (runs of
 * whitespace are one space); everything else, comments included, exactly.
 */
class DocumentationSnippetsTest
{
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SNIPPET = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern ELISION = Pattern.compile("\\s*(\\.\\.\\.|…|(//|--|#).*(\\.\\.\\.|…).*)\\s*");
    private static final Pattern ARTIFACT = Pattern.compile("<groupId>io\\.athena4j</groupId>\\s*<artifactId>([^<]+)</artifactId>");
    private static final Set<String> CHECKED_LANGUAGES = Set.of("java", "sql", "properties");
    private static final Set<String> SOURCE_SUFFIXES = Set.of(".java", ".sql", ".properties", ".sh");

    @Test
    void everySnippetIsAnExcerptOfTestedSources()
            throws IOException
    {
        List<String> sources = sources();
        Map<String, Integer> checkedPerDocument = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Path document : documents()) {
            Matcher matcher = SNIPPET.matcher(Files.readString(document));
            while (matcher.find()) {
                if (!CHECKED_LANGUAGES.contains(matcher.group(1))) {
                    continue;
                }
                checkedPerDocument.merge(ROOT.relativize(document).toString(), 1, Integer::sum);
                for (String fragment : fragments(matcher.group(2))) {
                    if (sources.stream().noneMatch(source -> source.contains(fragment))) {
                        failures.add(ROOT.relativize(document) + ": no tested source contains\n" + fragment);
                    }
                }
            }
        }
        assertThat(failures).as("snippets that are not excerpts of tested sources").isEmpty();
        assertThat(checkedPerDocument)
                .containsKeys("docs/getting-started.md", "docs/dialect.md", "docs/types.md", "docs/driver.md",
                        "docs/local-athena.md", "docs/spring-boot.md");
    }

    @Test
    void everyNamedArtifactIsAModule()
            throws IOException
    {
        List<String> modules;
        try (Stream<Path> poms = Files.walk(ROOT, 3)) {
            modules = poms.filter(path -> path.getFileName().toString().equals("pom.xml"))
                    .map(DocumentationSnippetsTest::read)
                    .map(pom -> pom.replaceFirst("(?s)<parent>.*?</parent>", ""))
                    .map(pom -> pom.replaceFirst("(?s).*?<artifactId>([^<]+)</artifactId>.*", "$1"))
                    .toList();
        }
        List<String> named = new ArrayList<>();
        for (Path document : documents()) {
            Matcher matcher = ARTIFACT.matcher(Files.readString(document));
            while (matcher.find()) {
                named.add(matcher.group(1));
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(modules).containsAll(named);
    }

    private static List<String> fragments(String snippet)
    {
        List<String> fragments = new ArrayList<>();
        StringBuilder fragment = new StringBuilder();
        for (String line : snippet.split("\n")) {
            if (ELISION.matcher(line).matches()) {
                add(fragments, fragment);
                fragment.setLength(0);
            }
            else {
                fragment.append(line).append('\n');
            }
        }
        add(fragments, fragment);
        return fragments;
    }

    private static void add(List<String> fragments, StringBuilder fragment)
    {
        String normalized = normalize(fragment.toString());
        if (!normalized.isEmpty()) {
            fragments.add(normalized);
        }
    }

    private static List<Path> documents()
            throws IOException
    {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            return Stream.concat(Stream.of(ROOT.resolve("README.md")), docs.filter(path -> path.toString().endsWith(".md")).sorted()).toList();
        }
    }

    /** The sources the build compiles and runs: everything under a {@code src/} folder, never build output. */
    private static List<String> sources()
            throws IOException
    {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> SOURCE_SUFFIXES.stream().anyMatch(file.toString()::endsWith))
                    .filter(file -> {
                        String path = ROOT.relativize(file).toString();
                        return path.contains("src/") && !path.contains("target/") && !path.startsWith(".");
                    })
                    .map(DocumentationSnippetsTest::read)
                    .map(DocumentationSnippetsTest::normalize)
                    .toList();
        }
    }

    private static String read(Path file)
    {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs of whitespace as one space: how snippets and generated SQL are compared. */
    static String normalize(String text)
    {
        return text.replaceAll("\\s+", " ").strip();
    }
}
