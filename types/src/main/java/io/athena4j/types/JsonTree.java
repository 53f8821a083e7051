package io.athena4j.types;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Parses the JSON of a complex value into a tree without losing any number: integers as big integers, fractions as
 * exact decimals, except a negative zero, which only a double can hold ({@code -0.0} as a decimal is {@code 0.0}).
 * Jackson's own tree reader offers exact decimals or doubles, not both.
 */
final class JsonTree
{
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonTree() {}

    /**
     * @throws IllegalArgumentException if {@code json} is not one JSON value
     */
    static JsonNode parse(String json)
    {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("empty text");
            }
            JsonNode node = value(parser, first);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("text after the JSON value");
            }
            return node;
        }
        catch (IOException e) {
            // Jackson reports malformed input as JsonParseException, an IOException.
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token)
            throws IOException
    {
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT: {
                BigDecimal decimal = parser.getDecimalValue();
                if (decimal.signum() == 0 && parser.getText().startsWith("-")) {
                    return NODES.numberNode(-0.0);
                }
                return NODES.numberNode(decimal);
            }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalArgumentException("unexpected JSON token " + token);
        }
    }
}
