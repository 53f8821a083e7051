package io.athena4j.local.server;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An error answered the way Athena answers it: an HTTP status and a JSON body with {@code __type}, and for
 * {@code InvalidRequestException} also {@code AthenaErrorCode}.
 */
public final class AthenaServiceException
        extends RuntimeException
{
    private final int httpStatus;
    private final String type;
    private final Optional<String> athenaErrorCode;
    private final Optional<String> reason;

    private AthenaServiceException(int httpStatus, String type, Optional<String> athenaErrorCode, Optional<String> reason, String message)
    {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.type = requireNonNull(type, "type is null");
        this.athenaErrorCode = requireNonNull(athenaErrorCode, "athenaErrorCode is null");
        this.reason = requireNonNull(reason, "reason is null");
    }

    public static AthenaServiceException invalidRequest(String athenaErrorCode, String message)
    {
        return new AthenaServiceException(400, "InvalidRequestException", Optional.of(athenaErrorCode), Optional.empty(), requireNonNull(message, "message is null"));
    }

    /** A request field that breaks the API model's constraints, worded like AWS's framework validation. */
    public static AthenaServiceException validation(String field, String constraint)
    {
        return invalidRequest("INVALID_INPUT", "1 validation error detected: Value at '" + field + "' failed to satisfy constraint: " + constraint);
    }

    public static AthenaServiceException missingField(String field)
    {
        return invalidRequest("INVALID_INPUT", "1 validation error detected: Value null at '" + field + "' failed to satisfy constraint: Member must not be null");
    }

    public static AthenaServiceException queryExecutionNotFound(String queryExecutionId)
    {
        return invalidRequest("QUERY_EXECUTION_NOT_FOUND", "QueryExecution " + queryExecutionId + " was not found");
    }

    /** A body that is not JSON or has a value of the wrong JSON type; Athena sends no message for the former. */
    public static AthenaServiceException serialization(String message)
    {
        return new AthenaServiceException(400, "SerializationException", Optional.empty(), Optional.empty(), message);
    }

    public static AthenaServiceException unknownOperation()
    {
        return new AthenaServiceException(400, "UnknownOperationException", Optional.empty(), Optional.empty(), null);
    }

    public static AthenaServiceException internal(String message)
    {
        return new AthenaServiceException(500, "InternalServerException", Optional.empty(), Optional.empty(), requireNonNull(message, "message is null"));
    }

    /** A catalog lookup that found nothing, for example GetTableMetadata of a missing table (HTTP 400). */
    public static AthenaServiceException metadata(String message)
    {
        return new AthenaServiceException(400, "MetadataException", Optional.empty(), Optional.empty(), requireNonNull(message, "message is null"));
    }

    /**
     * Any other AWS error: a JSON body with {@code __type}, {@code Message} and, if present, {@code Reason}; used for
     * throttling and authentication errors, which AWS's front end answers before Athena sees the request.
     */
    public static AthenaServiceException of(int httpStatus, String type, String message, Optional<String> reason)
    {
        return new AthenaServiceException(httpStatus, type, Optional.empty(), reason, requireNonNull(message, "message is null"));
    }

    public int httpStatus()
    {
        return httpStatus;
    }

    public String type()
    {
        return type;
    }

    public Optional<String> athenaErrorCode()
    {
        return athenaErrorCode;
    }

    public Optional<String> reason()
    {
        return reason;
    }
}
