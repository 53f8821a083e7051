package io.athena4j.local.server.hive;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A column as Athena's catalog keeps it: lower-case name, Hive type, optional comment.
 */
public record HiveColumn(String name, HiveType type, Optional<String> comment)
{
    public HiveColumn
    {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(comment, "comment is null");
    }
}
