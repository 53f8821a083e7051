package io.athena4j.types;

import org.hibernate.annotations.Type;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Maps a record attribute to one Athena {@code struct<…>} column, one field per record component in declaration
 * order. A field is named after its component in snake case ({@code productId} → {@code product_id}) unless the
 * component says {@code @Column(name = …)}; decimals take {@code @Column(precision, scale)}, timestamps
 * {@code @Column(secondPrecision = 6)} on Iceberg tables. Components may be records, lists and maps in turn.
 *
 * <pre>{@code
 * record Profile(String address, String phone, Map<String, String> preferences) {}
 * @AthenaStruct Profile profile;   // struct<address:string,phone:string,preferences:map<string,string>>
 * }</pre>
 *
 * HQL sees the struct as one value. To filter or select its fields in HQL ({@code c.profile.address}), map it as a
 * Hibernate {@code @Embeddable @Struct} instead (see {@code docs/types.md}).
 */
@Target({FIELD, METHOD})
@Retention(RUNTIME)
@Type(AthenaStructType.class)
public @interface AthenaStruct
{
}
