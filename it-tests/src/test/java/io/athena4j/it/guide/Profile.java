package io.athena4j.it.guide;

import java.util.Map;

// docs/types.md
public record Profile(String address, String phone, Map<String, String> preferences) {}
