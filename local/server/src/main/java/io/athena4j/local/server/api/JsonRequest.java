package io.athena4j.local.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.athena4j.local.server.AthenaServiceException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * Typed access to a request body, failing the way Athena's front end fails: a JSON value of the wrong type is a
 * SerializationException worded like Athena's ({@code STRING_VALUE can not be converted to an Integer}); unknown keys are
 * ignored.
 */
final class JsonRequest
{
    private final JsonNode body;

    JsonRequest(JsonNode body)
    {
        this.body = requireNonNull(body, "body is null");
    }

    Optional<String> string(String field)
    {
        return string(body, field);
    }

    String requiredString(String field, String constraintName)
    {
        return string(field).orElseThrow(() -> AthenaServiceException.missingField(constraintName));
    }

    OptionalInt integer(String field)
    {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw AthenaServiceException.serialization(valueKind(value) + " can not be converted to an Integer");
        }
        return OptionalInt.of(value.intValue());
    }

    Optional<JsonRequest> object(String field)
    {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw AthenaServiceException.serialization("Start of structure or map found where not expected.");
        }
        return Optional.of(new JsonRequest(value));
    }

    Optional<List<String>> stringList(String field)
    {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw AthenaServiceException.serialization("Start of list found where not expected");
        }
        List<String> list = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw AthenaServiceException.serialization(valueKind(element) + " can not be converted to a String");
            }
            list.add(element.textValue());
        }
        return Optional.of(list);
    }

    private static Optional<String> string(JsonNode node, String field)
    {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw AthenaServiceException.serialization(valueKind(value) + " can not be converted to a String");
        }
        return Optional.of(value.textValue());
    }

    private static String valueKind(JsonNode value)
    {
        return switch (value.getNodeType()) {
            case STRING -> "STRING_VALUE";
            case NUMBER -> value.isIntegralNumber() ? "NUMBER_VALUE" : "DECIMAL_VALUE";
            case BOOLEAN -> "BOOLEAN_VALUE";
            case ARRAY -> "START_ARRAY";
            case OBJECT -> "START_OBJECT";
            default -> "VALUE";
        };
    }
}
