package io.athena4j.it;

import jakarta.persistence.Column;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A struct of every scalar kind, a map of structs and an array of structs: three levels deep. */
public record Nested(
        String text,
        Long big,
        @Column(precision = 18, scale = 6) BigDecimal amount,
        LocalDateTime at,
        LocalDate day,
        Boolean flag,
        Byte tiny,
        Short small,
        Float real,
        Double dbl,
        UUID id,
        Map<String, Inner> byName,
        List<Inner> inners) {}
