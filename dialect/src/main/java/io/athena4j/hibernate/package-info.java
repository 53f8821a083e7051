/**
 * AthenaDialect: Hive and Iceberg DDL, HQL to Athena SQL, fail-fast mapping checks.
 *
 * <p>Decisions for maintainers:
 * <ul>
 * <li>DDL type names are Hive's ({@code string}, {@code binary}, {@code float}), cast names Trino's ({@code varchar},
 * {@code varbinary}, {@code real}). Hibernate casts sized values to the DDL name unless a cast pattern is registered,
 * so the string, binary and float DDL types carry one ({@code AthenaDialect.registerColumnTypes}, {@link
 * io.athena4j.hibernate.FloatDdlType}).</li>
 * <li>Writes other than INSERT to Hive tables are refused in layers, each naming the entity and the fix: at boot
 * ({@link io.athena4j.hibernate.AthenaMappingValidator}: mutable Hive entities), before entity deletes, updates and
 * upserts ({@link io.athena4j.hibernate.HiveWriteGuard}), while translating bulk HQL and HQL upserts ({@link
 * io.athena4j.hibernate.AthenaSqlAstTranslator}), and, for native SQL, when Athena answers {@code NOT_SUPPORTED}
 * ({@link io.athena4j.hibernate.UnsupportedByAthenaException}). Hibernate builds every entity's MERGE at boot, so
 * the refusal cannot live in {@code createOptionalTableUpdateOperation}.</li>
 * <li>Upserts are Trino {@code MERGE}: Hibernate's own rendering ({@code SqlAstTranslatorWithMerge},
 * {@code visitInsertStatementEmulateMerge}) is valid Trino as it stands; only {@code ON CONFLICT} without columns
 * is refused, since Athena has no unique keys to conflict on.</li>
 * <li>Exceptions rely on the driver's SQLStates and Hibernate's standard conversion; the dialect adds only
 * {@code NOT_SUPPORTED}, which has no SQLState class of its own.</li>
 * </ul>
 */
package io.athena4j.hibernate;
