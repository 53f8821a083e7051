package io.athena4j.local.server.query;

import io.trino.spi.ErrorCode;
import io.trino.spi.ErrorType;

import static java.util.Objects.requireNonNull;

/**
 * The {@code Status.AthenaError} of a failed query: category 1 = SYSTEM, 2 = USER, 3 = OTHER, and a type from
 * Athena's error catalog. Trino error names map as measured on real Athena (see the athena-behaviour reference).
 */
public record AthenaError(int category, int type, boolean retryable, String message)
{
    public static final int SYSTEM = 1;
    public static final int USER = 2;
    public static final int OTHER = 3;

    public AthenaError
    {
        requireNonNull(message, "message is null");
    }

    /**
     * Athena's error for a Trino failure; the message is prefixed with the Trino error name as Athena does
     * ({@code TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.default.t' does not exist}).
     */
    public static AthenaError fromTrino(ErrorCode errorCode, String trinoMessage)
    {
        String message = errorCode.getName() + ": " + trinoMessage;
        return switch (errorCode.getName()) {
            case "TABLE_NOT_FOUND", "SCHEMA_NOT_FOUND" -> new AthenaError(USER, 1301, false, message);
            case "COLUMN_NOT_FOUND", "CATALOG_NOT_FOUND", "SYNTAX_ERROR" -> new AthenaError(USER, 1006, false, message);
            case "TYPE_MISMATCH" -> new AthenaError(USER, 1002, false, message);
            case "FUNCTION_NOT_FOUND" -> new AthenaError(USER, 1303, false, message);
            case "DIVISION_BY_ZERO", "NUMERIC_VALUE_OUT_OF_RANGE" -> new AthenaError(USER, 1001, false, message);
            case "INVALID_CAST_ARGUMENT", "INVALID_FUNCTION_ARGUMENT" -> new AthenaError(USER, 1100, false, message);
            case "NOT_SUPPORTED" -> new AthenaError(USER, 1200, false, message);
            default -> fromErrorType(errorCode.getType(), message);
        };
    }

    private static AthenaError fromErrorType(ErrorType errorType, String message)
    {
        return switch (errorType) {
            case USER_ERROR -> new AthenaError(USER, 1000, false, message);
            case INSUFFICIENT_RESOURCES -> new AthenaError(SYSTEM, 9999, true, message);
            case INTERNAL_ERROR, EXTERNAL -> new AthenaError(SYSTEM, 9999, false, message);
        };
    }

    /** A failure inside the local Athena itself rather than in the query. */
    public static AthenaError internal(String message)
    {
        return new AthenaError(SYSTEM, 9999, false, "INTERNAL_ERROR: " + message);
    }
}
