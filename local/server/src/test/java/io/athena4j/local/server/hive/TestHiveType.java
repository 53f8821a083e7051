package io.athena4j.local.server.hive;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class TestHiveType
{
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "int                              | int                              | integer                                        | integer",
            "INTEGER                          | int                              | integer                                        | integer",
            "tinyint                          | tinyint                          | tinyint                                        | tinyint",
            "smallint                         | smallint                         | smallint                                       | smallint",
            "bigint                           | bigint                           | bigint                                         | bigint",
            "float                            | float                            | real                                           | real",
            "double                           | double                           | double                                         | double",
            "boolean                          | boolean                          | boolean                                        | boolean",
            "string                           | string                           | varchar                                        | varchar",
            "varchar(10)                      | varchar(10)                      | varchar(10)                                    | varchar",
            "char(5)                          | char(5)                          | char(5)                                        | char(5)",
            "decimal(10,2)                    | decimal(10,2)                    | decimal(10,2)                                  | decimal(10,2)",
            "decimal                          | decimal(10,0)                    | decimal(10,0)                                  | decimal(10,0)",
            "binary                           | binary                           | varbinary                                      | varbinary",
            "timestamp                        | timestamp                        | timestamp(3)                                   | timestamp(6)",
            "date                             | date                             | date                                           | date",
            "array<string>                    | array<string>                    | array(varchar)                                 | array(varchar)",
            "map<string,int>                  | map<string,int>                  | map(varchar, integer)                          | map(varchar, integer)",
            "'struct<a:int, b:array<string>>' | struct<a:int,b:array<string>>    | row(\"a\" integer, \"b\" array(varchar))       | row(\"a\" integer, \"b\" array(varchar))",
            "array<struct<`A`:int,b:map<string,array<bigint>>>> | array<struct<a:int,b:map<string,array<bigint>>>> | array(row(\"a\" integer, \"b\" map(varchar, array(bigint)))) | array(row(\"a\" integer, \"b\" map(varchar, array(bigint))))",
    })
    void translatesToTrino(String declared, String hiveSpelling, String trinoType, String icebergTrinoType)
    {
        HiveType type = HiveType.parse(declared);
        assertThat(type.hiveSpelling()).isEqualTo(hiveSpelling);
        assertThat(type.trinoType()).isEqualTo(trinoType);
        assertThat(type.icebergTrinoType()).isEqualTo(icebergTrinoType);
    }

    @Test
    void icebergSpellingHasSpacesAfterSeparators()
    {
        assertThat(HiveType.parse("struct<a:int,b:string>").icebergSpelling()).isEqualTo("struct<a: int, b: string>");
        assertThat(HiveType.parse("map<string,decimal(10,2)>").icebergSpelling()).isEqualTo("map<string, decimal(10, 2)>");
    }

    @Test
    void rejectsUnknownTypes()
    {
        assertThatThrownBy(() -> HiveType.parse("struct<a int>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HiveType.parse("interval")).hasMessageContaining("cannot recognize input near 'interval'");
    }
}
