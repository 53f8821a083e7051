package io.athena4j.examples;

import java.util.Map;

/** A nested struct: one column of type {@code struct<address:string,phone:string,preferences:map<string,string>>}. */
public record Profile(String address, String phone, Map<String, String> preferences) {}
