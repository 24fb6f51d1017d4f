package org.enforcement.commons.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.enforcement.commons.problem.ProblemException;

/**
 * Binds typed query parameters ({@code Integer}, {@code Long}, {@code LocalDate}, {@code BigDecimal}, {@code UUID},
 * enums) as strictly as request bodies are read, so resources declare {@code @QueryParam("limit") @Min(1) @Max(100)
 * Integer limit} and the contract shows the type and its limits. A bad value is a 400 problem naming the parameter,
 * not JAX-RS's 404 for an unconvertible query parameter: the converter raises a {@link BadRequestException} whose
 * cause is the problem, which {@code ProblemMappers} answers. {@code @Min}/{@code @Max} are checked here, with the
 * same message as any other bad value.
 */
@Provider
public class TypedQueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        if (name == null) {
            return null;
        }
        Function<String, ?> parse = parser(rawType, name, annotations);
        return parse == null ? null : (ParamConverter<T>) new Strict<>(parse);
    }

    /** How a value of {@code type} given for parameter {@code name} is read, or null when it is not typed here. */
    static Function<String, ?> parser(Class<?> type, String name, Annotation[] annotations) {
        if (type == Integer.class || type == int.class) {
            long min = min(annotations, Integer.MIN_VALUE);
            long max = max(annotations, Integer.MAX_VALUE);
            return text -> (int) QueryParams.wholeNumber(name, text, min, max);
        }
        if (type == Long.class || type == long.class) {
            long min = min(annotations, Long.MIN_VALUE);
            long max = max(annotations, Long.MAX_VALUE);
            return text -> QueryParams.wholeNumber(name, text, min, max);
        }
        if (type == LocalDate.class) {
            return text -> QueryParams.date(name, required(name, text, "must be a date like 2023-02-02"));
        }
        if (type == BigDecimal.class) {
            return text -> QueryParams.amount(name, required(name, text, "must be a decimal amount like 50000.00"));
        }
        if (type == UUID.class) {
            return text -> QueryParams.uuid(name, required(name, text, "must be a UUID"));
        }
        if (type.isEnum()) {
            return text -> enumValue(type, name, text);
        }
        return null;
    }

    /** The message a value given empty ({@code ?limit=}) earns for a parameter of this type, if it is typed here. */
    static String refusalOfEmpty(Class<?> type, String name, Annotation[] annotations) {
        Function<String, ?> parse = parser(type, name, annotations);
        if (parse == null) {
            return null;
        }
        try {
            parse.apply("");
            return null;
        } catch (ProblemException e) {
            return e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name, String text) {
        return QueryParams.enumValue(name, required(name, text, StrictEnums.oneOf(type)), (Class) type);
    }

    /** Empty text is no value of a typed parameter (an absent one never reaches a converter). */
    private static String required(String name, String text, String message) {
        if (text == null || text.isBlank()) {
            throw QueryParams.invalid(name, message);
        }
        return text;
    }

    private static String queryName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
        }
        return null;
    }

    private static long min(Annotation[] annotations, long otherwise) {
        for (Annotation a : annotations) {
            if (a instanceof Min m) {
                return m.value();
            }
        }
        return otherwise;
    }

    private static long max(Annotation[] annotations, long otherwise) {
        for (Annotation a : annotations) {
            if (a instanceof Max m) {
                return m.value();
            }
        }
        return otherwise;
    }

    private record Strict<T>(Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            try {
                return parse.apply(value);
            } catch (ProblemException e) {
                throw new BadRequestException(e);
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
