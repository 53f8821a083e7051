package io.athena4j.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;

import javax.net.ssl.TrustManagerFactory;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Servers of its own, on one kept data directory: tables and rows survive a restart, and {@code --https} serves TLS
 * with a certificate clients can trust from the data directory.
 */
final class ServerRestartTest
{
    @Test
    void tablesAndRowsSurviveARestartAndHttpsWorks(@TempDir Path dataDirectory)
            throws Exception
    {
        String table = AthenaApi.uniqueName("persisted");
        AthenaLocalOptions https = AthenaLocalOptions.builder().dataDirectory(dataDirectory).keepDataDirectory(true).https(true).build();
        try (AthenaLocal first = AthenaLocal.start(https)) {
            assertThat(first.endpoint().getScheme()).isEqualTo("https");
            Path trustStore = dataDirectory.resolve("tls/truststore.p12");
            assertThat(trustStore).exists();
            try (AthenaApi athena = new AthenaApi(trustingClient(first, trustStore))) {
                athena.run("CREATE TABLE " + table + " WITH (external_location = 's3://athena4j-test-data/" + table + "/', format = 'PARQUET') "
                        + "AS SELECT x AS id, ARRAY[x, x * 2] AS pair FROM UNNEST(sequence(1, 100)) t(x)");
                athena.run("INSERT INTO " + table + " VALUES (101, ARRAY[101, 202])");
            }
        }
        assertThat(dataDirectory.resolve("s3/athena4j-test-data/" + table)).isNotEmptyDirectory();

        AthenaLocalOptions plain = AthenaLocalOptions.builder().dataDirectory(dataDirectory).keepDataDirectory(true).build();
        try (AthenaLocal second = AthenaLocal.start(plain);
                AthenaApi athena = new AthenaApi(second.endpoint())) {
            List<List<String>> rows = athena.query("SELECT count(*), sum(id), max_by(pair, id) FROM " + table);
            assertThat(rows.get(1)).containsExactly("101", "5151", "[101, 202]");
            assertThat(athena.query("SHOW TABLES").stream().map(row -> row.get(0))).contains(table);
        }
        assertThat(dataDirectory).exists();
    }

    private static AthenaClient trustingClient(AthenaLocal local, Path trustStore)
            throws Exception
    {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream input = Files.newInputStream(trustStore)) {
            store.load(input, "athena4j-local".toCharArray());
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(store);
        return AthenaClient.builder()
                .endpointOverride(local.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCAL", "local-secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder().tlsTrustManagersProvider(() -> trustManagers.getTrustManagers()))
                .build();
    }
}
