/**
 * AthenaDialect: Hive and Iceberg DDL, HQL to Athena SQL, fail-fast mapping checks.
 */
package io.athena4j.hibernate;
