package io.athena4j.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.athena4j.local.FakeDistribution.READY_SCRIPT;
import static io.athena4j.local.FakeDistribution.isAlive;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 60, unit = SECONDS)
final class TestAthenaLocal
{
    private static final Consumer<Map<String, String>> NO_JAVA_OPTIONS = environment -> environment.remove(AthenaLocal.JAVA_OPTIONS_VARIABLE);

    @TempDir
    Path temporary;

    @Test
    void startsAndStops()
            throws IOException
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, READY_SCRIPT);
        Path dataDirectory = temporary.resolve("data");

        AthenaLocal athenaLocal = AthenaLocal.start(options(home).dataDirectory(dataDirectory).port(4566).build(), NO_JAVA_OPTIONS, AthenaLocal.SHUTDOWN_TIMEOUT);
        try {
            assertThat(athenaLocal.endpoint()).isEqualTo(URI.create("http://127.0.0.1:4566"));
            assertThat(athenaLocal.dataDirectory()).isEqualTo(dataDirectory);
            assertThat(athenaLocal.logFile()).isEqualTo(dataDirectory.resolve("athena4j-local.log"));
            assertThat(Long.parseLong(Files.readString(dataDirectory.resolve("server.pid")).strip())).isEqualTo(athenaLocal.pid());
            assertThat(isAlive(athenaLocal.pid())).isTrue();
            assertThat(athenaLocal).hasToString("AthenaLocal{endpoint=http://127.0.0.1:4566, pid=" + athenaLocal.pid() + ", dataDirectory=" + dataDirectory + "}");
        }
        finally {
            athenaLocal.close();
        }

        assertThat(isAlive(athenaLocal.pid())).isFalse();
        assertThat(athenaLocal.toString()).endsWith(", closed}");
        // A data directory given in the options belongs to the caller. The log is complete once close() returns;
        // stdout and stderr are copied by separate threads, so their lines may interleave in any order.
        assertThat(Files.readAllLines(athenaLocal.logFile())).containsExactlyInAnyOrder(
                "starting with arguments: --port 4566 --data-dir " + dataDirectory + " --bind 127.0.0.1",
                "java options: ",
                "athena4j-local ready at http://127.0.0.1:4566");

        athenaLocal.close();
    }

    @Test
    void passesOptionsToTheLaunchScript()
            throws IOException
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, READY_SCRIPT);
        Path dataDirectory = temporary.resolve("data");
        AthenaLocalOptions options = options(home)
                .dataDirectory(dataDirectory)
                .https(true)
                .bindAddress("0.0.0.0")
                .javaOptions(List.of("-Xmx256m", "-Dathena4j.test=true"))
                .build();

        AthenaLocal.start(options, environment -> environment.put(AthenaLocal.JAVA_OPTIONS_VARIABLE, " -Xss2m "), AthenaLocal.SHUTDOWN_TIMEOUT).close();

        // The options from the code come last, so they override the environment's.
        assertThat(Files.readAllLines(dataDirectory.resolve("athena4j-local.log"))).contains(
                "starting with arguments: --port 0 --data-dir " + dataDirectory + " --bind 0.0.0.0 --https",
                "java options: -Xss2m -Xmx256m -Dathena4j.test=true");
    }

    @Test
    void temporaryDataDirectoryIsDeletedOnClose()
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, READY_SCRIPT + "\n");

        AthenaLocal athenaLocal = AthenaLocal.start(options(home).build());
        athenaLocal.close();

        assertThat(athenaLocal.dataDirectory()).doesNotExist();
    }

    @Test
    void temporaryDataDirectoryIsKeptOnRequest()
            throws IOException
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, READY_SCRIPT);

        AthenaLocal athenaLocal = AthenaLocal.start(options(home).keepDataDirectory(true).build());
        athenaLocal.close();

        assertThat(athenaLocal.logFile()).exists();
        deleteTree(athenaLocal.dataDirectory());
    }

    @Test
    void exitBeforeReady()
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, """
                for line in $(seq -w 1 25); do echo "error line $line" >&2; done
                exit 3
                """);
        Path dataDirectory = temporary.resolve("data");
        Path logFile = dataDirectory.resolve("athena4j-local.log");

        assertThatThrownBy(() -> AthenaLocal.start(options(home).dataDirectory(dataDirectory).build()))
                .isInstanceOf(AthenaLocalException.class)
                .hasMessageStartingWith("athena4j-local (pid ")
                .hasMessageContaining(", " + home.resolve("bin/athena4j-local") + ") exited with code 3 after ")
                .hasMessageEndingWith(", before it was ready; last 20 lines of its log " + logFile + ":\n" + errorLines(6, 25));
        assertThat(logFile).hasContent(errorLines(1, 25).replace("    ", ""));
    }

    @Test
    void exitWithoutOutput()
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, "exit 1\n");
        Path dataDirectory = temporary.resolve("data");

        assertThatThrownBy(() -> AthenaLocal.start(options(home).dataDirectory(dataDirectory).build()))
                .isInstanceOf(AthenaLocalException.class)
                .hasMessageContaining(") exited with code 1 after ")
                .hasMessageEndingWith(", before it was ready; it printed nothing to its log " + dataDirectory.resolve("athena4j-local.log"));
    }

    @Test
    void failedStartKeepsTheTemporaryDataDirectoryForItsLog()
            throws IOException
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, "echo \"$4\" > \"" + temporary.resolve("data-directory") + "\"\necho broken >&2\nexit 1\n");

        assertThatThrownBy(() -> AthenaLocal.start(options(home).build()))
                .hasMessageContaining("exited with code 1");

        Path dataDirectory = Path.of(Files.readString(temporary.resolve("data-directory")).strip());
        assertThat(dataDirectory.resolve("athena4j-local.log")).hasContent("broken");
        deleteTree(dataDirectory);
    }

    @Test
    void startupTimeout()
            throws IOException
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, """
                echo "$$" > "$4/server.pid"
                echo "still starting" >&2
                exec sleep 600
                """);
        Path dataDirectory = temporary.resolve("data");

        assertThatThrownBy(() -> AthenaLocal.start(options(home).dataDirectory(dataDirectory).startupTimeout(Duration.ofMillis(1500)).build()))
                .isInstanceOf(AthenaLocalException.class)
                .hasMessageContaining(") did not report ready within 1500 ms, so it was stopped; last 1 lines of its log " + dataDirectory.resolve("athena4j-local.log") + ":\n    still starting");

        long pid = Long.parseLong(Files.readString(dataDirectory.resolve("server.pid")).strip());
        assertThat(isAlive(pid)).isFalse();
    }

    @Test
    void readyLineOnStderrDoesNotCount()
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, "echo \"athena4j-local ready at http://127.0.0.1:4566\" >&2\nexec sleep 600\n");

        assertThatThrownBy(() -> AthenaLocal.start(options(home).dataDirectory(temporary.resolve("data")).startupTimeout(Duration.ofSeconds(1)).build()))
                .hasMessageContaining("did not report ready within 1 s");
    }

    @Test
    void invalidEndpoint()
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, "echo \"athena4j-local ready at 127.0.0.1:4566 and more\"\nexec sleep 600\n");

        assertThatThrownBy(() -> AthenaLocal.start(options(home).dataDirectory(temporary.resolve("data")).build()))
                .isInstanceOf(AthenaLocalException.class)
                .hasMessageContaining("reported an endpoint that is not an absolute URL: '127.0.0.1:4566 and more'; stopped it")
                .hasCauseInstanceOf(URISyntaxException.class);
    }

    @Test
    void killsAServerThatIgnoresSigterm()
            throws IOException
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, "trap '' TERM\n" + READY_SCRIPT);

        AthenaLocal athenaLocal = AthenaLocal.start(options(home).dataDirectory(temporary.resolve("data")).build(), NO_JAVA_OPTIONS, Duration.ofMillis(500));
        long startNanos = System.nanoTime();
        athenaLocal.close();

        assertThat(isAlive(athenaLocal.pid())).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void interruptedWhileStarting()
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, "exec sleep 600\n");

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> AthenaLocal.start(options(home).dataDirectory(temporary.resolve("data")).build()))
                    .isInstanceOf(AthenaLocalException.class)
                    .hasMessageMatching("Interrupted while waiting for athena4j-local \\(pid \\d+\\) to start; killed it")
                    .hasCauseInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        }
        finally {
            Thread.interrupted();
        }
    }

    @Test
    void missingDistribution()
    {
        assertThatThrownBy(() -> AthenaLocal.start(options(temporary.resolve("nothing")).build()))
                .isInstanceOf(AthenaLocalException.class)
                .hasMessageStartingWith("The athena4j-local distribution in " + temporary.resolve("nothing") + " (from the AthenaLocalOptions.home) has no bin/athena4j-local: ")
                .hasMessageContaining("athena4j.local.home")
                .hasMessageContaining("ATHENA4J_LOCAL_HOME")
                .hasMessageContaining("./mvnw -pl local/server -am package");
    }

    @Test
    void closeFromSeveralThreads()
            throws InterruptedException
    {
        Path home = temporary.resolve("home");
        FakeDistribution.create(home, READY_SCRIPT);
        AthenaLocal athenaLocal = AthenaLocal.start(options(home).build());

        List<Thread> closers = IntStream.range(0, 4)
                .mapToObj(index -> new Thread(athenaLocal::close))
                .toList();
        closers.forEach(Thread::start);
        for (Thread closer : closers) {
            closer.join();
        }
        athenaLocal.close();

        assertThat(isAlive(athenaLocal.pid())).isFalse();
        assertThat(athenaLocal.dataDirectory()).doesNotExist();
    }

    private static AthenaLocalOptions.Builder options(Path home)
    {
        return AthenaLocalOptions.builder().home(home);
    }

    private static String errorLines(int first, int last)
    {
        return IntStream.rangeClosed(first, last)
                .mapToObj(line -> "    error line %02d".formatted(line))
                .collect(Collectors.joining("\n"));
    }

    private static void deleteTree(Path directory)
            throws IOException
    {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
