package io.athena4j.local.server.hive;

import io.athena4j.local.server.sql.S3Locations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static io.trino.type.InternalTypeManager.TESTING_TYPE_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

final class TestHiveTableDescriptions
{
    @TempDir
    Path dataDirectory;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "integer                                       | int",
            "real                                          | float",
            "varchar                                       | string",
            "varchar(7)                                    | varchar(7)",
            "char(3)                                       | char(3)",
            "varbinary                                     | binary",
            "timestamp(3)                                  | timestamp",
            "timestamp(6)                                  | timestamp",
            "decimal(38,10)                                | decimal(38,10)",
            "array(row(\"a\" integer, \"b\" varchar))        | array<struct<a:int,b:string>>",
            "map(varchar, array(bigint))                   | map<string,array<bigint>>",
    })
    void spellsTrinoTypesTheHiveWay(String trinoType, String hiveSpelling)
    {
        assertThat(descriptions().hiveTypeOf(trinoType).hiveSpelling()).isEqualTo(hiveSpelling);
    }

    @Test
    void typesWithoutHiveSpellingKeepTrinoNames()
    {
        assertThat(descriptions().hiveTypeOf("uuid").hiveSpelling()).isEqualTo("uuid");
        assertThat(descriptions().hiveTypeOf("timestamp(3) with time zone").hiveSpelling()).isEqualTo("timestamp(3) with time zone");
    }

    private HiveTableDescriptions descriptions()
    {
        return new HiveTableDescriptions(new TableMetadataStore(dataDirectory), new S3Locations(), TESTING_TYPE_MANAGER);
    }
}
