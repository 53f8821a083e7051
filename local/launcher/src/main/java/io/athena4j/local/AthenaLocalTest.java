package io.athena4j.local;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a JUnit 5 test class against the local Athena: test methods, lifecycle methods and constructors may declare a
 * parameter of type {@link AthenaLocal}, or of type {@link java.net.URI} for its endpoint.
 *
 * <pre>{@code
 * @AthenaLocalTest
 * class TestQueries
 * {
 *     @Test
 *     void selectOne(URI endpoint) { ... }
 * }
 * }</pre>
 *
 * <p>All test classes of a test run share one server, started with default options on first use and stopped at the
 * end of the run; see {@link AthenaLocalExtension}. The distribution is found through the system property
 * {@code athena4j.local.home} or the environment variable {@code ATHENA4J_LOCAL_HOME}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AthenaLocalExtension.class)
public @interface AthenaLocalTest
{
}
