package io.athena4j.it;

import io.athena4j.jdbc.AthenaStatement;
import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local Athena of its own, restarted on the same port while a result is half read: the next page is refused while
 * the server is down (connection refused) and unknown after the restart (Athena forgets executions on restart as it
 * expires them), and both end the read with a clear SQLException naming the query — never a hang, a short result
 * that looks complete, or an endless retry.
 */
@ExtendWith(ReliabilityRun.class)
final class ServerRestartMidPaginationTest
{
    private static final int ROWS = 5_000;

    @Test
    void readingAcrossARestartFailsClearly(@TempDir Path dataDirectory)
            throws Exception
    {
        AthenaLocalOptions.Builder options = AthenaLocalOptions.builder().dataDirectory(dataDirectory).keepDataDirectory(true)
                // Three starts of a Trino of its own, while the shared one works: allow for a busy machine.
                .startupTimeout(Duration.ofMinutes(5));
        AthenaLocal first = AthenaLocal.start(options.build());
        int port = first.endpoint().getPort();
        String url = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + first.endpoint() + ";User=local;Password=local;OutputLocation=s3://reliability/restart/;NumRetries=1";
        ExecutorService reader = Executors.newSingleThreadExecutor();
        AthenaLocal second = null;
        int queries = 0;
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            ResultSet rs = statement.executeQuery("SELECT x FROM UNNEST(sequence(1, " + ROWS + ")) t(x) ORDER BY x");
            queries++;
            String queryId = statement.unwrap(AthenaStatement.class).getQueryExecutionId().orElseThrow();
            int read = 0;
            // Read the first page and stop before the prefetched second one is consumed.
            while (read < 999 && rs.next()) {
                assertThat(rs.getLong(1)).isEqualTo(read + 1);
                read++;
            }
            first.close();

            // Down: the pages after the one or two already fetched cannot be had.
            Future<SQLException> whileDown = reader.submit(() -> readToEnd(rs, 999));
            SQLException down = whileDown.get(5, TimeUnit.MINUTES);
            assertThat((Throwable) down).as("reading while the server is down").isNotNull();
            assertThat(down.getMessage()).contains("GetQueryResults").contains(queryId);
            assertThat(down.getSQLState()).startsWith("08");
            rs.close();

            second = AthenaLocal.start(options.port(port).build());
            assertThat(second.endpoint().getPort()).isEqualTo(port);
            // After the restart, the same statement works again (the pool keeps its connections) ...
            try (ResultSet again = statement.executeQuery("SELECT count(*) FROM UNNEST(sequence(1, " + ROWS + "))")) {
                queries++;
                assertThat(again.next()).isTrue();
                assertThat(again.getLong(1)).isEqualTo(ROWS);
            }
            // ... and a query the restart forgot is refused with Athena's error, not read as empty.
            ResultSet forgotten = statement.executeQuery("SELECT x FROM UNNEST(sequence(1, " + ROWS + ")) t(x)");
            queries++;
            String forgottenId = statement.unwrap(AthenaStatement.class).getQueryExecutionId().orElseThrow();
            second.close();
            second = AthenaLocal.start(options.port(port).build());
            Future<SQLException> afterRestart = reader.submit(() -> readToEnd(forgotten, 0));
            SQLException unknown = afterRestart.get(5, TimeUnit.MINUTES);
            assertThat((Throwable) unknown).as("reading a query the restarted server does not know").isNotNull();
            assertThat(unknown.getMessage()).contains("GetQueryResults").contains(forgottenId);
            forgotten.close();
        }
        finally {
            reader.shutdownNow();
            if (second != null) {
                second.close();
            }
            first.close();
            ReliabilityRun.print("ServerRestartMidPaginationTest", Map.of("queries", queries, "restarts", 2));
            ReliabilityRun.add("queries run (all tests)", queries);
            ReliabilityRun.add("server restarts mid-pagination", 2);
        }
    }

    /** Reads to the end; the SQLException that stopped it, or null if every row came. */
    private static SQLException readToEnd(ResultSet rs, int alreadyRead)
    {
        int read = alreadyRead;
        try {
            while (rs.next()) {
                read++;
            }
            throw new AssertionError("All " + read + " rows were read although the server was restarted");
        }
        catch (SQLException e) {
            assertThat(read).as("rows read before the failure").isLessThan(ROWS);
            return e;
        }
    }
}
