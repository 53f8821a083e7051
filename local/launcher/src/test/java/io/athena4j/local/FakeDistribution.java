package io.athena4j.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A distribution directory whose bin/athena4j-local is a small shell script standing in for the server.
 * The script receives the launcher's arguments: "$4" is the data directory.
 */
final class FakeDistribution
{
    static final String READY_SCRIPT = """
            echo "$$" > "$4/server.pid"
            echo "starting with arguments: $*" >&2
            echo "java options: ${ATHENA4J_LOCAL_JAVA_OPTS:-}" >&2
            echo "athena4j-local ready at http://127.0.0.1:4566"
            exec sleep 600
            """;

    private FakeDistribution() {}

    static Path create(Path home, String launchScriptBody)
    {
        try {
            Files.createDirectories(home.resolve("lib"));
            return writeExecutable(home.resolve(Distribution.LAUNCH_SCRIPT), "#!/bin/sh\n" + launchScriptBody);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeExecutable(Path file, String content)
            throws IOException
    {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    static boolean isAlive(long pid)
    {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
