package org.enforcement.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.annotation.Nonnull;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * How a strict integrator reads the services' answers: a member the contract does not describe, or a member it
 * requires as non-null that is missing or null, fails the call instead of slipping through as a default.
 *
 * <p>The generated models annotate a getter {@code @jakarta.annotation.Nonnull} exactly when the contract lists the
 * property as required and not nullable; the check runs inside Jackson, right after each model object is read, so
 * it covers models nested in models, lists and maps, and the {@code oneOf} events (an alternative that breaks the
 * rule does not match). Every client made here reads strictly, whatever call it makes.
 *
 * <p>Not checked here: that a member required but nullable is present at all. The generated models do not tell it
 * from an optional member (both read as null when absent); the services' own tests check it against the contract
 * (test-support's {@code ContractResponses}).
 */
public final class StrictReading {

    private StrictReading() {
    }

    /** {@code mapper} (a generated ApiClient's default) made strict; returns the same mapper. */
    public static ObjectMapper strict(ObjectMapper mapper) {
        return mapper
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .registerModule(new SimpleModule("strict-reading").setDeserializerModifier(new RequiredMembers()));
    }

    /** A case-service client at {@code baseUri} that reads strictly. */
    public static org.enforcement.client.cases.invoker.ApiClient cases(HttpClient.Builder http, String baseUri) {
        return new org.enforcement.client.cases.invoker.ApiClient(http,
                exact(org.enforcement.client.cases.invoker.ApiClient.createDefaultObjectMapper()), trim(baseUri));
    }

    /** An operation-service client at {@code baseUri} that reads strictly. */
    public static org.enforcement.client.operations.invoker.ApiClient operations(HttpClient.Builder http,
                                                                                  String baseUri) {
        return new org.enforcement.client.operations.invoker.ApiClient(http,
                exact(org.enforcement.client.operations.invoker.ApiClient.createDefaultObjectMapper()),
                trim(baseUri));
    }

    /** A stats-service client at {@code baseUri} that reads strictly. */
    public static org.enforcement.client.stats.invoker.ApiClient stats(HttpClient.Builder http, String baseUri) {
        return new org.enforcement.client.stats.invoker.ApiClient(http,
                exact(org.enforcement.client.stats.invoker.ApiClient.createDefaultObjectMapper()), trim(baseUri));
    }

    /**
     * {@code mapper} strict, and writing requests as the contracts expect them: the generated request models start
     * their list members empty, and a service refuses an empty list where its contract asks for one item at least
     * (a timeline entry's {@code installments}), so an empty list is left out like a null.
     */
    static ObjectMapper exact(ObjectMapper mapper) {
        JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                JsonInclude.Include.NON_EMPTY);
        mapper.configOverride(List.class).setInclude(nonEmpty);
        mapper.configOverride(Set.class).setInclude(nonEmpty);
        return strict(mapper);
    }

    private static String trim(String baseUri) {
        return baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
    }

    /** Wraps the deserializer of every class that has required members with the check of those members. */
    private static final class RequiredMembers extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            List<Method> required = Arrays.stream(type.getMethods())
                    .filter(m -> m.isAnnotationPresent(Nonnull.class) && m.getParameterCount() == 0
                            && !Modifier.isStatic(m.getModifiers()))
                    .toList();
            return required.isEmpty() ? deserializer : new Checked(deserializer, type, required);
        }
    }

    private static final class Checked extends DelegatingDeserializer {

        private final Class<?> type;
        private final List<Method> required;

        Checked(JsonDeserializer<?> delegate, Class<?> type, List<Method> required) {
            super(delegate);
            this.type = type;
            this.required = required;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, type, required);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            Object value = super.deserialize(p, context);
            for (Method getter : required) {
                if (read(getter, value) == null) {
                    throw MismatchedInputException.from(p, type, type.getSimpleName() + "." + member(getter)
                            + " is required and not nullable, but the answer has it missing or null");
                }
            }
            return value;
        }

        private static Object read(Method getter, Object value) throws IOException {
            try {
                return getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IOException("Cannot read " + getter, e);
            }
        }

        private static String member(Method getter) {
            JsonProperty property = getter.getAnnotation(JsonProperty.class);
            return property != null ? property.value() : getter.getName();
        }
    }
}
