package org.enforcement.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.enforcement.commons.http.RefusedJsonValue;
import org.enforcement.commons.http.StrictEnums;

/**
 * The words for a request body Jackson could not read (see {@code JsonCustomizer}): a field at fault gets a
 * {@code /problems/validation} with its JSON path ({@code respondents[0].name}); a body that is no JSON document at
 * all gets {@code /problems/malformed-json}. No library message ever reaches the client.
 */
final class JsonProblems {

    static final String GIVEN_TWICE = "is given twice";
    static final String NOT_NULL = "must not be null";

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e, String instance) {
        Optional<String> duplicate = duplicateField(e);
        if (duplicate.isPresent()) {
            return invalidField(duplicate.get(), GIVEN_TWICE, instance);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalidField(jsonPath(mapping.getPath()), message(e), instance);
        }
        if (e instanceof MismatchedInputException mismatched && startsWith(mismatched, "Trailing token")) {
            return malformed("The request body has more after the end of its JSON document.", instance);
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                && !startsWith(mismatched, "No content to map")) {
            // Valid JSON of the wrong shape, e.g. [] where the request is an object.
            String message = "must be " + describeRoot(mismatched.getTargetType());
            return new Problem("/problems/validation", "Request is not valid", 400,
                    "The request body " + message + ".", instance,
                    List.of(new Problem.FieldError("request", message)), null);
        }
        var location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return malformed("The request body is not valid JSON" + where + ".", instance);
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof RefusedJsonValue refused) {
            return refused.fieldMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidNullException) {
            return NOT_NULL;
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return StrictEnums.oneOf(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                && Temporal.class.isAssignableFrom(mismatched.getTargetType())) {
            return "must be " + temporalExample(mismatched.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "has the wrong type (expected " + describe(mismatched.getTargetType()) + ")";
        }
        return "has an invalid value";
    }

    /**
     * The path of a key given twice in one object. The parser reports it (STRICT_DUPLICATE_DETECTION) while it
     * stands on that key, so its context is the full path, also inside lists where Jackson's own path stops at
     * the item.
     */
    private static Optional<String> duplicateField(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate field '")
                    && read.getProcessor() != null) {
                return Optional.of(contextPath(read.getProcessor().getParsingContext()));
            }
        }
        return Optional.empty();
    }

    private static String contextPath(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static Problem invalidField(String field, String message, String instance) {
        return new Problem("/problems/validation", "Request is not valid", 400, field + ": " + message, instance,
                List.of(new Problem.FieldError(field, message)), null);
    }

    private static Problem malformed(String detail, String instance) {
        return new Problem("/problems/malformed-json", "Malformed JSON", 400, detail, instance, null, null);
    }

    private static boolean startsWith(JsonProcessingException e, String prefix) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(prefix);
    }

    private static String describeRoot(Class<?> type) {
        String what = describe(type);
        return switch (what) {
            case "an object" -> "a JSON object";
            case "an array" -> "a JSON array";
            default -> what;
        };
    }

    /** How a date or time must be written: ISO-8601 strings only, never numbers. */
    private static String temporalExample(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date like 2023-01-10";
        }
        if (type == LocalTime.class) {
            return "a time like 05:49";
        }
        if (type == LocalDateTime.class) {
            return "a date and time like 2023-02-02T05:49:00";
        }
        return "an ISO-8601 instant like 2023-02-01T21:49:00Z";
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        var sb = new StringBuilder();
        for (var ref : refs) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
