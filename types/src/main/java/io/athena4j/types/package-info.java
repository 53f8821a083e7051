/**
 * Hibernate types for Athena's TINYINT, ARRAY, MAP and STRUCT; user documentation in {@code docs/types.md}.
 *
 * <p>Decisions, for maintainers:
 * <ul>
 * <li>The Athena type of an attribute is derived from its generic Java type ({@link io.athena4j.types.ValueTypes}), so
 *     the annotations carry no parameters. One {@code ValueType} tree per attribute names the type in Hive and Trino
 *     spelling, converts values for JDBC, decodes JSON, copies and compares.</li>
 * <li>Reads are JSON ({@code cast(col as json)} through {@code JdbcType#wrapTopLevelSelectionExpression}). Hibernate
 *     only consults that hook on the JdbcType registered for a user type's SQL type code, and only when the user type
 *     supplies a value converter; hence the vendor codes in {@link io.athena4j.types.AthenaSqlTypes}, one shared
 *     {@code ComplexJdbcType} per code, and the converter whose relational side ({@code ComplexJdbcValue}) carries
 *     the attribute's type to the binder and the raw JSON to the decoder.</li>
 * <li>Writes use only standard JDBC ({@code createArrayOf}, {@code createStruct}, {@code setObject(Map)}), with Trino
 *     type names so that empty and all-NULL values are typed. Values that Athena would round (decimals, sub-millisecond
 *     timestamps on Hive) are refused, never adjusted.</li>
 * <li>{@code @Struct} aggregate embeddables reuse Hibernate's {@code StructJdbcType} (which gives HQL path access)
 *     with a JSON read path; registered only when the dialect is AthenaDialect, which supplies the DDL and field
 *     access.</li>
 * </ul>
 */
package io.athena4j.types;
