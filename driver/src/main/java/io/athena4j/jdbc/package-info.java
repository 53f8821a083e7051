/**
 * JDBC driver for Amazon Athena on the AWS SDK v2. Knows nothing of Hibernate.
 *
 * <p>Decisions for maintainers:
 * <ul>
 * <li>Values are Athena's text end to end: {@link io.athena4j.jdbc.AbstractAthenaResultSet} parses it per getter, and
 * every row source ({@link io.athena4j.jdbc.ResultRows}) — GetQueryResults pages or the S3 result CSV — hands over the
 * same text, so the fetchers cannot disagree on a value.</li>
 * <li>ResultFetcher=S3 takes the column metadata from one GetQueryResults call (MaxResults=1): only that API has
 * ColumnInfo. It falls back to GetQueryResults only where S3 says the file is not readable (403, 404, 412), skipping
 * the rows already returned; other failures surface, so a broken S3 set-up is not hidden behind a slow path.</li>
 * <li>Range reads run on a small per-result-set pool ({@link io.athena4j.jdbc.S3RangeInputStream}) that close and
 * cancel shut down; memory is bounded by the ranges in flight, not by the result.</li>
 * <li>No {@code synchronized} around anything that may block (virtual threads): shared state uses atomics and
 * {@link java.util.concurrent.locks.ReentrantLock}.</li>
 * <li>The SQL text is logged only at trace: client-side binding puts parameter values into it.</li>
 * </ul>
 */
package io.athena4j.jdbc;
