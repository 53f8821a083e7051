package io.athena4j.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.athena4j.local.FakeDistribution.isAlive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs @AthenaLocalTest classes in a nested Jupiter engine against a fake distribution, so one whole test run,
 * including the end that stops the shared server, happens inside this test.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class TestAthenaLocalExtension
{
    private static final Queue<AthenaLocal> RESOLVED = new ConcurrentLinkedQueue<>();

    @TempDir
    Path temporary;

    private String savedHome;

    @BeforeEach
    void pointAtFakeDistribution()
    {
        RESOLVED.clear();
        savedHome = System.getProperty(Distribution.HOME_PROPERTY);
        System.setProperty(Distribution.HOME_PROPERTY, temporary.resolve("home").toString());
    }

    @AfterEach
    void restoreDistribution()
    {
        if (savedHome == null) {
            System.clearProperty(Distribution.HOME_PROPERTY);
        }
        else {
            System.setProperty(Distribution.HOME_PROPERTY, savedHome);
        }
    }

    @Test
    void oneServerPerRunStoppedAtTheEnd()
            throws IOException
    {
        FakeDistribution.create(temporary.resolve("home"), "echo launched >> \"" + temporary.resolve("launches") + "\"\n" + FakeDistribution.READY_SCRIPT);

        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(FirstUser.class), selectClass(SecondUser.class), selectClass(ConstructorUser.class))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .execute();

        results.testEvents().assertStatistics(statistics -> statistics.started(4).succeeded(4));
        assertThat(Files.readAllLines(temporary.resolve("launches"))).containsExactly("launched");
        assertThat(RESOLVED).hasSize(5);
        AthenaLocal athenaLocal = RESOLVED.peek();
        assertThat(RESOLVED).containsOnly(athenaLocal);
        assertThat(athenaLocal.endpoint()).isEqualTo(URI.create("http://127.0.0.1:4566"));
        // The end of the run closed the root store, and with it the server and its temporary data directory.
        assertThat(isAlive(athenaLocal.pid())).isFalse();
        assertThat(athenaLocal.dataDirectory()).doesNotExist();
    }

    @Test
    void failedStartIsNotRepeated()
            throws IOException
    {
        FakeDistribution.create(temporary.resolve("home"), "echo launched >> \"" + temporary.resolve("launches") + "\"\necho \"cannot start\" >&2\nexit 1\n");

        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(FirstUser.class), selectClass(SecondUser.class))
                .execute();

        results.testEvents().assertStatistics(statistics -> statistics.started(3).failed(3));
        assertThat(Files.readAllLines(temporary.resolve("launches"))).containsExactly("launched");
        List<String> messages = results.testEvents().failed().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage())
                .toList();
        // JUnit puts "Failed to resolve parameter [...] in method [...]: " in front of the resolver's message.
        assertThat(messages).allSatisfy(message -> assertThat(message).contains(") exited with code 1 after ").endsWith("\n    cannot start"));
        assertThat(messages).filteredOn(message -> message.contains(": The shared athena4j-local failed to start earlier in this test run: athena4j-local (pid "))
                .hasSize(2);

        // A failed start keeps its temporary data directory for the log; this test has read it.
        Matcher logFile = Pattern.compile("lines of its log (\\S+)/athena4j-local\\.log:").matcher(messages.get(0));
        assertThat(logFile.find()).isTrue();
        try (Stream<Path> files = Files.walk(Path.of(logFile.group(1)))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void noServerWithoutParameters()
    {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(NoParameterUser.class))
                .execute();

        results.testEvents().assertStatistics(statistics -> statistics.succeeded(1));
        // Nothing was started, or the missing fake distribution would have failed the test.
        assertThat(temporary.resolve("home")).doesNotExist();
    }

    @AthenaLocalTest
    static final class FirstUser
    {
        @Test
        void athenaLocalAndEndpoint(AthenaLocal athenaLocal, URI endpoint)
        {
            RESOLVED.add(athenaLocal);
            assertThat(endpoint).isEqualTo(athenaLocal.endpoint());
        }

        @Test
        void athenaLocalAgain(AthenaLocal athenaLocal)
        {
            RESOLVED.add(athenaLocal);
        }
    }

    @AthenaLocalTest
    abstract static class AnnotatedBase
    {
    }

    // @AthenaLocalTest is @Inherited.
    static final class SecondUser
            extends AnnotatedBase
    {
        @Test
        void athenaLocal(AthenaLocal athenaLocal)
        {
            RESOLVED.add(athenaLocal);
        }
    }

    @AthenaLocalTest
    static final class ConstructorUser
    {
        private final AthenaLocal athenaLocal;

        ConstructorUser(AthenaLocal athenaLocal)
        {
            this.athenaLocal = athenaLocal;
        }

        @Test
        void athenaLocal(AthenaLocal again)
        {
            RESOLVED.add(athenaLocal);
            RESOLVED.add(again);
        }
    }

    @AthenaLocalTest
    static final class NoParameterUser
    {
        @Test
        void nothing() {}
    }
}
