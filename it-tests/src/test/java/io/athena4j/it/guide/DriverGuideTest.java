package io.athena4j.it.guide;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/driver.md: its first snippet opens a connection to Amazon Athena. Opening one sends nothing (the first query
 * does), so this runs without an AWS account; the queries themselves are the driver's own tests.
 */
class DriverGuideTest
{
    @Test
    void connectsWithTheDocumentedUrl()
            throws SQLException
    {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:athena://Region=us-east-1;WorkGroup=primary;OutputLocation=s3://my-bucket/athena-results/")) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("Amazon Athena");
            assertThat(connection.getCatalog()).isEqualTo("AwsDataCatalog");
            assertThat(connection.getSchema()).isEqualTo("default");
            assertThat(connection.isReadOnly()).isFalse();
        }
    }
}
