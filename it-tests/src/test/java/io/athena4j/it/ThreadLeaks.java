package io.athena4j.it;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds threads a workload started and did not end. */
final class ThreadLeaks
{
    private static final Pattern JDK_HTTP_CLIENT_WORKER = Pattern.compile("HttpClient-\\d+-Worker-\\d+");

    private ThreadLeaks() {}

    static Set<String> liveThreadNames()
    {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(ThreadLeaks::key).collect(Collectors.toSet());
    }

    /**
     * The threads alive now that were not before, after giving pools up to ten seconds to wind down. Not leaks, because
     * they do not grow with the number of queries or connections:
     * <ul>
     * <li>{@code idle-connection-reaper}: the AWS SDK's Apache 5 HTTP client runs one per JVM while any client is open;
     * <li>idle workers of the driver's JVM-wide pools ({@code athena4j-prefetch-N}, {@code athena4j-async-N}): cached
     * thread pools whose idle threads end after 60 seconds. Only idle ones, waiting for a task, are let pass; a worker
     * still busy (a page fetch that never returned) is a leak.
     * <li>idle workers of the JDK's {@code java.net.http.HttpClient} ({@code HttpClient-<n>-Worker-<m>}), which end
     * after 60 seconds: in these tests only the local Athena's admin client uses the JDK's HTTP client (the driver and
     * the AWS SDK send over Apache HttpClient 5). There is one admin client per server, created by the first
     * {@code AthenaLocal.admin()} call, so callers take their snapshot after one; its selector thread is not excused.
     * (When every call built a new client, their threads were the "6 leaked threads" of the first fault matrix run.)
     * <li>{@code Attach Listener}: the JVM's own, started when a tool such as jstack or jcmd attaches to the test JVM.
     * </ul>
     * The SDK clients' own threads ({@code sdk-ScheduledExecutor-…}) are not excused: the driver closes a client when
     * its last connection closes.
     */
    static Set<String> awaitNoNewThreads(Set<String> before)
            throws InterruptedException
    {
        Set<String> added = Set.of();
        for (int i = 0; i < 100; i++) {
            added = Thread.getAllStackTraces().entrySet().stream()
                    .filter(entry -> entry.getKey().isAlive())
                    .filter(entry -> !before.contains(key(entry.getKey())))
                    .filter(entry -> !isExcused(entry))
                    .map(entry -> key(entry.getKey()))
                    .collect(Collectors.toSet());
            if (added.isEmpty()) {
                return added;
            }
            Thread.sleep(100);
        }
        printStacks(added);
        return added;
    }

    /** Names and stacks of the threads found, once, so a leak can be traced to what started it. */
    private static void printStacks(Set<String> keys)
    {
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (keys.contains(key(thread))) {
                StringBuilder text = new StringBuilder("[reliability] thread left behind: \"").append(thread.getName()).append("\" daemon=")
                        .append(thread.isDaemon()).append(" state=").append(thread.getState()).append(" group=")
                        .append(thread.getThreadGroup() == null ? "-" : thread.getThreadGroup().getName());
                for (StackTraceElement frame : stack) {
                    text.append("\n\tat ").append(frame);
                }
                System.out.println(text);
            }
        });
    }

    private static boolean isExcused(Map.Entry<Thread, StackTraceElement[]> thread)
    {
        String name = thread.getKey().getName();
        if (name.equals("idle-connection-reaper") || name.equals("Attach Listener")) {
            return true;
        }
        if (JDK_HTTP_CLIENT_WORKER.matcher(name).matches()) {
            return isIdlePoolWorker(thread.getValue());
        }
        boolean driverPool = name.startsWith("athena4j-prefetch-") || name.startsWith("athena4j-async-");
        return driverPool && isIdlePoolWorker(thread.getValue());
    }

    private static boolean isIdlePoolWorker(StackTraceElement[] stack)
    {
        return Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals("java.util.concurrent.ThreadPoolExecutor") && frame.getMethodName().equals("getTask"));
    }

    private static String key(Thread thread)
    {
        return thread.getName() + "#" + thread.getId();
    }
}
