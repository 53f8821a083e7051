package io.athena4j.examples;

import jakarta.persistence.Column;

import java.math.BigDecimal;

/** An element of {@code array<struct<product_id:int,quantity:int,price:decimal(8,2)>>}. */
public record LineItem(Integer productId, Integer quantity, @Column(precision = 8, scale = 2) BigDecimal price) {}
