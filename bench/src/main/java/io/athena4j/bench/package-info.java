/**
 * Benchmarks of athena4j against baselines measured in the same run.
 */
package io.athena4j.bench;
