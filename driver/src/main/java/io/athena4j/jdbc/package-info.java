/**
 * JDBC driver for Amazon Athena on the AWS SDK v2. Knows nothing of Hibernate.
 */
package io.athena4j.jdbc;
