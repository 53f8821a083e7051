package io.athena4j.local.server.sql;

import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.athena4j.local.server.sql.StatementType.DDL;
import static io.athena4j.local.server.sql.StatementType.DML;
import static io.athena4j.local.server.sql.StatementType.UTILITY;
import static java.util.Objects.requireNonNull;

/**
 * Derives Athena's {@code StatementType} and {@code SubstatementType} from the leading words of a statement,
 * as measured against Athena engine v3 (athena-behaviour.md §A.2).
 *
 * <p>The statement is read with Trino's lexer, so line and block comments anywhere count
 * as whitespace, string literals and quoted identifiers never match a keyword, and Hive-only statements
 * Trino cannot parse ({@code CREATE EXTERNAL TABLE ... STORED AS ...}, {@code MSCK REPAIR TABLE}, backticked
 * names) classify like any other. Leading opening parentheses are skipped, as Athena does.
 *
 * <p>Statements the table does not cover get a deterministic but unmeasured class:
 * <ul>
 * <li>other {@code CREATE}, {@code DROP} and {@code ALTER} objects: {@code DDL} / verb and object, for example
 * {@code CREATE_FUNCTION}, {@code ALTER_VIEW}; {@code SCHEMA} is spelled {@code DATABASE} as in the measured rows;
 * <li>other {@code ALTER TABLE} actions ({@code SET LOCATION}, {@code SET TBLPROPERTIES}, {@code DROP COLUMN}, ...):
 * {@code DDL} / {@code ALTER_TABLE};
 * <li>other {@code SHOW} statements: {@code UTILITY} / {@code SHOW_} and the next word, for example {@code SHOW_VIEWS};
 * <li>anything else ({@code UNLOAD}, {@code PREPARE}, {@code EXECUTE}, {@code CALL}, ...): {@code DML} and the first
 * word upper-cased, or {@code UNKNOWN} when the statement does not start with a word.
 * </ul>
 * {@code DESC_VIEW}, which Athena reports for {@code DESCRIBE} and {@code SHOW COLUMNS} on a view, needs the catalog
 * and is left to the caller; this class reports {@code DESCRIBE_TABLE} and {@code SHOW_COLUMNS}.
 */
public final class StatementClassifier
{
    private static final String UNKNOWN = "UNKNOWN";
    private static final Set<String> DATABASE_WORDS = Set.of("DATABASE", "SCHEMA");

    private StatementClassifier() {}

    /**
     * Classifies one SQL statement the way Athena fills {@code StatementType} and {@code SubstatementType}.
     * Never fails: a statement that is not even valid SQL still gets a class (see the class documentation).
     */
    public static StatementClass classify(String sql)
    {
        requireNonNull(sql, "sql is null");
        Terms terms = Terms.of(sql);
        return switch (terms.get(0)) {
            case "SELECT", "WITH", "VALUES", "TABLE" -> new StatementClass(DML, "SELECT");
            case "EXPLAIN" -> new StatementClass(DML, "EXPLAIN");
            case "INSERT" -> new StatementClass(DML, "INSERT");
            case "UPDATE" -> new StatementClass(DML, "UPDATE");
            case "DELETE" -> new StatementClass(DML, "DELETE");
            case "MERGE" -> new StatementClass(DML, "MERGE");
            case "VACUUM" -> new StatementClass(DML, "VACUUM_TABLE");
            // Measured once by athena-local: Athena reports OPTIMIZE ... REWRITE DATA as a CTAS.
            case "OPTIMIZE" -> new StatementClass(DDL, "CREATE_TABLE_AS_SELECT");
            case "MSCK" -> new StatementClass(DDL, "MSCK_REPAIR");
            case "DESCRIBE", "DESC" -> new StatementClass(UTILITY, "DESCRIBE_TABLE");
            case "SHOW" -> new StatementClass(UTILITY, classifyShow(terms));
            case "CREATE" -> new StatementClass(DDL, classifyCreate(terms));
            case "DROP" -> new StatementClass(DDL, classifyDrop(terms));
            case "ALTER" -> new StatementClass(DDL, classifyAlter(terms));
            default -> new StatementClass(DML, terms.isWord(0) ? terms.get(0) : UNKNOWN);
        };
    }

    private static String classifyShow(Terms terms)
    {
        return switch (terms.get(1)) {
            case "TABLES" -> "SHOW_TABLES";
            case "DATABASES", "SCHEMAS" -> "SHOW_DATABASES";
            case "COLUMNS" -> "SHOW_COLUMNS";
            case "PARTITIONS" -> "SHOW_PARTITIONS";
            case "TBLPROPERTIES" -> "SHOW_TABLE_PROPERTIES";
            case "FUNCTIONS" -> "SHOW_FUNCTIONS";
            // SHOW CREATE TABLE, SHOW CREATE VIEW, and by the same pattern SHOW CREATE MATERIALIZED ...
            case "CREATE" -> terms.isWord(2) ? "SHOW_CREATE_" + terms.get(2) : "SHOW_CREATE";
            default -> terms.isWord(1) ? "SHOW_" + terms.get(1) : "SHOW";
        };
    }

    private static String classifyCreate(Terms terms)
    {
        int position = 1;
        if (terms.get(position).equals("OR") && terms.get(position + 1).equals("REPLACE")) {
            position += 2;
        }
        if (terms.get(position).equals("EXTERNAL")) {
            // Hive DDL only; an external table is never a CTAS in Athena (CTAS uses WITH (external_location = ...)).
            return terms.get(position + 1).equals("TABLE") ? "CREATE_TABLE" : objectSubstatementType("CREATE", terms, position);
        }
        if (terms.get(position).equals("TABLE")) {
            return isCreateTableAsSelect(terms, position + 1) ? "CREATE_TABLE_AS_SELECT" : "CREATE_TABLE";
        }
        if (terms.get(position).equals("VIEW")) {
            return "CREATE_VIEW";
        }
        return objectSubstatementType("CREATE", terms, position);
    }

    /**
     * A {@code CREATE TABLE} is a CTAS when {@code AS} appears outside parentheses: {@code AS SELECT}, {@code AS (VALUES 1)},
     * {@code AS TABLE t}, also after a column list ({@code CREATE TABLE t (n) AS ...}, which Athena accepts and fails at run
     * time). Hive's {@code STORED AS} is the one top-level {@code AS} of a plain {@code CREATE TABLE}.
     */
    private static boolean isCreateTableAsSelect(Terms terms, int start)
    {
        int depth = 0;
        for (int position = start; position < terms.size(); position++) {
            switch (terms.get(position)) {
                case "(" -> depth++;
                case ")" -> depth--;
                case "AS" -> {
                    if (depth == 0 && !terms.get(position - 1).equals("STORED")) {
                        return true;
                    }
                }
                default -> {}
            }
        }
        return false;
    }

    private static String classifyDrop(Terms terms)
    {
        return switch (terms.get(1)) {
            case "TABLE" -> "DROP_TABLE";
            case "VIEW" -> "DROP_VIEW";
            default -> objectSubstatementType("DROP", terms, 1);
        };
    }

    private static String classifyAlter(Terms terms)
    {
        if (!terms.get(1).equals("TABLE")) {
            return objectSubstatementType("ALTER", terms, 1);
        }
        int position = 2;
        if (terms.get(position).equals("IF") && terms.get(position + 1).equals("EXISTS")) {
            position += 2;
        }
        position = terms.skipQualifiedName(position);
        // Hive's partition-scoped forms: ALTER TABLE t PARTITION (p = 'x') SET LOCATION ...
        if (terms.get(position).equals("PARTITION") && terms.get(position + 1).equals("(")) {
            position = terms.skipParenthesized(position + 1);
        }
        String action = terms.get(position);
        String object = terms.get(position + 1);
        if ((action.equals("ADD") || action.equals("DROP")) && object.equals("IF")) {
            // ADD IF NOT EXISTS PARTITION, DROP IF EXISTS PARTITION
            object = terms.get(action.equals("ADD") ? position + 4 : position + 3);
        }
        return switch (action) {
            case "ADD" -> switch (object) {
                // ADD COLUMN (Trino's singular spelling) is reported like Athena's ADD COLUMNS.
                case "COLUMNS", "COLUMN" -> "ALTER_TABLE_ADD_COLUMN";
                case "PARTITION" -> "ALTER_TABLE_ADD_PARTITION";
                default -> "ALTER_TABLE";
            };
            case "DROP" -> object.equals("PARTITION") ? "ALTER_TABLE_DROP_PARTITION" : "ALTER_TABLE";
            // Athena spells this one in the singular.
            case "REPLACE" -> object.equals("COLUMNS") ? "ALTER_TABLE_REPLACE_COLUMN" : "ALTER_TABLE";
            case "RENAME" -> object.equals("TO") ? "ALTER_TABLE_RENAME" : "ALTER_TABLE";
            case "CHANGE" -> "ALTER_TABLE_CHANGE_COLUMN";
            default -> "ALTER_TABLE";
        };
    }

    private static String objectSubstatementType(String verb, Terms terms, int objectPosition)
    {
        if (!terms.isWord(objectPosition)) {
            return verb;
        }
        String object = terms.get(objectPosition);
        return verb + "_" + (DATABASE_WORDS.contains(object) ? "DATABASE" : object);
    }

    /**
     * The significant tokens of a statement as comparable strings (see {@link LexedSql#term}), leading
     * opening parentheses dropped. Reading past the end yields an empty string, so lookahead needs no bounds checks.
     */
    private static final class Terms
    {
        private final List<String> terms;
        private final List<Boolean> words;

        private Terms(List<String> terms, List<Boolean> words)
        {
            this.terms = terms;
            this.words = words;
        }

        static Terms of(String sql)
        {
            List<Token> tokens = LexedSql.lex(sql).significantTokens();
            int start = 0;
            while (start < tokens.size() && tokens.get(start).getText().equals("(")) {
                start++;
            }
            List<String> terms = new ArrayList<>();
            List<Boolean> words = new ArrayList<>();
            for (Token token : tokens.subList(start, tokens.size())) {
                terms.add(LexedSql.term(token));
                words.add(LexedSql.isWord(token));
            }
            return new Terms(terms, words);
        }

        int size()
        {
            return terms.size();
        }

        String get(int position)
        {
            return position >= 0 && position < terms.size() ? terms.get(position) : "";
        }

        boolean isWord(int position)
        {
            return position >= 0 && position < words.size() && words.get(position);
        }

        /**
         * The position after a possibly qualified name such as {@code db.t}, {@code "db"."t"} or {@code `db`.`t`}.
         */
        int skipQualifiedName(int position)
        {
            int next = position + 1;
            while (get(next).equals(".")) {
                next += 2;
            }
            return next;
        }

        /**
         * The position after the parenthesized group opening at {@code openPosition}.
         */
        int skipParenthesized(int openPosition)
        {
            int depth = 0;
            for (int position = openPosition; position < terms.size(); position++) {
                if (terms.get(position).equals("(")) {
                    depth++;
                }
                else if (terms.get(position).equals(")")) {
                    depth--;
                    if (depth == 0) {
                        return position + 1;
                    }
                }
            }
            return terms.size();
        }
    }
}
