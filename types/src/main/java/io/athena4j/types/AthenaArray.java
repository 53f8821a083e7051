package io.athena4j.types;

import org.hibernate.annotations.Type;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Maps a {@code List<T>} or {@code T[]} attribute to one Athena {@code array<T>} column. T is any scalar (String,
 * Boolean, Byte, Short, Integer, Long, Float, Double, BigDecimal, LocalDate, LocalDateTime, UUID, an enum), a record,
 * a {@code Map} or another {@code List}, nested to any depth: the Athena type is derived from the generics.
 *
 * <pre>{@code
 * @AthenaArray List<Integer> orderHistory;          // array<int>
 * @AthenaArray List<LineItem> items;                // array<struct<product_id:int,quantity:int,price:decimal(8,2)>>
 * }</pre>
 *
 * Read losslessly as JSON; see {@code docs/types.md}.
 */
@Target({FIELD, METHOD})
@Retention(RUNTIME)
@Type(AthenaArrayType.class)
public @interface AthenaArray
{
}
