/**
 * Spring Boot auto-configuration for athena4j.
 */
package io.athena4j.spring;
