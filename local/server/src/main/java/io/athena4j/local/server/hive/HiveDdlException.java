package io.athena4j.local.server.hive;

import io.athena4j.local.server.query.AthenaError;

import static java.util.Objects.requireNonNull;

/**
 * A Hive DDL statement that failed while running: the query ends FAILED with this error.
 */
public final class HiveDdlException
        extends RuntimeException
{
    /** Athena's category and type for failures of its Hive DDL engine (athena-behaviour.md §A.2). */
    private static final int HIVE_DDL_ERROR_TYPE = 1003;

    private final AthenaError error;

    public HiveDdlException(AthenaError error)
    {
        super(requireNonNull(error, "error is null").message());
        this.error = error;
    }

    /**
     * A failure worded as Athena's Hive engine words it; {@code message} must start with {@code FAILED: }.
     */
    public static HiveDdlException hive(String message)
    {
        if (!message.startsWith("FAILED: ")) {
            throw new IllegalArgumentException("Hive DDL failure messages start with 'FAILED: ': " + message);
        }
        return new HiveDdlException(new AthenaError(AthenaError.SYSTEM, HIVE_DDL_ERROR_TYPE, false, message));
    }

    /** Hive's {@code DDLTask} failure: {@code FAILED: Execution Error, return code 1 from ...DDLTask. <detail>}. */
    public static HiveDdlException ddlTask(String detail)
    {
        return hive("FAILED: Execution Error, return code 1 from org.apache.hadoop.hive.ql.exec.DDLTask. " + detail);
    }

    /** Hive's {@code SemanticException} with its error number, e.g. {@code [Error 10001]: Table not found t}. */
    public static HiveDdlException semantic(int errorNumber, String detail)
    {
        return hive("FAILED: SemanticException [Error %s]: %s".formatted(errorNumber, detail));
    }

    public static HiveDdlException tableNotFound(String name)
    {
        return semantic(10001, "Table not found " + name);
    }

    /**
     * Whether an error is a failure of Athena's Hive DDL engine ({@code FAILED: ...}, ErrorType 1003), which
     * GetQueryResults answers with an empty result rather than an error.
     */
    public static boolean isHiveEngineError(AthenaError error)
    {
        return error.type() == HIVE_DDL_ERROR_TYPE && error.message().startsWith("FAILED: ");
    }

    public AthenaError error()
    {
        return error;
    }
}
