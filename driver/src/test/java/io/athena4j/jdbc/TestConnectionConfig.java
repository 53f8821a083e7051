package io.athena4j.jdbc;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestConnectionConfig
{
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY";

    @Test
    void parsesOfficialNamesAndAliases()
            throws SQLException
    {
        ConnectionConfig config = ConnectionConfig.parse(
                "jdbc:athena://AwsRegion=eu-west-1;Schema=sales;S3OutputLocation=s3://bucket/results/;WorkGroup=analysts;"
                        + "EndpointOverride=http://127.0.0.1:4566;RowsToFetchPerBlock=500;MaxErrorRetry=5;QueryTimeout=60", null);
        assertThat(config.region()).hasValue("eu-west-1");
        assertThat(config.database()).isEqualTo("sales");
        assertThat(config.catalog()).isEqualTo("AwsDataCatalog");
        assertThat(config.outputLocation()).hasValue("s3://bucket/results/");
        assertThat(config.workGroup()).isEqualTo("analysts");
        assertThat(config.athenaEndpoint()).hasValueSatisfying(uri -> assertThat(uri.getPort()).isEqualTo(4566));
        assertThat(config.fetchSize()).isEqualTo(500);
        assertThat(config.numRetries()).isEqualTo(5);
        assertThat(config.queryTimeoutSeconds()).isEqualTo(60);
    }

    @Test
    void defaults()
            throws SQLException
    {
        ConnectionConfig config = ConnectionConfig.parse("jdbc:athena://", null);
        assertThat(config.region()).isEmpty();
        assertThat(config.database()).isEqualTo("default");
        assertThat(config.workGroup()).isEqualTo("primary");
        assertThat(config.fetchSize()).isEqualTo(1000);
        assertThat(config.minPollingInterval().toMillis()).isEqualTo(10);
        assertThat(config.maxPollingInterval().toMillis()).isEqualTo(250);
        assertThat(config.pollingMultiplier()).isEqualTo(1.2);
        assertThat(config.credentialsKind()).isEqualTo(ConnectionConfig.CredentialsKind.DEFAULT_CHAIN);
        assertThat(config.resultFetcher()).isEqualTo(ConnectionConfig.ResultFetcher.GET_QUERY_RESULTS);
        assertThat(config.s3FetchRangeBytes()).isEqualTo(4 << 20);
        assertThat(config.useExecutionParameters()).isFalse();
    }

    @Test
    void resultFetcher()
            throws SQLException
    {
        ConnectionConfig s3 = ConnectionConfig.parse("jdbc:athena://ResultFetcher=s3;S3Endpoint=http://127.0.0.1:4566;S3FetchRangeBytes=65536", null);
        assertThat(s3.resultFetcher()).isEqualTo(ConnectionConfig.ResultFetcher.S3);
        assertThat(s3.s3Endpoint()).hasValueSatisfying(uri -> assertThat(uri.getPort()).isEqualTo(4566));
        assertThat(s3.s3FetchRangeBytes()).isEqualTo(65536);
        // The official driver's default; here it keeps the default fetcher, which needs no S3 permissions.
        assertThat(ConnectionConfig.parse("jdbc:athena://ResultFetcher=auto", null).resultFetcher()).isEqualTo(ConnectionConfig.ResultFetcher.GET_QUERY_RESULTS);
    }

    @Test
    void urlWinsOverPropertiesAndNamesAreCaseInsensitive()
            throws SQLException
    {
        Properties properties = new Properties();
        properties.setProperty("database", "from_properties");
        properties.setProperty("WorkGroup", "from_properties");
        properties.setProperty("hibernate.something", "ignored");
        properties.setProperty("autocommit", "true");
        ConnectionConfig config = ConnectionConfig.parse("jdbc:athena://DATABASE=from_url", properties);
        assertThat(config.database()).isEqualTo("from_url");
        assertThat(config.workGroup()).isEqualTo("from_properties");
    }

    @Test
    void invalidValuesNameTheKeyAndWhatIsAccepted()
    {
        assertInvalid("jdbc:athena://FetchSize=5000", "Invalid value '5000' for connection property FetchSize: expected a whole number from 1 to 1000");
        assertInvalid("jdbc:athena://NumRetries=many", "Invalid value 'many' for connection property NumRetries: expected a whole number from 0 to 20");
        assertInvalid("jdbc:athena://EncryptionOption=AES", "Invalid value 'AES' for connection property EncryptionOption: expected SSE_S3, SSE_KMS or CSE_KMS");
        assertInvalid("jdbc:athena://EncryptionOption=SSE_KMS", "EncryptionOption=SSE_KMS needs KmsKey, the KMS key id or ARN");
        assertInvalid("jdbc:athena://EnableResultReuseByAge=yes", "Invalid value 'yes' for connection property EnableResultReuseByAge: expected true or false");
        assertInvalid("jdbc:athena://AthenaEndpoint=ftp://host", "Invalid value 'ftp://host' for connection property AthenaEndpoint: expected an http:// or https:// URL");
        assertInvalid("jdbc:athena://OutputLocation=/tmp/results", "Invalid value '/tmp/results' for connection property OutputLocation: expected an s3:// location");
        assertInvalid("jdbc:athena://CredentialsProvider=Magic", "Invalid value 'Magic' for connection property CredentialsProvider: expected DefaultChain, ProfileCredentials");
        assertInvalid("jdbc:athena://CredentialsProvider=ProfileCredentials", "CredentialsProvider=ProfileCredentials needs ProfileName");
        assertInvalid("jdbc:athena://User=AKIDEXAMPLE", "User (AccessKeyId) and Password (SecretAccessKey) must be set together");
        assertInvalid("jdbc:athena://MinQueryExecutionPollingIntervalMillis=500;MaxQueryExecutionPollingIntervalMillis=100",
                "Invalid value '100' for connection property MaxQueryExecutionPollingIntervalMillis: expected at least MinQueryExecutionPollingIntervalMillis (500)");
        assertInvalid("jdbc:athena://Region=us-east-1;garbage", "Malformed URL parameter 'garbage': the URL must look like jdbc:athena://Region=");
        assertInvalid("jdbc:athena://ResultFetcher=GetQueryResultsStream", "Invalid value 'GetQueryResultsStream' for connection property ResultFetcher: expected GetQueryResults or S3");
        assertInvalid("jdbc:athena://UseExecutionParameters=maybe", "Invalid value 'maybe' for connection property UseExecutionParameters: expected true or false");
        assertInvalid("jdbc:athena://S3FetchRangeBytes=10", "Invalid value '10' for connection property S3FetchRangeBytes: expected a whole number from 1024 to 67108864");
    }

    private static void assertInvalid(String url, String messagePrefix)
    {
        assertThatThrownBy(() -> ConnectionConfig.parse(url, null))
                .isInstanceOf(SQLException.class)
                .hasMessageStartingWith(messagePrefix)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("HY024"));
    }

    @Test
    void secretsNeverShow()
            throws SQLException
    {
        String url = "jdbc:athena://Region=us-east-1;User=AKIDEXAMPLE;Password=" + SECRET + ";SessionToken=TOKEN" + SECRET;
        ConnectionConfig config = ConnectionConfig.parse(url, null);
        assertThat(config.redactedUrl()).doesNotContain(SECRET).contains("Password=***").contains("SessionToken=***").contains("User=AKIDEXAMPLE");
        assertThat(config.toString()).doesNotContain(SECRET);
        // A secret pasted where a key=value belongs is cut short in the message.
        assertThatThrownBy(() -> ConnectionConfig.parse("jdbc:athena://Region=us-east-1;" + SECRET, null))
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void foreignUrlsAreNotOurs()
            throws SQLException
    {
        AthenaDriver driver = new AthenaDriver();
        assertThat(driver.acceptsURL("jdbc:postgresql://localhost/db")).isFalse();
        assertThat(driver.acceptsURL("jdbc:awsathena://Region=us-east-1")).isFalse();
        assertThat(driver.acceptsURL(null)).isFalse();
        assertThat(driver.connect("jdbc:postgresql://localhost/db", new Properties())).isNull();
        assertThat(driver.acceptsURL("jdbc:athena://Region=us-east-1")).isTrue();
    }

    @Test
    void registeredWithDriverManager()
            throws SQLException
    {
        Driver driver = DriverManager.getDriver("jdbc:athena://Region=us-east-1");
        assertThat(driver).isInstanceOf(AthenaDriver.class);
        assertThat(driver.getPropertyInfo("jdbc:athena://", new Properties())).extracting(info -> info.name)
                .contains("Region", "OutputLocation", "WorkGroup", "AthenaEndpoint", "QueryTimeout");
    }

    @Test
    void connectingIsLocalAndTheConnectionToStringHidesSecrets()
            throws SQLException
    {
        // No server listens here: a connection opens nothing on the network.
        try (Connection connection = DriverManager.getConnection("jdbc:athena://Region=us-east-1;AthenaEndpoint=http://127.0.0.1:9;User=AKID;Password=" + SECRET)) {
            assertThat(connection.isValid(1)).isTrue();
            assertThat(connection.toString()).doesNotContain(SECRET);
            assertThat(connection.getMetaData().getURL()).doesNotContain(SECRET);
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("Amazon Athena");
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(3);
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_NONE);
            connection.setAutoCommit(false);
            connection.commit();
            connection.rollback();
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            connection.setSchema("other");
            assertThat(connection.getSchema()).isEqualTo("other");
            assertThat(connection.getCatalog()).isEqualTo("AwsDataCatalog");
            assertThatThrownBy(connection::createClob).isInstanceOf(java.sql.SQLFeatureNotSupportedException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isNotEqualTo("0A000"));
        }
    }
}
