package io.athena4j.hibernate;

import org.hibernate.MappingException;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Boot-time refusals: each names the entity and the fix. */
final class TestAthenaMappingValidator
{
    @Test
    void mutableHiveEntity()
    {
        assertThatThrownBy(() -> OfflineBoot.sessionFactory(Map.of(), Refused.MutableHive.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("MutableHive maps a Hive table, which accepts only INSERT")
                .hasMessageContaining("@org.hibernate.annotations.Immutable");
    }

    @Test
    void mutableEntityIsFineWhenIcebergIsTheDefault()
    {
        assertThatCode(() -> {
            try (SessionFactory ignored = OfflineBoot.sessionFactory(Map.of(AthenaSettings.TABLE_TYPE, "iceberg"), Refused.MutableHive.class)) {
                // booted
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void sequenceAndIdentityIds()
    {
        assertThatThrownBy(() -> OfflineBoot.sessionFactory(Map.of(), Refused.SequenceId.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("SequenceId uses @GeneratedValue(strategy = SEQUENCE)")
                .hasMessageContaining("assign ids in the application");
        assertThatThrownBy(() -> OfflineBoot.sessionFactory(Map.of(), Refused.IdentityId.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("IdentityId uses @GeneratedValue(strategy = IDENTITY)");
    }

    @Test
    void joinedInheritance()
    {
        assertThatThrownBy(() -> OfflineBoot.sessionFactory(Map.of(), Refused.JoinedRoot.class, Refused.JoinedChild.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("JoinedChild uses JOINED inheritance")
                .hasMessageContaining("use SINGLE_TABLE");
    }

    @Test
    void uuidIdsAreAccepted()
    {
        assertThatCode(() -> {
            try (SessionFactory ignored = OfflineBoot.sessionFactory(Map.of(), Refused.UuidId.class)) {
                // booted
            }
        }).doesNotThrowAnyException();
    }
}
