package io.athena4j.types;

import org.hibernate.annotations.Type;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Maps a {@code Map<K, V>} attribute to one Athena {@code map<K,V>} column. K is a scalar (Athena map keys are
 * primitive types); V is anything {@link AthenaArray} accepts as an element. Read into a {@code LinkedHashMap}.
 *
 * <pre>{@code
 * @AthenaMap Map<String, String> preferences;        // map<string,string>
 * @AthenaMap Map<Integer, List<Double>> series;      // map<int,array<double>>
 * }</pre>
 */
@Target({FIELD, METHOD})
@Retention(RUNTIME)
@Type(AthenaMapType.class)
public @interface AthenaMap
{
}
