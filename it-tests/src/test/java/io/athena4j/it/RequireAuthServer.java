package io.athena4j.it;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalOptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.time.Duration;

/**
 * A second local Athena, started with {@code --require-auth}, shared by the test classes that need credentials to be
 * checked: resolved as a {@link RequireAuthServer} parameter, started on first use and stopped when the run ends.
 * The credentials are test credentials; the secret is known so tests can look for it in output.
 */
final class RequireAuthServer
        implements ParameterResolver, AutoCloseable
{
    static final String ACCESS_KEY_ID = "AKIDRELIABILITYTEST1";
    static final String SECRET_ACCESS_KEY = "Rel1ab1l1ty+Secret/Key+Never+Printed+0123";

    private static final Namespace NAMESPACE = Namespace.create(RequireAuthServer.class);

    private final AthenaLocal athenaLocal;

    /** For JUnit's extension registration only. */
    RequireAuthServer()
    {
        this.athenaLocal = null;
    }

    private RequireAuthServer(AthenaLocal athenaLocal)
    {
        this.athenaLocal = athenaLocal;
    }

    AthenaLocal local()
    {
        return athenaLocal;
    }

    String url(String user, String password)
    {
        return "jdbc:athena://Region=us-east-1;AthenaEndpoint=" + athenaLocal.endpoint() + ";User=" + user + ";Password=" + password
                + ";OutputLocation=s3://reliability/auth-results/";
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
    {
        return parameterContext.getParameter().getType() == RequireAuthServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
    {
        return extensionContext.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RequireAuthServer.class,
                key -> new RequireAuthServer(AthenaLocal.start(AthenaLocalOptions.builder()
                        .requireAuth(ACCESS_KEY_ID, SECRET_ACCESS_KEY)
                        // A second Trino starting while the shared one works: allow for a busy machine.
                        .startupTimeout(Duration.ofMinutes(5))
                        .build())),
                RequireAuthServer.class);
    }

    @Override
    public void close()
    {
        if (athenaLocal != null) {
            athenaLocal.close();
        }
    }
}
