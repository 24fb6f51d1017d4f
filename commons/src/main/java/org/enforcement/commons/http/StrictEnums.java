package org.enforcement.commons.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Arrays;

/**
 * An enum value is its name as a JSON string, exactly: Jackson would also take its ordinal ({@code "channel": 4}
 * for the fifth channel) and trims the name ({@code " CASH "}), so a typo or a shifted list would silently pick
 * another value. Together with {@code FAIL_ON_NUMBERS_FOR_ENUMS} (which refuses "4").
 */
public class StrictEnums extends SimpleModule {

    public StrictEnums() {
        super("StrictEnums");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new Reader(deserializer, type.getRawClass());
            }
        });
    }

    /** The field message for a value that is none of {@code type}'s names. */
    public static String oneOf(Class<?> type) {
        return "must be one of " + Arrays.toString(type.getEnumConstants());
    }

    static final class Reader extends DelegatingDeserializer {

        private final Class<?> type;

        Reader(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Reader(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING) || !exact(p.getText())) {
                throw new RefusedJsonValue(p, type, oneOf(type));
            }
            return super.deserialize(p, ctxt);
        }

        /** No blanks or control characters around the name for Jackson to trim away. */
        private static boolean exact(String text) {
            return !text.isEmpty() && text.chars().noneMatch(c -> Character.isWhitespace(c)
                    || Character.isISOControl(c) || Character.isSpaceChar(c));
        }
    }
}
