package io.athena4j.bench;

/** The STRUCT column of {@link BenchComplexRow}: {@code struct<street:string,city:string,zip:int>}. */
public record BenchAddress(String street, String city, Integer zip) {}
