package io.athena4j.jdbc;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ResultFetcher=S3 end to end: the driver reads the result CSV from the local Athena's S3 endpoint in ranged GETs and
 * must give exactly what the GetQueryResults path gives.
 */
@AthenaLocalTest
final class S3ResultFetcherTest
{
    private static final String BUCKET = "driver-s3-test";
    private static final int RANGE_BYTES = 64 * 1024;

    /**
     * Every Athena type, with NULL and '' apart, quotes, commas, line breaks (also CR LF), unicode and complex values;
     * n runs 1..rows in order.
     */
    private static final String MIXED_QUERY = """
            SELECT n,
                   n % 2 = 0 AS b,
                   CAST(n % 128 AS tinyint) AS ti, CAST(n % 30000 AS smallint) AS si, CAST(n AS integer) AS i, n * BIGINT '1000000007' AS bi,
                   CAST(n AS real) / 3 AS r,
                   CASE WHEN n % 11 = 0 THEN nan() WHEN n % 13 = 0 THEN -infinity() ELSE n / 7.0E0 END AS d,
                   CAST(n AS decimal(20, 3)) / 7 AS dec,
                   CASE n % 8 WHEN 0 THEN NULL WHEN 1 THEN '' WHEN 2 THEN 'say "hi", ""twice""'
                        WHEN 3 THEN 'line1' || chr(10) || 'line2' || chr(13) || chr(10) || ',"' WHEN 4 THEN 'ünïcødé ✓ 日本語 🎉'
                        WHEN 5 THEN '"' WHEN 6 THEN ',' ELSE 'plain ' || CAST(n AS varchar) END AS s,
                   CAST('c' AS char(3)) AS ch,
                   to_utf8('bin' || CAST(n AS varchar)) AS vb,
                   date_add('day', n, DATE '2000-01-01') AS dt,
                   date_add('millisecond', n, TIME '00:00:00.000') AS tm,
                   date_add('second', n, TIMESTAMP '2024-01-01 00:00:00.123') AS ts,
                   date_add('millisecond', n, TIMESTAMP '2024-01-01 00:00:00.123456') AS ts6,
                   date_add('minute', n, TIMESTAMP '2024-01-01 00:00:00.000 Europe/Paris') AS tstz,
                   n * INTERVAL '1' SECOND AS ids,
                   INTERVAL '14' MONTH AS iym,
                   ARRAY[n, NULL, n + 1] AS arr,
                   MAP(ARRAY['k', 'v"'], ARRAY[CAST(n AS varchar), 'a,b']) AS m,
                   CAST(ROW(n, 'x"y') AS ROW(id bigint, name varchar)) AS rw,
                   CAST(MAP(ARRAY['a'], ARRAY[n]) AS JSON) AS js,
                   UUID '12151fd2-7586-11e9-8f9e-2a86e4085a59' AS u,
                   IPADDRESS '10.0.0.1' AS ip,
                   CAST(NULL AS varchar) AS nul,
                   '' AS empty
            FROM UNNEST(sequence(0, 999)) a(x) CROSS JOIN UNNEST(sequence(1, 100)) b(y)
            CROSS JOIN UNNEST(ARRAY[x * 100 + y]) c(n)
            WHERE n <= $ROWS
            ORDER BY n
            """;

    private static String mixed(int rows)
    {
        return MIXED_QUERY.replace("$ROWS", Integer.toString(rows));
    }

    private static AthenaLocal local;
    private static String getQueryResultsUrl;
    private static String s3Url;
    private static S3Client s3;
    private static AthenaClient athena;

    @BeforeAll
    static void setUp(AthenaLocal athenaLocal)
    {
        local = athenaLocal;
        getQueryResultsUrl = "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + local.endpoint() + ";User=local;Password=local;OutputLocation=s3://" + BUCKET + "/results/;";
        s3Url = getQueryResultsUrl + "ResultFetcher=S3;S3Endpoint=" + local.endpoint() + ";S3FetchRangeBytes=" + RANGE_BYTES + ";";
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        s3 = S3Client.builder().endpointOverride(local.endpoint()).forcePathStyle(true).region(Region.US_EAST_1).credentialsProvider(credentials).build();
        athena = AthenaClient.builder().endpointOverride(local.endpoint()).region(Region.US_EAST_1).credentialsProvider(credentials).build();
    }

    @AfterAll
    static void tearDown()
    {
        s3.close();
        athena.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 999, 1000, 1001, 100_000})
    void s3GivesExactlyWhatGetQueryResultsGives(int rows)
            throws SQLException
    {
        String sql = mixed(rows);
        long rangeGetsBefore = local.admin().callCount("s3:GetObject");
        try (Connection viaApi = DriverManager.getConnection(getQueryResultsUrl);
                Connection viaS3 = DriverManager.getConnection(s3Url);
                Statement apiStatement = viaApi.createStatement();
                Statement s3Statement = viaS3.createStatement();
                ResultSet expected = apiStatement.executeQuery(sql);
                ResultSet actual = s3Statement.executeQuery(sql)) {
            ResultSetMetaData metadata = actual.getMetaData();
            assertThat(metadata.getColumnCount()).isEqualTo(expected.getMetaData().getColumnCount()).isEqualTo(27);
            for (int column = 1; column <= metadata.getColumnCount(); column++) {
                assertThat(metadata.getColumnLabel(column)).isEqualTo(expected.getMetaData().getColumnLabel(column));
                assertThat(metadata.getColumnType(column)).isEqualTo(expected.getMetaData().getColumnType(column));
            }
            int count = 0;
            while (expected.next()) {
                assertThat(actual.next()).as("S3 has row %s", count + 1).isTrue();
                count++;
                assertThat(actual.getLong("n")).isEqualTo(count);
                for (int column = 1; column <= metadata.getColumnCount(); column++) {
                    String label = metadata.getColumnLabel(column);
                    assertThat(actual.getString(column)).as("row %s column %s", count, label).isEqualTo(expected.getString(column));
                    assertThat(actual.wasNull()).as("row %s column %s is NULL", count, label).isEqualTo(expected.wasNull());
                    assertThat(comparable(actual.getObject(column))).as("row %s column %s as an object", count, label).isEqualTo(comparable(expected.getObject(column)));
                }
                checkTrickyValues(actual, count);
            }
            assertThat(actual.next()).as("S3 has no more rows than GetQueryResults").isFalse();
            assertThat(count).isEqualTo(rows);
        }
        assertThat(local.admin().callCount("s3:GetObject")).as("the rows came from S3").isGreaterThan(rangeGetsBefore);
    }

    /** The strings as the SQL wrote them, not just as both fetchers agree on them. */
    private static void checkTrickyValues(ResultSet rs, long n)
            throws SQLException
    {
        String expected = switch ((int) (n % 8)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "say \"hi\", \"\"twice\"\"";
            case 3 -> "line1\nline2\r\n,\"";
            case 4 -> "ünïcødé ✓ 日本語 🎉";
            case 5 -> "\"";
            case 6 -> ",";
            default -> "plain " + n;
        };
        assertThat(rs.getString("s")).isEqualTo(expected);
        assertThat(rs.getString("nul")).isNull();
        assertThat(rs.getString("empty")).isEmpty();
        assertThat(rs.getBytes("vb")).isEqualTo(("bin" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Object comparable(Object value)
            throws SQLException
    {
        if (value instanceof Array array) {
            return Arrays.asList((Object[]) array.getArray());
        }
        if (value instanceof Struct struct) {
            return Arrays.asList(struct.getAttributes());
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value;
    }

    @Test
    void oneGetQueryResultsCallThenRangedGets()
            throws SQLException
    {
        local.admin().resetCallCounts();
        String queryExecutionId;
        int rows = 0;
        try (Connection connection = DriverManager.getConnection(s3Url);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(mixed(5000))) {
            while (rs.next()) {
                rows++;
            }
            queryExecutionId = statement.unwrap(AthenaStatement.class).getQueryExecutionId().orElseThrow();
        }
        Map<String, Long> counts = local.admin().callCounts();
        long size = s3.headObject(request -> request.bucket(BUCKET).key("results/" + queryExecutionId + ".csv")).contentLength();
        assertThat(rows).isEqualTo(5000);
        assertThat(size).as("the file spans several ranges").isGreaterThan(4L * RANGE_BYTES);
        assertThat(counts.get("GetQueryResults")).as("column metadata only").isEqualTo(1L);
        assertThat(counts.get("s3:HeadObject")).isEqualTo(1L);
        assertThat(counts.get("s3:GetObject")).as("one GET per range").isEqualTo((size + RANGE_BYTES - 1) / RANGE_BYTES);
    }

    @Test
    void statementsWithoutACsvResultUseGetQueryResults()
            throws SQLException
    {
        local.admin().resetCallCounts();
        try (Connection connection = DriverManager.getConnection(s3Url);
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("EXPLAIN SELECT 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isNotEmpty();
            }
            try (ResultSet rs = statement.executeQuery("SHOW DATABASES")) {
                List<String> databases = new ArrayList<>();
                while (rs.next()) {
                    databases.add(rs.getString(1));
                }
                assertThat(databases).contains("default");
            }
        }
        assertThat(local.admin().callCounts()).doesNotContainKeys("s3:HeadObject", "s3:GetObject");
    }

    @Test
    void fallsBackToGetQueryResultsWhenTheFileIsNotReadable()
            throws SQLException
    {
        // A path on the endpoint turns every request into one for a bucket that does not exist: 404 NoSuchBucket.
        String misdirected = getQueryResultsUrl + "ResultFetcher=S3;S3Endpoint=" + local.endpoint() + "/no-such-bucket;";
        local.admin().resetCallCounts();
        int rows = 0;
        try (Connection connection = DriverManager.getConnection(misdirected);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(mixed(2500))) {
            while (rs.next()) {
                rows++;
                assertThat(rs.getLong("n")).isEqualTo(rows);
            }
        }
        assertThat(rows).isEqualTo(2500);
        Map<String, Long> counts = local.admin().callCounts();
        assertThat(counts.get("s3:HeadObject")).isEqualTo(1L);
        assertThat(counts).doesNotContainKey("s3:GetObject");
        // MaxResults=1 for the columns, then 3 pages of 1000 rows (the header counts).
        assertThat(counts.get("GetQueryResults")).isEqualTo(4L);
    }

    @Test
    void unreachableS3FailsWithoutAConnectionSqlState()
            throws SQLException
    {
        // Nothing listens on port 9: S3 is unreachable, which is no reason for a pool to evict the Athena connection.
        String unreachable = getQueryResultsUrl + "ResultFetcher=S3;NumRetries=0;S3Endpoint=http://127.0.0.1:9;";
        try (Connection connection = DriverManager.getConnection(unreachable);
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT 1"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("HY000"))
                    .hasMessageContaining("HeadObject s3://" + BUCKET + "/results/");
        }
    }

    /** What happens to the file S3 reads after 10 rows: deleted (404 NoSuchKey) or replaced (412 on If-Match). */
    @ParameterizedTest
    @ValueSource(strings = {"deleted", "replaced"})
    void fallbackAfterSomeRowsNeitherLosesNorRepeatsRows(String change)
            throws Exception
    {
        try (Connection connection = DriverManager.getConnection(s3Url)) {
            AthenaConnection athenaConnection = connection.unwrap(AthenaConnection.class);
            QueryRun run = athenaConnection.newQueryRun(mixed(3000));
            run.execute(0);
            String id = run.queryExecutionId();
            // The driver reads a copy in S3, GetQueryResults the original: changing the copy mid-read fails the S3 path only.
            S3Location copy = new S3Location(BUCKET, "copies/" + change + "/" + id + ".csv");
            s3.putObject(request -> request.bucket(copy.bucket()).key(copy.key()),
                    RequestBody.fromBytes(s3.getObjectAsBytes(request -> request.bucket(BUCKET).key("results/" + id + ".csv")).asByteArray()));
            List<ColumnInfo> columns = run.fetchPage(null, 1).resultSet().resultSetMetadata().columnInfo();
            List<Long> skips = new ArrayList<>();
            ResultRows rows = S3ResultRows.open(athenaConnection.s3(), id, copy, columns, 4096, rowsToSkip -> {
                skips.add(rowsToSkip);
                return PagedResultRows.from(run, true, 1000, rowsToSkip);
            });
            List<String> seen = new ArrayList<>();
            while (rows.next()) {
                seen.add(rows.value(0));
                if (seen.size() == 10) {
                    if (change.equals("deleted")) {
                        s3.deleteObject(request -> request.bucket(copy.bucket()).key(copy.key()));
                    }
                    else {
                        s3.putObject(request -> request.bucket(copy.bucket()).key(copy.key()), RequestBody.fromString("\"n\"\n\"1\"\n"));
                    }
                }
            }
            rows.close();
            assertThat(skips).as("fell back once, after the rows already read").hasSize(1);
            assertThat(skips.get(0)).isGreaterThanOrEqualTo(10).isLessThan(3000);
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= 3000; n++) {
                expected.add(Integer.toString(n));
            }
            assertThat(seen).isEqualTo(expected);
        }
    }

    @Test
    void deletedResultFileFallsBackAndReportsWhatGetQueryResultsSays()
            throws SQLException
    {
        try (Connection connection = DriverManager.getConnection(s3Url.replace("S3FetchRangeBytes=" + RANGE_BYTES, "S3FetchRangeBytes=4096"));
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(mixed(3000))) {
            String id = statement.unwrap(AthenaStatement.class).getQueryExecutionId().orElseThrow();
            assertThat(rs.next()).isTrue();
            s3.deleteObject(request -> request.bucket(BUCKET).key("results/" + id + ".csv"));
            local.admin().resetCallCounts();
            // Athena itself serves GetQueryResults from the result file, so once it is gone neither path has the rows.
            assertThatThrownBy(() -> {
                while (rs.next()) {
                    assertThat(rs.getLong("n")).isPositive();
                }
            })
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Could not find results");
            assertThat(local.admin().callCount("GetQueryResults")).as("the driver fell back").isEqualTo(1);
        }
    }

    @Test
    void closingMidStreamStopsEveryRangeThread()
            throws Exception
    {
        try (Connection connection = DriverManager.getConnection(s3Url.replace("S3FetchRangeBytes=" + RANGE_BYTES, "S3FetchRangeBytes=4096"));
                Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery(mixed(10_000));
            for (int i = 0; i < 100; i++) {
                assertThat(rs.next()).isTrue();
            }
            assertThat(rangeThreads()).as("ranges are being fetched").isNotEmpty();
            rs.close();
            assertThat(awaitNoRangeThreads()).as("range threads left after close").isEmpty();

            ResultSet cancelled = statement.executeQuery(mixed(10_000));
            assertThat(cancelled.next()).isTrue();
            Thread canceller = new Thread(() -> {
                try {
                    statement.cancel();
                }
                catch (SQLException e) {
                    throw new AssertionError(e);
                }
            });
            canceller.start();
            canceller.join();
            assertThatThrownBy(() -> {
                while (cancelled.next()) {
                    assertThat(cancelled.getLong("n")).isPositive();
                }
            })
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
            assertThat(awaitNoRangeThreads()).as("range threads left after cancel").isEmpty();
        }
    }

    private static List<Thread> rangeThreads()
    {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().startsWith("athena4j-s3-range-")).toList();
    }

    /** Waits a bounded time for the range threads to end; what is left is a leak. */
    private static List<Thread> awaitNoRangeThreads()
            throws InterruptedException
    {
        for (int i = 0; i < 100 && !rangeThreads().isEmpty(); i++) {
            Thread.sleep(100);
        }
        return rangeThreads();
    }

    @Test
    void rangesRunInParallelAndNoMoreThanTheLimit()
            throws IOException
    {
        byte[] content = new byte[40 * 1024 + 17];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + 7);
        }
        S3Location location = new S3Location(BUCKET, "parallel/object.bin");
        s3.putObject(request -> request.bucket(location.bucket()).key(location.key()), RequestBody.fromBytes(content));
        String eTag = s3.headObject(request -> request.bucket(location.bucket()).key(location.key())).eTag();

        ConcurrencyProbe probe = new ConcurrencyProbe(S3ResultRows.RANGES_IN_FLIGHT);
        try (S3Client probed = S3Client.builder()
                .endpointOverride(local.endpoint())
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(override -> override.addExecutionInterceptor(probe))
                .build();
                InputStream stream = new S3RangeInputStream(probed, location, content.length, Optional.of(eTag), 1024, S3ResultRows.RANGES_IN_FLIGHT)) {
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            stream.transferTo(read);
            assertThat(read.toByteArray()).isEqualTo(content);
        }
        assertThat(probe.requests.get()).as("one GET per 1024-byte range").isEqualTo(41);
        assertThat(probe.maxInFlight()).as("ranges fetched at once").isEqualTo(S3ResultRows.RANGES_IN_FLIGHT);
    }

    /**
     * Counts GetObject requests in flight. The first ones wait (up to 10 s) until the expected number run at once, so
     * a fetcher that asked one range at a time would show a maximum of 1 here, however fast the server.
     */
    private static final class ConcurrencyProbe
            implements ExecutionInterceptor
    {
        private final int expected;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final AtomicInteger requests = new AtomicInteger();
        private int inFlight;
        private int maxInFlight;

        ConcurrencyProbe(int expected)
        {
            this.expected = expected;
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes)
        {
            if (!(context.request() instanceof GetObjectRequest)) {
                return;
            }
            requests.incrementAndGet();
            lock.lock();
            try {
                inFlight++;
                maxInFlight = Math.max(maxInFlight, inFlight);
                changed.signalAll();
                long remaining = SECONDS.toNanos(10);
                while (maxInFlight < expected && remaining > 0) {
                    remaining = changed.awaitNanos(remaining);
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finally {
                lock.unlock();
            }
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes)
        {
            if (context.request() instanceof GetObjectRequest) {
                finished();
            }
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes)
        {
            if (context.request() instanceof GetObjectRequest) {
                finished();
            }
        }

        private void finished()
        {
            lock.lock();
            try {
                inFlight--;
                changed.signalAll();
            }
            finally {
                lock.unlock();
            }
        }

        int maxInFlight()
        {
            lock.lock();
            try {
                return maxInFlight;
            }
            finally {
                lock.unlock();
            }
        }
    }
}
