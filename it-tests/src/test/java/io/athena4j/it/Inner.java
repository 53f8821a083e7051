package io.athena4j.it;

import java.time.LocalDateTime;

/** The innermost struct of the round-trip samples. */
public record Inner(String s, Integer n, LocalDateTime at) {}
