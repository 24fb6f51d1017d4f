package org.enforcement.commons.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that is well formed but refused by one of the strict reading rules ({@link StrictStrings},
 * {@link StrictEnums}, {@link StrictTemporals}, {@link PlainDecimals}). Its message is what a client reads next to
 * the field, e.g. "must not contain NUL characters"; Jackson adds the field's path on the way out.
 */
public class RefusedJsonValue extends MismatchedInputException {

    private final String fieldMessage;

    public RefusedJsonValue(JsonParser parser, Class<?> targetType, String fieldMessage) {
        super(parser, fieldMessage, targetType);
        this.fieldMessage = fieldMessage;
    }

    /** What is wrong with the value, worded to follow the field name. */
    public String fieldMessage() {
        return fieldMessage;
    }
}
