package io.athena4j.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Where and when the run took place, for the report: CPU, cores, memory, OS, JVM, load average at the start and end,
 * and the git commit of the working tree (with a {@code +dirty} mark if it has uncommitted changes).
 */
record Machine(String cpu, int cores, long memoryBytes, String os, String java, String commit, Instant date, double loadAtStart)
{
    static Machine describe(Path repository)
    {
        var system = ManagementFactory.getOperatingSystemMXBean();
        long memory = system instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                commit(repository), Instant.now(), system.getSystemLoadAverage());
    }

    static double loadAverage()
    {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String cpuModel()
    {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"), UTF_8).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(System.getProperty("os.arch"));
        }
        catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static String commit(Path repository)
    {
        Optional<String> head = git(repository, "rev-parse", "--short=12", "HEAD");
        if (head.isEmpty()) {
            return "unknown (not a git checkout)";
        }
        boolean dirty = git(repository, "status", "--porcelain", "--untracked-files=no", "--", ".", ":!docs/performance.md")
                .map(status -> !status.isBlank()).orElse(false);
        return head.get() + (dirty ? "+dirty" : "");
    }

    private static Optional<String> git(Path repository, String... arguments)
    {
        String[] command = new String[arguments.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = repository.toString();
        System.arraycopy(arguments, 0, command, 3, arguments.length);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(output);
        }
        catch (IOException e) {
            return Optional.empty();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
