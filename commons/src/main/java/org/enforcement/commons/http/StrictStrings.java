package org.enforcement.commons.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Optional;

/**
 * Text fields take JSON strings only, and only text PostgreSQL and UTF-8 can hold: {@code "note": 5} or
 * {@code true} is a client's mistake, not "5" or "true"; a NUL character would fail the insert (a 500) and a lone
 * UTF-16 surrogate ({@code "\ud800"}) is no character at all and would be stored as "?".
 */
public class StrictStrings extends SimpleModule {

    public static final String NUL = "must not contain NUL characters";
    public static final String LONE_SURROGATE = "must not contain unpaired UTF-16 surrogates (\\ud800-\\udfff)";

    public StrictStrings() {
        super("StrictStrings");
        addDeserializer(String.class, new Reader());
    }

    /** What is wrong with {@code text} as stored text, if anything. */
    public static Optional<String> problemOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of(NUL);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(LONE_SURROGATE);
            }
        }
        return Optional.empty();
    }

    static final class Reader extends StdScalarDeserializer<String> {

        Reader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            Optional<String> problem = problemOf(text);
            if (problem.isPresent()) {
                throw new RefusedJsonValue(p, String.class, problem.get());
            }
            return text;
        }
    }
}
