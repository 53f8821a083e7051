package io.athena4j.examples.spring;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java and properties snippet in docs/spring-boot.md is a verbatim excerpt of this application's sources, which
 * the build compiles and the other tests run: the documentation cannot drift from code that works.
 */
class DocumentationSnippetsTest
{
    private static final Path DOCUMENT = Path.of("../../docs/spring-boot.md");
    private static final Pattern SNIPPET = Pattern.compile("```(java|properties)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void snippetsAreExcerptsOfTheSample()
            throws IOException
    {
        List<String> sources = sources();
        List<String> snippets = new ArrayList<>();
        Matcher matcher = SNIPPET.matcher(Files.readString(DOCUMENT));
        while (matcher.find()) {
            snippets.add(matcher.group(2));
        }
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(4);
        for (String snippet : snippets) {
            assertThat(sources).as("sources containing the snippet%n%s", snippet)
                    .anySatisfy(source -> assertThat(normalize(source)).contains(normalize(snippet)));
        }
    }

    private static List<String> sources()
            throws IOException
    {
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".properties"))
                    .map(DocumentationSnippetsTest::read)
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

    private static String normalize(String text)
    {
        return text.replaceAll("\\s+", " ").strip();
    }
}
