package io.athena4j.local.server.hive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link HiveSession} that records every statement and answers queries from canned rows, chosen by a fragment of
 * the query text; unmatched queries return no rows.
 */
final class RecordingHiveSession
        implements HiveSession
{
    private final List<String> statements = new ArrayList<>();
    private final Map<String, List<List<Object>>> answers = new LinkedHashMap<>();

    RecordingHiveSession answer(String fragment, List<List<Object>> rows)
    {
        answers.put(fragment, rows);
        return this;
    }

    /** Answers the existence checks as if the database exists and the table does too (or not). */
    RecordingHiveSession withDatabase(String database)
    {
        return answer("information_schema.schemata WHERE schema_name = '" + database + "'", List.of(List.of(database)));
    }

    RecordingHiveSession withTable(String database, String table)
    {
        return answer("information_schema.tables WHERE table_schema = '%s' AND table_name = '%s'".formatted(database, table), List.of(List.of("BASE TABLE")));
    }

    @Override
    public void execute(String trinoSql)
    {
        statements.add(trinoSql);
    }

    @Override
    public List<List<Object>> query(String trinoSql)
    {
        statements.add(trinoSql);
        for (Map.Entry<String, List<List<Object>>> answer : answers.entrySet()) {
            if (trinoSql.contains(answer.getKey())) {
                return answer.getValue();
            }
        }
        return List.of();
    }

    Map<String, List<List<Object>>> answers()
    {
        return answers;
    }

    /** The statements that change something: everything but the metadata look-ups. */
    List<String> changes()
    {
        return statements.stream()
                .filter(statement -> !statement.startsWith("SELECT ") && !statement.startsWith("SHOW "))
                .toList();
    }
}
