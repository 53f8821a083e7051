package io.athena4j.local;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real bin/athena4j-local from the source tree against fake JDKs: each fake bin/java prints the JDK it
 * belongs to and then its arguments, one per line, instead of starting a server.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
final class TestLaunchScript
{
    private static final Path LAUNCH_SCRIPT_SOURCE = Path.of("../server/src/main/dist/bin/athena4j-local");
    private static final String MAIN_CLASS = "io.athena4j.local.server.AthenaLocalServer";
    private static final String NO_JDK_MESSAGE_START = "athena4j-local: needs a JDK 25 or newer (found none in JAVA_HOME, ";
    private static final String NO_JDK_MESSAGE_END = " or PATH); install one, e.g. Temurin 25, or set ATHENA4J_LOCAL_JAVA_HOME";

    @TempDir
    Path temporary;

    private Path home;
    private Path launchScript;
    private Path jvmDirectory;
    private Path pathDirectory;
    private Path userHome;

    @BeforeEach
    void createDistribution()
            throws IOException
    {
        assertThat(LAUNCH_SCRIPT_SOURCE).as("the launch script, relative to the module directory").isRegularFile();
        home = temporary.resolve("distribution");
        launchScript = FakeDistribution.writeExecutable(home.resolve("bin/athena4j-local"), Files.readString(LAUNCH_SCRIPT_SOURCE, UTF_8));
        Files.createDirectories(home.resolve("lib"));
        Files.writeString(home.resolve("lib/athena4j-local-server.jar"), "");
        jvmDirectory = Files.createDirectories(temporary.resolve("jvm"));
        userHome = Files.createDirectories(temporary.resolve("user"));
        // A java 17 on the PATH, in front of whatever the machine has, so that no real JDK 25 can be found there.
        pathDirectory = Files.createDirectories(temporary.resolve("path"));
        fakeJava(pathDirectory.resolve("java"), "path-java", "17.0.12");
    }

    @Test
    void help()
    {
        Result result = run(List.of("--port", "0", "--help"), Map.of());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("Usage: athena4j-local [--port N] [--data-dir PATH] [--https] [--bind ADDRESS]\n")
                .contains("ATHENA4J_LOCAL_JAVA_HOME", "ATHENA4J_LOCAL_JAVA_OPTS", "ATHENA4J_LOCAL_JVM_DIRS");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void noJdk()
    {
        Result result = run(List.of(), Map.of());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEqualTo(NO_JDK_MESSAGE_START + jvmDirectory + NO_JDK_MESSAGE_END + "\n");
    }

    @Test
    void tooOldJdksAreSkipped()
            throws IOException
    {
        fakeJdk("jdk-17", "17.0.12");
        fakeJdk("jdk-21", "21.0.5");
        Path javaHome = fakeJdk("other/jdk-11", "11.0.25");

        Result result = run(List.of(), Map.of("JAVA_HOME", javaHome.toString()));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).startsWith(NO_JDK_MESSAGE_START);
    }

    @Test
    void prefersTheOldestFeatureReleaseFromTwentyFiveOnAndItsNewestUpdate()
            throws IOException
    {
        fakeJdk("jdk-21", "21.0.5");
        fakeJdk("jdk-25.0.2", "25.0.2");
        fakeJdk("jdk-25.0.10", "25.0.10");
        fakeJdk("jdk-26", "26");
        fakeJdk("not-a-jdk", null);

        Result result = run(List.of(), Map.of());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutLines().get(0)).isEqualTo("jdk-25.0.10");
    }

    @Test
    void findsMacOsLayout()
            throws IOException
    {
        fakeJdk("temurin-25.jdk/Contents/Home", "25.0.3");

        Result result = run(List.of(), Map.of());

        assertThat(result.stdoutLines().get(0)).isEqualTo("temurin-25.jdk/Contents/Home");
    }

    @Test
    void readsTheVersionFromJavaWhenThereIsNoReleaseFile()
            throws IOException
    {
        Path javaHome = temporary.resolve("jvm/jdk-without-release");
        fakeJava(javaHome.resolve("bin/java"), "jdk-without-release", "25.0.1");

        Result result = run(List.of(), Map.of());

        assertThat(result.stdoutLines().get(0)).isEqualTo("jdk-without-release");
    }

    @Test
    void javaHomeComesBeforeTheStandardDirectories()
            throws IOException
    {
        fakeJdk("jdk-25", "25.0.3");
        Path javaHome = fakeJdk("other/jdk-27", "27-ea");

        Result result = run(List.of(), Map.of("JAVA_HOME", javaHome.toString()));

        assertThat(result.stdoutLines().get(0)).isEqualTo("other/jdk-27");
    }

    @Test
    void javaOnThePathComesLast()
            throws IOException
    {
        fakeJava(pathDirectory.resolve("java"), "path-java", "25.0.1");

        assertThat(run(List.of(), Map.of()).stdoutLines().get(0)).isEqualTo("path-java");

        fakeJdk("jdk-26", "26.0.1");
        assertThat(run(List.of(), Map.of()).stdoutLines().get(0)).isEqualTo("jdk-26");
    }

    @Test
    void explicitJavaHomeWins()
            throws IOException
    {
        fakeJdk("jdk-25", "25.0.3");
        Path explicit = fakeJdk("other/jdk-26", "26.0.1");

        Result result = run(List.of(), Map.of("ATHENA4J_LOCAL_JAVA_HOME", explicit.toString()));

        assertThat(result.stdoutLines().get(0)).isEqualTo("other/jdk-26");
    }

    @Test
    void explicitJavaHomeThatIsTooOldIsAnError()
            throws IOException
    {
        fakeJdk("jdk-25", "25.0.3");
        Path explicit = fakeJdk("other/jdk-21", "21.0.5");

        Result result = run(List.of(), Map.of("ATHENA4J_LOCAL_JAVA_HOME", explicit.toString()));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("athena4j-local: ATHENA4J_LOCAL_JAVA_HOME=" + explicit + " is Java 21.0.5; point it at a JDK 25 or newer\n");
    }

    @Test
    void explicitJavaHomeWithoutJavaIsAnError()
    {
        Path explicit = temporary.resolve("nothing");

        Result result = run(List.of(), Map.of("ATHENA4J_LOCAL_JAVA_HOME", explicit.toString()));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("athena4j-local: ATHENA4J_LOCAL_JAVA_HOME=" + explicit + " has no bin/java; point it at a JDK 25 or newer\n");
    }

    @Test
    void javaCommandLine()
            throws IOException
    {
        fakeJdk("jdk-25", "25.0.3");
        Path dataDirectory = temporary.resolve("data");
        List<String> arguments = List.of("--port", "4566", "--data-dir", dataDirectory.toString(), "--https", "an argument with spaces");

        Result result = run(arguments, Map.of("ATHENA4J_LOCAL_JAVA_OPTS", " -Xmx2g   -Dathena4j.test=true "));

        assertThat(result.exitCode()).isZero();
        List<String> expected = new ArrayList<>(List.of(
                "jdk-25",
                "-Xmx1g",
                "--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-Djava.io.tmpdir=" + dataDirectory.resolve("tmp").toRealPath(),
                "-Xmx2g",
                "-Dathena4j.test=true",
                "-cp",
                home.toRealPath() + "/lib/*",
                MAIN_CLASS));
        expected.addAll(arguments);
        assertThat(result.stdoutLines()).containsExactlyElementsOf(expected);
        assertThat(dataDirectory.resolve("tmp")).isDirectory();
    }

    @Test
    void dataDirectoryWithEqualsSign()
            throws IOException
    {
        fakeJdk("jdk-25", "25.0.3");
        Path dataDirectory = temporary.resolve("data with spaces");

        Result result = run(List.of("--data-dir=" + dataDirectory), Map.of());

        assertThat(result.stdoutLines()).contains("-Djava.io.tmpdir=" + dataDirectory.resolve("tmp").toRealPath(), "--data-dir=" + dataDirectory);
    }

    @Test
    void defaultDataDirectory()
            throws IOException
    {
        fakeJdk("jdk-25", "25.0.3");

        Result result = run(List.of(), Map.of());

        assertThat(result.stdoutLines()).contains("-Djava.io.tmpdir=" + userHome.toRealPath().resolve(".athena4j-local/tmp"));
    }

    @Test
    void worksThroughASymlinkFromAnyDirectory()
            throws IOException
    {
        fakeJdk("jdk-25", "25.0.3");
        Path link = Files.createSymbolicLink(pathDirectory.resolve("athena4j-local"), launchScript);
        Path workingDirectory = Files.createDirectories(temporary.resolve("elsewhere"));

        Result result = run(List.of(link.toString(), "--data-dir", "relative"), workingDirectory, Map.of());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdoutLines()).contains(home.toRealPath() + "/lib/*", "-Djava.io.tmpdir=" + workingDirectory.toRealPath().resolve("relative/tmp"));
    }

    @Test
    void noJars()
            throws IOException
    {
        fakeJdk("jdk-25", "25.0.3");
        Files.delete(home.resolve("lib/athena4j-local-server.jar"));

        Result result = run(List.of(), Map.of());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).isEqualTo("athena4j-local: no jars in " + home.toRealPath().resolve("lib") + "; build the distribution with ./mvnw -pl local/server -am package\n");
    }

    /**
     * A JDK directory with a release file (unless the version is null) and a fake bin/java.
     */
    private Path fakeJdk(String relativePath, String version)
            throws IOException
    {
        Path javaHome = jvmDirectory.resolve(relativePath);
        Files.createDirectories(javaHome);
        if (version != null) {
            Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + version + "\"\nJAVA_RUNTIME_VERSION=\"" + version + "+1\"\n");
        }
        else {
            Files.writeString(javaHome.resolve("README"), "not a JDK\n");
            return javaHome;
        }
        fakeJava(javaHome.resolve("bin/java"), relativePath, version);
        return javaHome;
    }

    private static void fakeJava(Path file, String name, String version)
            throws IOException
    {
        FakeDistribution.writeExecutable(file, """
                #!/bin/sh
                if [ "$1" = -version ]; then
                    echo 'openjdk version "%s" 2026-01-20' >&2
                    exit 0
                fi
                echo '%s'
                for argument in "$@"; do echo "$argument"; done
                """.formatted(version, name));
    }

    private Result run(List<String> arguments, Map<String, String> environment)
    {
        List<String> command = new ArrayList<>();
        command.add(launchScript.toString());
        command.addAll(arguments);
        return run(command, temporary, environment);
    }

    private Result run(List<String> command, Path workingDirectory, Map<String, String> environment)
    {
        ProcessBuilder processBuilder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        // Nothing from the machine: no JAVA_HOME, no real JDK on the PATH, no real JDK directories.
        processBuilder.environment().clear();
        processBuilder.environment().put("PATH", pathDirectory + ":/usr/bin:/bin");
        processBuilder.environment().put("HOME", userHome.toString());
        processBuilder.environment().put("ATHENA4J_LOCAL_JVM_DIRS", jvmDirectory.toString());
        processBuilder.environment().putAll(environment);
        try {
            Process process = processBuilder.start();
            process.getOutputStream().close();
            // The outputs are small enough for the pipe buffers, so reading them one after the other cannot block.
            String stdout = new String(process.getInputStream().readAllBytes(), UTF_8);
            String stderr = new String(process.getErrorStream().readAllBytes(), UTF_8);
            return new Result(process.waitFor(), stdout, stderr);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + command, e);
        }
    }

    private record Result(int exitCode, String stdout, String stderr)
    {
        List<String> stdoutLines()
        {
            assertThat(exitCode).as("exit code; stderr: %s", stderr).isZero();
            return stdout.lines().toList();
        }
    }
}
