package io.athena4j.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Spring Data JPA on Athena. With {@code AthenaEndpoint=local} in {@code application.properties}, dev services start
 * a local Athena for the run; point {@code spring.datasource.url} at Amazon Athena and the same code runs there.
 *
 * <p>Run from the repository root: {@code ./mvnw -q -Psample -pl examples/spring-boot-sample -am package}.
 */
@SpringBootApplication
public class SampleApplication
{
    public static void main(String[] args)
    {
        // The report runs once and the application ends; closing the context stops the local Athena.
        try (ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class, args)) {
            context.getBean(TripReport.class).print(System.out);
        }
    }
}
