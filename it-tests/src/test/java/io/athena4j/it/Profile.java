package io.athena4j.it;

import java.util.Map;

/** The seed's {@code profile STRUCT<address, phone, preferences MAP<string,string>>}. */
public record Profile(String address, String phone, Map<String, String> preferences) {}
