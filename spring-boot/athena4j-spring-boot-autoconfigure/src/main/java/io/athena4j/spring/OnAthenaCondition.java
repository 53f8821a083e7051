package io.athena4j.spring;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application's DataSource is Athena: {@code spring.datasource.url} starts with
 * {@code jdbc:athena:}, or dev services ({@code athena.local.enabled=true}) provide the URL.
 */
final class OnAthenaCondition
        extends SpringBootCondition
{
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata)
    {
        ConditionMessage.Builder message = ConditionMessage.forCondition("Athena DataSource");
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        if (AthenaJdbcUrl.isAthena(url)) {
            return ConditionOutcome.match(message.because("spring.datasource.url starts with " + AthenaJdbcUrl.PREFIX));
        }
        if (AthenaEnvironmentPostProcessor.devServicesEnabled(context.getEnvironment())) {
            return ConditionOutcome.match(message.because("athena.local.enabled is true"));
        }
        return ConditionOutcome.noMatch(message.because("spring.datasource.url does not start with " + AthenaJdbcUrl.PREFIX + " and athena.local.enabled is not true"));
    }
}
