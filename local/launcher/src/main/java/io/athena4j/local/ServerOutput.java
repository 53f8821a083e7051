package io.athena4j.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

/**
 * Copies the server's stdout and stderr, line by line, into its log file on two daemon threads for as long as the
 * process lives: a child whose pipe fills up blocks, and the server logs to stderr throughout its life. Watches stdout
 * for the ready line and keeps the last lines in memory for failure messages.
 */
final class ServerOutput
{
    static final String READY_LINE_PREFIX = "athena4j-local ready at ";
    static final int TAIL_LINES = 20;

    private final Path logFile;
    private final Writer log;
    private final CompletableFuture<String> readyEndpoint = new CompletableFuture<>();
    private final Thread stdoutCopier;
    private final Thread stderrCopier;

    // guarded by this
    private final Deque<String> tail = new ArrayDeque<>(TAIL_LINES);
    private int openStreams = 2;
    private boolean logWritable = true;
    private Optional<IOException> copyFailure = Optional.empty();

    private ServerOutput(Process process, Path logFile, Writer log)
    {
        this.logFile = logFile;
        this.log = log;
        this.stdoutCopier = copier(process.getInputStream(), true, "athena4j-local stdout " + process.pid());
        this.stderrCopier = copier(process.getErrorStream(), false, "athena4j-local stderr " + process.pid());
    }

    /**
     * Starts copying; the log file is truncated, so it holds this run only.
     */
    static ServerOutput start(Process process, Path logFile)
            throws IOException
    {
        requireNonNull(process, "process is null");
        requireNonNull(logFile, "logFile is null");
        ServerOutput output = new ServerOutput(process, logFile, Files.newBufferedWriter(logFile, UTF_8));
        output.stdoutCopier.start();
        output.stderrCopier.start();
        return output;
    }

    Path logFile()
    {
        return logFile;
    }

    /**
     * Completes with the text after {@link #READY_LINE_PREFIX} of the first stdout line that starts with it; never
     * completes if the server prints no such line.
     */
    CompletableFuture<String> readyEndpoint()
    {
        return readyEndpoint;
    }

    /**
     * Waits until both streams reached their end, which they do soon after the process exits, so that the log and
     * {@link #tail()} are complete.
     */
    boolean awaitEnd(Duration timeout)
            throws InterruptedException
    {
        long deadline = System.nanoTime() + timeout.toNanos();
        stdoutCopier.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        stderrCopier.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        return !stdoutCopier.isAlive() && !stderrCopier.isAlive();
    }

    /**
     * The last {@link #TAIL_LINES} lines of both streams, in the order they were read.
     */
    synchronized List<String> tail()
    {
        return List.copyOf(tail);
    }

    /**
     * The first failure to read the output or to write the log file, later ones suppressed in it. Reading goes on
     * after the log file fails, so the child never blocks.
     */
    synchronized Optional<IOException> copyFailure()
    {
        return copyFailure;
    }

    private Thread copier(InputStream stream, boolean watchForReadyLine, String name)
    {
        Thread thread = new Thread(() -> copy(stream, watchForReadyLine), name);
        thread.setDaemon(true);
        return thread;
    }

    private void copy(InputStream stream, boolean watchForReadyLine)
    {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                append(line);
                // After append, so the ready line is in the log once start() returns.
                if (watchForReadyLine && !readyEndpoint.isDone() && line.startsWith(READY_LINE_PREFIX)) {
                    readyEndpoint.complete(line.substring(READY_LINE_PREFIX.length()).strip());
                }
            }
        }
        catch (IOException e) {
            recordCopyFailure(e);
        }
        finally {
            streamEnded();
        }
    }

    private synchronized void append(String line)
    {
        if (tail.size() == TAIL_LINES) {
            tail.removeFirst();
        }
        tail.addLast(line);
        if (!logWritable) {
            return;
        }
        try {
            log.write(line);
            log.write('\n');
            // Flushed per line: the log is what people read while a test hangs.
            log.flush();
        }
        catch (IOException e) {
            logWritable = false;
            recordCopyFailure(e);
        }
    }

    private synchronized void streamEnded()
    {
        openStreams--;
        if (openStreams == 0) {
            try {
                log.close();
            }
            catch (IOException e) {
                recordCopyFailure(e);
            }
        }
    }

    private synchronized void recordCopyFailure(IOException failure)
    {
        if (copyFailure.isEmpty()) {
            copyFailure = Optional.of(failure);
        }
        else {
            copyFailure.get().addSuppressed(failure);
        }
    }
}
