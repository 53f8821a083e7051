package io.athena4j.local.server.catalog;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A column as Athena's catalog APIs describe it: its name, its type in Hive's spelling ({@code string}, {@code int},
 * {@code array<string>}, {@code struct<a:int>}) and an optional comment.
 */
public record CatalogColumn(String name, String type, Optional<String> comment)
{
    public CatalogColumn
    {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(comment, "comment is null");
    }
}
