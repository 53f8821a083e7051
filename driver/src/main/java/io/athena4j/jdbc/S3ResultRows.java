package io.athena4j.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.EncryptionConfiguration;
import software.amazon.awssdk.services.athena.model.EncryptionOption;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStreamReader;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

/**
 * Rows of {@code ResultFetcher=S3}: Athena's result file {@code <QueryExecutionId>.csv}, read straight from S3 in
 * parallel byte ranges ({@link S3RangeInputStream}) and parsed in order as a stream ({@link AthenaCsvReader}). The text
 * is the same Athena serves through GetQueryResults, so the same getters read it.
 *
 * <p>When the file is not readable — S3 answers AccessDenied (403), NoSuchKey or NoSuchBucket (404), or the object
 * changed (412) — the rows come from GetQueryResults instead, with a debug log line saying why. That may happen after
 * some rows were read: GetQueryResults then starts after them, so no row is lost or repeated. Other failures (S3
 * unreachable, 5xx after the SDK's retries, a malformed file) fail the read with an SQLException.
 */
final class S3ResultRows
        implements ResultRows
{
    /** Ranged GETs running or waiting to be read at once: enough to hide S3's latency, few enough to bound memory. */
    static final int RANGES_IN_FLIGHT = 4;

    private static final Logger LOG = LoggerFactory.getLogger(S3ResultRows.class);

    /** Opens GetQueryResults rows from a data row on: {@code rowsToSkip} rows were delivered already. */
    interface Fallback
    {
        ResultRows open(long rowsToSkip)
                throws SQLException;
    }

    private final String queryExecutionId;
    private final S3Location file;
    private final S3RangeInputStream stream;
    private final AthenaCsvReader reader;
    private final Fallback fallback;
    private final int columnCount;
    private String[] current;
    private long delivered;
    private ResultRows fallenBack;
    private boolean finished;
    private volatile boolean closed;

    private S3ResultRows(String queryExecutionId, S3Location file, S3RangeInputStream stream, int columnCount, Fallback fallback)
    {
        this.queryExecutionId = requireNonNull(queryExecutionId, "queryExecutionId is null");
        this.file = requireNonNull(file, "file is null");
        this.stream = requireNonNull(stream, "stream is null");
        this.fallback = requireNonNull(fallback, "fallback is null");
        this.columnCount = columnCount;
        this.reader = new AthenaCsvReader(new InputStreamReader(stream, UTF_8), columnCount);
    }

    /**
     * The result file of a succeeded query if S3 can serve its rows: a DML statement whose output is a {@code .csv}
     * file (EXPLAIN writes {@code .txt}) not encrypted on the client (CSE_KMS). Empty otherwise, logged at debug.
     */
    static Optional<S3Location> resultFile(QueryExecution execution)
    {
        String id = execution.queryExecutionId();
        if (execution.resultConfiguration() == null || execution.resultConfiguration().outputLocation() == null) {
            logFallback(id, () -> "the query has no output location");
            return Optional.empty();
        }
        String outputLocation = execution.resultConfiguration().outputLocation();
        if (!outputLocation.endsWith(".csv")) {
            logFallback(id, () -> "its result file " + outputLocation + " is not a CSV file");
            return Optional.empty();
        }
        EncryptionConfiguration encryption = execution.resultConfiguration().encryptionConfiguration();
        if (encryption != null && encryption.encryptionOption() == EncryptionOption.CSE_KMS) {
            logFallback(id, () -> "its result file is encrypted on the client (CSE_KMS)");
            return Optional.empty();
        }
        Optional<S3Location> location = S3Location.parse(outputLocation);
        if (location.isEmpty()) {
            logFallback(id, () -> "its output location " + outputLocation + " is not an s3:// object");
        }
        return location;
    }

    /**
     * Starts reading the result file and checks its header against the columns; falls back to GetQueryResults when the
     * file is not readable or its header does not match.
     */
    static ResultRows open(S3Client s3, String queryExecutionId, S3Location file, List<ColumnInfo> columns, int rangeBytes, Fallback fallback)
            throws SQLException
    {
        if (columns.isEmpty()) {
            logFallback(queryExecutionId, () -> "GetQueryResults reports no columns");
            return fallback.open(0);
        }
        HeadObjectResponse head;
        try {
            head = s3.headObject(request -> request.bucket(file.bucket()).key(file.key()));
        }
        catch (SdkException e) {
            if (notReadable(e)) {
                logFallback(queryExecutionId, () -> "HeadObject " + file + " answered " + describe(e));
                return fallback.open(0);
            }
            throw s3Failure("HeadObject " + file + " for the results of query " + queryExecutionId, e);
        }
        if (head.contentLength() == null) {
            logFallback(queryExecutionId, () -> "HeadObject " + file + " reports no content length");
            return fallback.open(0);
        }
        S3RangeInputStream stream = new S3RangeInputStream(s3, file, head.contentLength(), Optional.ofNullable(head.eTag()), rangeBytes, RANGES_IN_FLIGHT);
        S3ResultRows rows = new S3ResultRows(queryExecutionId, file, stream, columns.size(), fallback);
        try {
            String[] header = new String[columns.size()];
            if (!rows.reader.readRow(header) || !Arrays.asList(header).equals(columns.stream().map(ColumnInfo::name).toList())) {
                stream.close();
                logFallback(queryExecutionId, () -> "the header of " + file + " does not name the columns " + columns.stream().map(ColumnInfo::name).toList());
                return fallback.open(0);
            }
        }
        catch (IOException | SQLException | RuntimeException e) {
            stream.close();
            if (e instanceof S3RangeInputStream.S3RangeException range && notReadable(range.sdkException())) {
                logFallback(queryExecutionId, () -> "GetObject " + file + " answered " + describe(range.sdkException()));
                return fallback.open(0);
            }
            throw rows.failure(e);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Query {}: reading {} bytes of results from {} in ranges of {} bytes", queryExecutionId, head.contentLength(), file, rangeBytes);
        }
        return rows;
    }

    @Override
    public boolean next()
            throws SQLException
    {
        if (fallenBack != null) {
            return fallenBack.next();
        }
        if (finished) {
            return false;
        }
        String[] row = new String[columnCount];
        try {
            if (!reader.readRow(row)) {
                finished = true;
                current = null;
                stream.close();
                return false;
            }
        }
        catch (IOException | SQLException | RuntimeException e) {
            stream.close();
            if (!closed && e instanceof S3RangeInputStream.S3RangeException range && notReadable(range.sdkException())) {
                logFallback(queryExecutionId, () -> "GetObject " + file + " answered " + describe(range.sdkException()) + " after " + delivered + " rows");
                current = null;
                fallenBack = fallback.open(delivered);
                return fallenBack.next();
            }
            throw failure(e);
        }
        current = row;
        delivered++;
        return true;
    }

    @Override
    public String value(int column)
    {
        if (fallenBack != null) {
            return fallenBack.value(column);
        }
        return current[column];
    }

    @Override
    public void close()
    {
        closed = true;
        stream.close();
        ResultRows other = fallenBack;
        if (other != null) {
            other.close();
        }
    }

    private SQLException failure(Exception e)
    {
        if (closed) {
            return new SQLException("Reading the results of query " + queryExecutionId + " was stopped", "57014", e);
        }
        if (e instanceof SQLException sqlException) {
            return sqlException;
        }
        if (e instanceof S3RangeInputStream.S3RangeException range) {
            return s3Failure("GetObject " + file + " for the results of query " + queryExecutionId, range.sdkException());
        }
        return new SQLException("Reading the result file " + file + " of query " + queryExecutionId + " failed: " + e.getMessage(), "HY000", e);
    }

    /**
     * An S3 failure with the driver's SQLState policy, except class {@code 08}: S3 being unreachable says nothing about
     * the connection to Athena, which a pool must not evict for it.
     */
    private static SQLException s3Failure(String action, SdkException e)
    {
        SQLException failure = AthenaExceptions.fromApiCall(action, e);
        if (failure.getSQLState() != null && failure.getSQLState().startsWith("08")) {
            return new SQLException(failure.getMessage(), "HY000", e);
        }
        return failure;
    }

    /** S3 refused or does not have the object (or it changed): GetQueryResults may still serve the rows. */
    private static boolean notReadable(SdkException e)
    {
        return e instanceof S3Exception s3 && (s3.statusCode() == 403 || s3.statusCode() == 404 || s3.statusCode() == 412);
    }

    private static String describe(SdkException e)
    {
        if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null ? null : s3.awsErrorDetails().errorCode();
            return s3.statusCode() + (code == null ? "" : " " + code);
        }
        return e.getClass().getSimpleName();
    }

    private static void logFallback(String queryExecutionId, Supplier<String> reason)
    {
        if (LOG.isDebugEnabled()) {
            LOG.debug("Query {}: reading results with GetQueryResults instead of S3: {}", queryExecutionId, reason.get());
        }
    }
}
