package io.athena4j.local.server;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The TLS identity for {@code --https}: a self-signed certificate for localhost and 127.0.0.1, made once with the JDK's
 * keytool and kept in {@code <data-dir>/tls} so clients can trust it across restarts. The JDK has no public API that
 * creates certificates, and keytool is part of every JDK.
 */
final class SelfSignedCertificate
{
    static final String PASSWORD = "athena4j-local";
    private static final String ALIAS = "athena4j-local";

    private SelfSignedCertificate() {}

    static SSLContext sslContext(Path dataDirectory)
            throws IOException, GeneralSecurityException
    {
        Path directory = dataDirectory.resolve("tls");
        Path keyStore = directory.resolve("keystore.p12");
        if (!Files.exists(keyStore)) {
            Files.createDirectories(directory);
            Path certificate = directory.resolve("athena4j-local.pem");
            keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1,ip:0:0:0:0:0:0:0:1",
                    "-validity", "3650", "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                    "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool("-exportcert", "-rfc", "-alias", ALIAS, "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                    "-file", certificate.toString());
            // A store holding only the certificate, for clients: -Djavax.net.ssl.trustStore=<data-dir>/tls/truststore.p12
            keytool("-importcert", "-noprompt", "-alias", ALIAS, "-file", certificate.toString(),
                    "-keystore", directory.resolve("truststore.p12").toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream input = Files.newInputStream(keyStore)) {
            store.load(input, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... arguments)
            throws IOException
    {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("keytool failed to create the self-signed certificate: " + output.strip());
            }
        }
        catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while creating the self-signed certificate", e);
        }
    }
}
