package io.athena4j.it.guide;

import jakarta.persistence.Column;

import java.math.BigDecimal;

// docs/types.md
public record LineItem(Integer productId, Integer quantity, @Column(precision = 8, scale = 2) BigDecimal price) {}
