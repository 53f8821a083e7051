package io.athena4j.it;

import io.athena4j.types.AthenaMap;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.Struct;

import java.util.Map;

/**
 * The seed's profile as a Hibernate {@code @Struct} aggregate embeddable: one {@code struct<…>} column whose fields HQL
 * can reach by path ({@code c.profile.address}). {@code attributes} fixes the field order, which Hibernate otherwise
 * makes alphabetical.
 */
@Embeddable
@Struct(name = "profile", attributes = {"address", "phone", "preferences", "geo"})
public record StructProfile(String address, String phone, @AthenaMap Map<String, String> preferences, Geo geo) {}
