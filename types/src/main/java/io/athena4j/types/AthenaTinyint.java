package io.athena4j.types;

import org.hibernate.annotations.Type;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Maps an {@code Integer} attribute to an Athena {@code tinyint} column (-128 to 127), for models that keep small
 * numbers as {@code Integer}; a value outside the range is refused on write, never wrapped. A {@code Byte} attribute
 * needs no annotation: Hibernate maps it to {@code tinyint} by default.
 */
@Target({FIELD, METHOD})
@Retention(RUNTIME)
@Type(AthenaTinyintType.class)
public @interface AthenaTinyint
{
}
