package io.athena4j.local;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.net.URI;

/**
 * Resolves parameters of type {@link AthenaLocal}, and of type {@link URI} as its {@linkplain AthenaLocal#endpoint()
 * endpoint}, to one local Athena shared by the whole test run. Use it through {@link AthenaLocalTest}.
 *
 * <p>The server starts with default options (a temporary data directory, any free port) when a test first asks for
 * it, so a run without such tests starts nothing. It is kept in the root {@link ExtensionContext.Store}, which closes
 * it, and deletes its data directory, when the run ends (JUnit 5.13 and later close {@link AutoCloseable} store
 * values); with older JUnit versions the server's shutdown hook stops it when the test JVM exits. Safe with test
 * classes running in parallel: they wait for the same start.
 *
 * <p>If the server fails to start, every test that asks for it fails with that cause; it is not started again.
 */
public final class AthenaLocalExtension
        implements ParameterResolver
{
    private static final Namespace NAMESPACE = Namespace.create(AthenaLocalExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
    {
        Class<?> type = parameterContext.getParameter().getType();
        return type == AthenaLocal.class || type == URI.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
    {
        AthenaLocal athenaLocal = sharedAthenaLocal(extensionContext);
        return parameterContext.getParameter().getType() == URI.class ? athenaLocal.endpoint() : athenaLocal;
    }

    private static AthenaLocal sharedAthenaLocal(ExtensionContext extensionContext)
    {
        return extensionContext.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedAthenaLocal.class, key -> new SharedAthenaLocal(AthenaLocal::start), SharedAthenaLocal.class)
                .get();
    }
}
