/**
 * Hibernate types for Athena's TINYINT, ARRAY, MAP and STRUCT.
 */
package io.athena4j.types;
