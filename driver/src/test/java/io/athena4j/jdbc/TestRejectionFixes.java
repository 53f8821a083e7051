package io.athena4j.jdbc;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Athena's rejections of a request for a connection setting name no JDBC parameter; the driver's message adds the fix.
 * (The same rejections from the local Athena are checked end to end by io.athena4j.it.BadInputCatalogueTest.)
 */
final class TestRejectionFixes
{
    @Test
    void missingOutputLocationNamesTheUrlParameter()
    {
        SQLException e = AthenaExceptions.fromApiCall("StartQueryExecution (WorkGroup=primary)", rejection("No output location provided. An output location is "
                + "required either through the Workgroup result configuration setting or as an API input."));
        assertThat(e.getMessage()).contains("No output location provided").contains("Set OutputLocation=s3://bucket/prefix/ in the JDBC URL");
        assertThat(e.getSQLState()).isEqualTo("HY000");
    }

    @Test
    void unknownWorkGroupNamesTheParameter()
    {
        SQLException e = AthenaExceptions.fromApiCall("StartQueryExecution (WorkGroup=nope)", rejection("WorkGroup is not found."));
        assertThat(e.getMessage()).contains("(WorkGroup=nope)").contains("WorkGroup is not found.").contains("Check the WorkGroup connection parameter");
    }

    @Test
    void otherRejectionsAreUnchanged()
    {
        SQLException e = AthenaExceptions.fromApiCall("StartQueryExecution", rejection("Something else."));
        assertThat(e.getMessage()).endsWith("Something else.");
    }

    private static InvalidRequestException rejection(String message)
    {
        return (InvalidRequestException) InvalidRequestException.builder()
                .athenaErrorCode("INVALID_INPUT")
                .message(message)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("InvalidRequestException").errorMessage(message).build())
                .statusCode(400)
                .build();
    }
}
