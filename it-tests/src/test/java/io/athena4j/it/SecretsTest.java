package io.athena4j.it;

import io.athena4j.jdbc.AthenaDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secret access key (the password), the session token and a wrong secret never show: not in any log line at any
 * level, not in an exception's message or stack trace, not in {@code toString} and not in {@code DatabaseMetaData.getURL}.
 * Runs in a JVM of its own (the it-tests POM's {@code secrets} execution) with every SLF4J logger at TRACE — the HTTP
 * transport's wire and header dumps included — captures everything written to standard output and error while it works
 * with known secrets against a local Athena that checks every signature, and searches the capture record by record.
 *
 * <p>One exception, by design of the AWS SDK and not athena4j's to redact: the session token travels as the
 * {@code X-Amz-Security-Token} request header, and the loggers that dump request headers print it there (the SDK's
 * SigV4 signer logs the canonical request at DEBUG; the transport's header and wire logs). The test allows the token
 * only as that header and only in those loggers' records; anywhere else — and the secret key anywhere at all — fails.
 */
@Tag("secrets")
@ExtendWith({ReliabilityRun.class, RequireAuthServer.class})
final class SecretsTest
{
    private static final String SESSION_TOKEN = "FwoGZXIvYXdzEJr//////////SessionToken+Never+Printed+9876543210";
    private static final String WRONG_SECRET = "Wrong+Secret+Also+Never+Printed";
    private static final List<String> SECRETS = List.of(RequireAuthServer.SECRET_ACCESS_KEY, SESSION_TOKEN, WRONG_SECRET);
    /** The loggers that print request headers (docs/reliability.md, Known limits). */
    private static final Set<String> HEADER_DUMPING_LOGGERS = Set.of(
            "software.amazon.awssdk.http.auth.aws.internal.signer.DefaultV4RequestSigner",
            "org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire");
    /** The start of an SLF4J simple logger record: {@code [thread] LEVEL logger - message}; other lines continue it. */
    private static final Pattern RECORD_START = Pattern.compile("^\\[[^\\]]*\\] (?:TRACE|DEBUG|INFO|WARN|ERROR) (\\S+) - ");
    private static final Pattern TOKEN_HEADER = Pattern.compile("(?i)x-amz-security-token:\\s*" + Pattern.quote(SESSION_TOKEN));

    private static final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private static PrintStream originalOut;
    private static PrintStream originalErr;
    private static OutputStream logFile;
    private static final List<String> inspected = new ArrayList<>();
    private static Map<String, Object> figures;

    @BeforeAll
    static void captureAllOutput()
    {
        originalOut = System.out;
        originalErr = System.err;
        // TRACE output is long: it goes to target/secrets-test-output.log rather than the build log.
        try {
            logFile = new java.io.FileOutputStream("target/secrets-test-output.log");
        }
        catch (java.io.FileNotFoundException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.setOut(new PrintStream(new Tee(logFile, captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(logFile, captured), true, StandardCharsets.UTF_8));
        // The test JVM is configured for TRACE; say so in the capture, so an empty capture cannot pass unnoticed.
        org.slf4j.LoggerFactory.getLogger(SecretsTest.class).trace("trace logging is on");
    }

    @AfterAll
    static void restoreOutput()
            throws java.io.IOException
    {
        System.setOut(originalOut);
        System.setErr(originalErr);
        logFile.close();
        // After the capture ends: while it runs, standard output goes to the log file, not the build's output.
        if (figures != null) {
            ReliabilityRun.print("SecretsTest", figures);
        }
    }

    @Test
    void secretsNeverShow(RequireAuthServer server)
            throws Exception
    {
        String url = server.url(RequireAuthServer.ACCESS_KEY_ID, RequireAuthServer.SECRET_ACCESS_KEY) + ";SessionToken=" + SESSION_TOKEN;

        try (Connection connection = DriverManager.getConnection(url)) {
            inspected.add(connection.toString());
            DatabaseMetaData metaData = connection.getMetaData();
            inspected.add(metaData.getURL());
            assertThat(metaData.getURL()).contains("User=" + RequireAuthServer.ACCESS_KEY_ID);
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT 'signed and accepted'")) {
                inspected.add(statement.toString());
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("signed and accepted");
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT ?, ?")) {
                statement.setString(1, "a value");
                statement.setInt(2, 7);
                try (ResultSet rs = statement.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                }
                inspected.add(statement.toString());
            }
            try (Statement statement = connection.createStatement()) {
                inspected.add(failureText(() -> statement.executeQuery("SELEC 1")));
                inspected.add(failureText(() -> statement.executeQuery("SELECT * FROM no_such_table_for_secrets")));
            }
        }
        // The right key with another secret: refused by the server; the message must not echo either secret.
        inspected.add(failureText(() -> query(server.url(RequireAuthServer.ACCESS_KEY_ID, WRONG_SECRET) + ";SessionToken=" + SESSION_TOKEN)));
        // A bad value elsewhere in a URL that carries the secrets.
        inspected.add(failureText(() -> DriverManager.getConnection(url + ";FetchSize=0")));
        inspected.add(failureText(() -> DriverManager.getConnection(url + ";Password")));
        // Secrets in Properties rather than the URL.
        Properties properties = new Properties();
        properties.setProperty("User", RequireAuthServer.ACCESS_KEY_ID);
        properties.setProperty("Password", RequireAuthServer.SECRET_ACCESS_KEY);
        properties.setProperty("SessionToken", SESSION_TOKEN);
        try (Connection connection = DriverManager.getConnection("jdbc:athena://Region=us-east-1;AthenaEndpoint=" + server.local().endpoint()
                + ";OutputLocation=s3://reliability/secrets/", properties)) {
            inspected.add(connection.toString());
            inspected.add(connection.getMetaData().getURL());
        }
        AthenaDataSource dataSource = new AthenaDataSource();
        dataSource.setUrl(url);
        inspected.add(dataSource.toString());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT 1")) {
            assertThat(rs.next()).isTrue();
            inspected.add(connection.toString());
        }

        System.out.flush();
        System.err.flush();
        String output = captured.toString(StandardCharsets.UTF_8);
        // Everything is on: the driver at DEBUG and TRACE, the transport's wire dump at DEBUG.
        assertThat(output).as("captured output").contains("trace logging is on").contains("DEBUG io.athena4j.jdbc").contains("TRACE io.athena4j.jdbc")
                .contains("DEBUG org.apache.hc.client5.http.wire");
        List<String> lines = output.lines().toList();
        List<LogRecord> records = records(lines);
        int tokenHeaders = 0;
        List<String> leaks = new ArrayList<>();
        for (LogRecord record : records) {
            String text = record.text();
            if (HEADER_DUMPING_LOGGERS.contains(record.logger())) {
                Matcher header = TOKEN_HEADER.matcher(text);
                while (header.find()) {
                    tokenHeaders++;
                }
                text = header.replaceAll("x-amz-security-token:<the header>");
            }
            for (String secret : SECRETS) {
                if (text.contains(secret)) {
                    leaks.add(record.logger() + ": " + text);
                }
            }
        }
        assertThat(leaks).as("log records showing a secret").isEmpty();
        for (String secret : SECRETS) {
            assertThat(inspected).as("messages, toString and URLs").noneMatch(text -> text.contains(secret));
        }
        // Else the allowance above would be untested: the token was sent, and the dumps did show the header.
        assertThat(tokenHeaders).as("X-Amz-Security-Token headers in the header dumps").isPositive();
        figures = Map.of("outputLines", lines.size(), "logRecords", records.size(), "textsInspected", inspected.size(),
                "tokenHeadersInHeaderDumps", tokenHeaders, "secretsFound", leaks.size());
        ReliabilityRun.add("secrets: log lines searched", lines.size());
    }

    /** One log record: a line that starts one, and the lines that follow it (a multi-line message, a stack trace). */
    private record LogRecord(String logger, String text) {}

    private static List<LogRecord> records(List<String> lines)
    {
        List<LogRecord> records = new ArrayList<>();
        String logger = "(output before the first log record)";
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            Matcher start = RECORD_START.matcher(line);
            if (start.find()) {
                if (!text.isEmpty()) {
                    records.add(new LogRecord(logger, text.toString()));
                }
                logger = start.group(1);
                text.setLength(0);
            }
            text.append(line).append('\n');
        }
        if (!text.isEmpty()) {
            records.add(new LogRecord(logger, text.toString()));
        }
        return records;
    }

    private static void query(String url)
            throws SQLException
    {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1").close();
        }
    }

    /** Runs the action, which must fail, and returns its exception's full text: messages and stack traces of every cause. */
    private static String failureText(SqlAction action)
    {
        try {
            action.run();
        }
        catch (SQLException e) {
            StringWriter text = new StringWriter();
            e.printStackTrace(new PrintWriter(text));
            // Also through the log, at the level an application would use.
            org.slf4j.LoggerFactory.getLogger(SecretsTest.class).error("expected failure", e);
            return text.toString();
        }
        throw new AssertionError("The action was expected to fail");
    }

    @FunctionalInterface
    private interface SqlAction
    {
        void run()
                throws SQLException;
    }

    /** Writes to the original stream and to the capture. */
    private static final class Tee
            extends OutputStream
    {
        private final OutputStream original;
        private final OutputStream copy;

        Tee(OutputStream original, OutputStream copy)
        {
            this.original = original;
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b)
                throws java.io.IOException
        {
            original.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length)
                throws java.io.IOException
        {
            original.write(bytes, offset, length);
            copy.write(bytes, offset, length);
        }

        @Override
        public synchronized void flush()
                throws java.io.IOException
        {
            original.flush();
            copy.flush();
        }
    }
}
