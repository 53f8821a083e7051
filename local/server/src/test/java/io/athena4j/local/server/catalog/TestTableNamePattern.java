package io.athena4j.local.server.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class TestTableNamePattern
{
    @Test
    void testWildcardAlternativesAndCase()
    {
        TableNamePattern pattern = TableNamePattern.parse("sales*|orders");
        assertThat(pattern.matches("sales")).isTrue();
        assertThat(pattern.matches("sales_2024")).isTrue();
        assertThat(pattern.matches("SALES_EU")).isTrue();
        assertThat(pattern.matches("orders")).isTrue();
        assertThat(pattern.matches("my_orders")).isFalse();
        assertThat(pattern.matches("orders_old")).isFalse();
    }

    @Test
    void testEverythingElseIsLiteral()
    {
        TableNamePattern pattern = TableNamePattern.parse("t.x_(1)*");
        assertThat(pattern.matches("t.x_(1)")).isTrue();
        assertThat(pattern.matches("t.x_(1)_more")).isTrue();
        assertThat(pattern.matches("tax_(1)")).isFalse();
        assertThat(TableNamePattern.parse("*").matches("anything")).isTrue();
        assertThat(TableNamePattern.parse("*_tmp").matches("a_tmp")).isTrue();
        assertThat(TableNamePattern.parse("*_tmp").matches("a_tmp2")).isFalse();
    }
}
