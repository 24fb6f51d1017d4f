package org.enforcement.operations.streams;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a count strictly as a JSON integer: Jackson would otherwise truncate 1.5 to 1 or read "12" as 12, and
 * counts must be exact.
 */
public class WholeNumber extends StdDeserializer<Long> {

    public WholeNumber() {
        super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        }
        return (Long) ctxt.handleUnexpectedToken(Long.class, p);
    }
}
