package io.athena4j.spring;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when dev services are asked for: {@code athena.local.enabled=true}, or {@code AthenaEndpoint=local} in
 * {@code spring.datasource.url}.
 */
final class OnAthenaLocalCondition
        extends SpringBootCondition
{
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata)
    {
        ConditionMessage.Builder message = ConditionMessage.forCondition("Athena dev services");
        if (AthenaEnvironmentPostProcessor.devServicesEnabled(context.getEnvironment())) {
            return ConditionOutcome.match(message.because("athena.local.enabled is true or the URL says AthenaEndpoint=local"));
        }
        return ConditionOutcome.noMatch(message.because("athena.local.enabled is not true and the URL does not say AthenaEndpoint=local"));
    }
}
