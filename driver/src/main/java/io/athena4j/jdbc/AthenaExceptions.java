package io.athena4j.jdbc;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.model.AthenaError;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.TooManyRequestsException;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Turns Athena's failures into SQLExceptions with the SQLState policy pools rely on:
 * {@code 08xxx} only for transport and credential failures (HikariCP evicts the connection on those),
 * {@code 42xxx} for syntax errors and missing objects, {@code 22xxx} for data errors, {@code HY000} otherwise, and never
 * {@code 0A000}, which HikariCP also treats as a broken connection. The vendor code is Athena's ErrorType.
 */
final class AthenaExceptions
{
    // HikariCP evicts connections on these vendor codes whatever the SQLState; keep Athena's error types off them.
    private static final Set<Integer> EVICTING_VENDOR_CODES = Set.of(500150, 2399, 1105);
    private static final Set<String> CREDENTIAL_ERROR_CODES = Set.of(
            "UnrecognizedClientException", "InvalidSignatureException", "AccessDeniedException", "ExpiredTokenException",
            "InvalidClientTokenId", "IncompleteSignature", "MissingAuthenticationToken", "SignatureDoesNotMatch");

    private AthenaExceptions() {}

    /** A failed API call (the SDK has already retried what is retryable). */
    static SQLException fromApiCall(String action, SdkException e)
    {
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new SQLTransientConnectionException(action + " timed out: " + e.getMessage(), "08006", e);
        }
        if (e instanceof SdkClientException) {
            // No answer from Athena: connection refused, DNS, TLS, credentials not found on the client.
            return new SQLNonTransientConnectionException(action + " failed: " + e.getMessage(), "08001", e);
        }
        if (e instanceof TooManyRequestsException || (e instanceof AwsServiceException service && service.isThrottlingException())) {
            return new SQLTransientException(action + " was throttled by Athena after retries: " + e.getMessage()
                    + " Lower the concurrency or raise NumRetries.", "HY000", e);
        }
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails() == null ? service.getMessage() : service.awsErrorDetails().errorMessage();
            if (code != null && CREDENTIAL_ERROR_CODES.contains(code)) {
                return new SQLInvalidAuthorizationSpecException(action + " was refused: " + message + " Check the credentials (User/Password, CredentialsProvider).", "08004", e);
            }
            if (e instanceof InvalidRequestException invalid) {
                String athenaCode = invalid.athenaErrorCode();
                if ("MALFORMED_QUERY".equals(athenaCode)) {
                    return new SQLSyntaxErrorException(message, "42000", e);
                }
                return new SQLException(action + " was rejected (" + athenaCode + "): " + message + fixFor(message), "HY000", e);
            }
            if (service.statusCode() >= 500) {
                return new SQLTransientException(action + " failed on Athena's side after retries: " + message, "HY000", e);
            }
            return new SQLException(action + " failed (" + code + "): " + message, "HY000", e);
        }
        return new SQLException(action + " failed: " + e.getMessage(), "HY000", e);
    }

    /** What to change when Athena rejects a request for a connection setting; Athena's own text names none. */
    private static String fixFor(String message)
    {
        if (message == null) {
            return "";
        }
        if (message.startsWith("No output location provided")) {
            return " Set OutputLocation=s3://bucket/prefix/ in the JDBC URL, or give the work group a query result location.";
        }
        if (message.startsWith("WorkGroup is not found")) {
            return " Check the WorkGroup connection parameter: the work group must exist in this account and region.";
        }
        return "";
    }

    /** A query that ended FAILED, with Athena's message, error category and type, and the query id. */
    static SQLException fromFailedQuery(String queryExecutionId, String stateChangeReason, AthenaError error)
    {
        String message = (error != null && error.errorMessage() != null ? error.errorMessage() : stateChangeReason);
        if (message == null) {
            message = "Query failed without a reason";
        }
        String detail = message + " [query " + queryExecutionId
                + (error == null ? "" : ", error category " + error.errorCategory() + ", type " + error.errorType()) + "]";
        int vendorCode = error == null || error.errorType() == null || EVICTING_VENDOR_CODES.contains(error.errorType()) ? 0 : error.errorType();
        String name = message.contains(":") ? message.substring(0, message.indexOf(':')) : "";
        int type = vendorCode;
        if (name.equals("COLUMN_NOT_FOUND")) {
            return new SQLSyntaxErrorException(detail, "42S22", vendorCode);
        }
        if (name.equals("TABLE_NOT_FOUND") || name.equals("SCHEMA_NOT_FOUND") || type == 1301) {
            return new SQLSyntaxErrorException(detail, "42S02", vendorCode);
        }
        if (name.equals("FUNCTION_NOT_FOUND") || type == 1303) {
            return new SQLSyntaxErrorException(detail, "42883", vendorCode);
        }
        if (name.equals("SYNTAX_ERROR") || type == 1006 || message.startsWith("FAILED: ParseException")) {
            return new SQLSyntaxErrorException(detail, "42000", vendorCode);
        }
        if (name.equals("DIVISION_BY_ZERO")) {
            return new SQLDataException(detail, "22012", vendorCode);
        }
        if (name.equals("NUMERIC_VALUE_OUT_OF_RANGE")) {
            return new SQLDataException(detail, "22003", vendorCode);
        }
        if (type == 1001 || type == 1002 || type == 1100 || name.equals("INVALID_CAST_ARGUMENT") || name.equals("INVALID_FUNCTION_ARGUMENT")) {
            return new SQLDataException(detail, "22000", vendorCode);
        }
        if (error != null && Boolean.TRUE.equals(error.retryable())) {
            return new SQLTransientException(detail, "HY000", vendorCode);
        }
        return new SQLException(detail, "HY000", vendorCode);
    }

    static SQLException cancelled(String queryExecutionId)
    {
        return new SQLException("Query " + queryExecutionId + " was cancelled", "57014");
    }

    static SQLTimeoutException timedOut(String queryExecutionId, int seconds)
    {
        return new SQLTimeoutException("Query " + queryExecutionId + " did not finish within the query timeout of " + seconds
                + " s and was stopped. Raise Statement.setQueryTimeout or QueryTimeout if it needs longer.", "57014");
    }

    static SQLException closed(String what)
    {
        // Not 08003: a closed statement is the caller's mistake, not a broken connection.
        return new SQLException(what + " is closed", "HY010");
    }
}
