package io.athena4j.local.server.catalog;

import org.junit.jupiter.api.Test;

import static io.trino.type.InternalTypeManager.TESTING_TYPE_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

final class TestHiveTypeNames
{
    private static final HiveTypeNames NAMES = new HiveTypeNames(TESTING_TYPE_MANAGER);

    @Test
    void testHiveSpellings()
    {
        assertThat(NAMES.fromTrinoSql("varchar")).isEqualTo("string");
        assertThat(NAMES.fromTrinoSql("varchar(10)")).isEqualTo("varchar(10)");
        assertThat(NAMES.fromTrinoSql("integer")).isEqualTo("int");
        assertThat(NAMES.fromTrinoSql("real")).isEqualTo("float");
        assertThat(NAMES.fromTrinoSql("varbinary")).isEqualTo("binary");
        assertThat(NAMES.fromTrinoSql("decimal(10,2)")).isEqualTo("decimal(10,2)");
        assertThat(NAMES.fromTrinoSql("timestamp(6)")).isEqualTo("timestamp");
        assertThat(NAMES.fromTrinoSql("array(varchar)")).isEqualTo("array<string>");
        assertThat(NAMES.fromTrinoSql("map(varchar, integer)")).isEqualTo("map<string,int>");
        assertThat(NAMES.fromTrinoSql("row(\"a\" integer, \"b\" array(double))")).isEqualTo("struct<a:int,b:array<double>>");
    }

    @Test
    void testTypesWithoutHiveNameKeepTrinoName()
    {
        assertThat(NAMES.fromTrinoSql("uuid")).isEqualTo("uuid");
        assertThat(NAMES.fromTrinoSql("timestamp(3) with time zone")).isEqualTo("timestamp(3) with time zone");
    }
}
