package io.athena4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The child JVM of scenario 3, started with a small heap: reads {@code rows} rows of {@link MixedRows} with typed
 * getters and prints one line {@code rows=<n> peakHeapBytes=<bytes> seconds=<s>}. The peak is the sum of each heap pool's
 * peak, an upper bound of the heap's true peak. Exits 1 with the exception on standard error if the read fails.
 *
 * <p>Arguments: the JDBC URL, the number of rows.
 */
public final class StreamingReader
{
    private StreamingReader() {}

    public static void main(String[] args)
            throws Exception
    {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: StreamingReader <jdbc-url> <rows>");
        }
        int rows = Integer.parseInt(args[1]);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        TypedReader.Read read;
        try (Connection connection = DriverManager.getConnection(args[0])) {
            read = TypedReader.read(connection, MixedRows.query(rows)).verify(rows);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("rows=" + read.rows() + " peakHeapBytes=" + peak + " seconds=" + read.totalNanos() / 1e9);
    }
}
