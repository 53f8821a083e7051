/**
 * End-to-end tests: JPA entities through Hibernate, the dialect, the types and the driver, over the AWS SDK's HTTP
 * client to the local Athena and its Trino. Nothing is mocked here.
 */
package io.athena4j.it;
