package io.athena4j.local.server.sql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestSyntaxCheck
{
    private static final String STATEMENT_KEYWORDS = "'ALTER', 'ANALYZE', 'CALL', 'COMMENT', 'COMMIT', 'CREATE', 'DEALLOCATE', 'DELETE', 'DENY', "
            + "'DESC', 'DESCRIBE', 'DROP', 'EXECUTE', 'EXPLAIN', 'GRANT', 'INSERT', 'MERGE', 'PREPARE', 'REFRESH', 'RESET', 'REVOKE', "
            + "'ROLLBACK', 'SET', 'SHOW', 'START', 'TRUNCATE', 'UPDATE', 'USE', 'WITH', <query>";

    @Test
    void testMessageIsTrinoParserText()
    {
        assertThatThrownBy(() -> SyntaxCheck.check("SELEC 1"))
                .isInstanceOfSatisfying(MalformedQueryException.class, e -> {
                    assertThat(e.getLineNumber()).isEqualTo(1);
                    assertThat(e.getColumnNumber()).isEqualTo(1);
                })
                .hasMessage("line 1:1: mismatched input 'SELEC'. Expecting: " + STATEMENT_KEYWORDS);
    }

    @Test
    void testPositionsCountCommentsAndLines()
    {
        // Measured on Athena: "-- only" fails at 1:8, after the comment.
        assertThatThrownBy(() -> SyntaxCheck.check("-- only"))
                .isInstanceOf(MalformedQueryException.class)
                .hasMessage("line 1:8: mismatched input '<EOF>'. Expecting: " + STATEMENT_KEYWORDS);
        assertThatThrownBy(() -> SyntaxCheck.check("/* only */"))
                .hasMessageStartingWith("line 1:11: mismatched input '<EOF>'. ");
        // Measured on Athena: an unterminated block comment is not a comment.
        assertThatThrownBy(() -> SyntaxCheck.check("/* c SELECT 1"))
                .hasMessageStartingWith("line 1:1: mismatched input '/'. ");
        assertThatThrownBy(() -> SyntaxCheck.check("SELECT 1\nFROM t\nWHERE"))
                .isInstanceOfSatisfying(MalformedQueryException.class, e -> {
                    assertThat(e.getLineNumber()).isEqualTo(3);
                    assertThat(e.getColumnNumber()).isEqualTo(6);
                })
                .hasMessageStartingWith("line 3:6: mismatched input '<EOF>'. ");
    }

    @Test
    void testValidStatements()
    {
        assertThatCode(() -> SyntaxCheck.check("SELECT 1")).doesNotThrowAnyException();
        assertThatCode(() -> SyntaxCheck.check("select * from t where a = ? and b = ?")).doesNotThrowAnyException();
        assertThatCode(() -> SyntaxCheck.check("SELECT ? AS v")).doesNotThrowAnyException();
        assertThatCode(() -> SyntaxCheck.check("INSERT INTO t VALUES (?, ?)")).doesNotThrowAnyException();
        assertThatCode(() -> SyntaxCheck.check("SELECT 1;")).doesNotThrowAnyException();
        assertThatCode(() -> SyntaxCheck.check("  SELECT 1 ;  -- done")).doesNotThrowAnyException();
        assertThatCode(() -> SyntaxCheck.check("CREATE TABLE t WITH (format = 'PARQUET') AS SELECT 0.1 AS d")).doesNotThrowAnyException();
    }

    @Test
    void testSemicolonIsOnlyAcceptedAtTheEnd()
    {
        assertThatThrownBy(() -> SyntaxCheck.check("SELECT 1; SELECT 2"))
                .hasMessageStartingWith("line 1:9: mismatched input ';'. ");
        assertThatThrownBy(() -> SyntaxCheck.check("SELECT 1;;"))
                .hasMessageStartingWith("line 1:9: mismatched input ';'. ");
    }

    @Test
    void testTrinoOnlyRejections()
    {
        assertThatThrownBy(() -> SyntaxCheck.check("SELECT `a` FROM t"))
                .hasMessage("line 1:8: backquoted identifiers are not supported; use double quotes to quote identifiers");
        assertThatThrownBy(() -> SyntaxCheck.check("CREATE VIEW v AS SELEC 1"))
                .isInstanceOf(MalformedQueryException.class)
                .hasMessageStartingWith("line 1:18: mismatched input 'SELEC'. ");
    }

    @Test
    void testHiveDdlIsLeftToTheHiveEngine()
    {
        assertThatCode(() -> SyntaxCheck.check("CREATE EXTERNAL TABLE `db`.`t` (`a` string) PARTITIONED BY (p string) "
                + "ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' STORED AS TEXTFILE LOCATION 's3://b/t/'")).doesNotThrowAnyException();
        assertThatCode(() -> SyntaxCheck.check("MSCK REPAIR TABLE t")).doesNotThrowAnyException();
        assertThatCode(() -> SyntaxCheck.check("ALTER TABLE t ADD COLUMNS (c string)")).doesNotThrowAnyException();
        assertThatCode(() -> SyntaxCheck.check("SHOW TBLPROPERTIES t")).doesNotThrowAnyException();
        assertThatCode(() -> SyntaxCheck.check("DROP TABLE `t`")).doesNotThrowAnyException();
        assertThatCode(() -> SyntaxCheck.check("DESCRIBE `db`.`t`")).doesNotThrowAnyException();
    }
}
