package io.athena4j.it;

import jakarta.persistence.Column;

import java.math.BigDecimal;

/** The seed's order item {@code STRUCT<product_id:int, quantity:int, price:decimal(8,2)>}. */
public record LineItem(Integer productId, Integer quantity, @Column(precision = 8, scale = 2) BigDecimal price) {}
