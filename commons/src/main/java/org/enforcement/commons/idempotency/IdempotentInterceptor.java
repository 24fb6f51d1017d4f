package org.enforcement.commons.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.enforcement.commons.http.Json;
import org.enforcement.commons.security.Caller;

/**
 * The one place where a request with an Idempotency-Key runs at most once: it claims the key, runs the resource
 * method in the same new transaction, stores the serialized response there and replays it to later duplicates
 * (header {@code Idempotent-Replayed: true}). Without a key, where none is required, the method simply runs in its
 * own transaction. Runs after Bean Validation, so a malformed request never touches a key.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class IdempotentInterceptor {

    @Inject
    IdempotentRequests requests;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    /** What the interceptor reads of a method, read once per method rather than by reflection on every request. */
    private static final ConcurrentMap<Method, Target> TARGETS = new ConcurrentHashMap<>();

    @AroundInvoke
    Object once(InvocationContext ctx) throws Exception {
        Target target = TARGETS.computeIfAbsent(ctx.getMethod(), Target::of);
        Idempotent binding = target.binding();
        Object[] arguments = ctx.getParameters();
        String rawKey = (String) arguments[target.keyIndex()];
        boolean required = binding.required() || target.requirement().requiresKey(arguments);
        if (rawKey == null && !required) {
            return QuarkusTransaction.requiringNew().call(ctx::proceed);
        }
        String key = IdempotencyKeys.requireKey(rawKey);
        String scope = caller.court() + " " + binding.value();
        IdempotentRequests.StoredResponse stored = requests.execute(scope, key,
                IdempotentRequests.fingerprint(meaning(target, arguments)), () -> {
                    Response response = proceed(ctx);
                    URI location = response.getLocation();
                    return new IdempotentRequests.StoredResponse(response.getStatus(), json(response.getEntity()),
                            location == null ? null : location.toString(), false, response);
                });
        if (!stored.replayed()) {
            return asStored(stored);
        }
        if (ctx.getTarget() instanceof Idempotent.Replays replays) {
            return replays.replay(binding.value(), stored).header(IdempotencyKeys.REPLAYED_HEADER, "true").build();
        }
        var replay = Response.status(stored.status()).type(MediaType.APPLICATION_JSON).entity(stored.body())
                .header(IdempotencyKeys.REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            replay.location(URI.create(stored.location()));
        }
        return replay.build();
    }

    /**
     * The fresh response with the JSON just stored as its body: the same bytes a replay gets, and the entity is not
     * serialised a second time (issue 18). A response that is not JSON is answered as it is.
     */
    private static Response asStored(IdempotentRequests.StoredResponse stored) {
        Response fresh = stored.fresh();
        Object entity = fresh.getEntity();
        MediaType type = fresh.getMediaType();
        if (entity == null || entity instanceof String || stored.body() == null
                || (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
            return fresh;
        }
        return Response.fromResponse(fresh).entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The binding, where the key is and which parameters carry the request's meaning, of one method. */
    private record Target(Idempotent binding, Idempotent.KeyRequirement requirement, int keyIndex,
                          String[] meaningNames) {

        static Target of(Method method) {
            Idempotent binding = method.getAnnotation(Idempotent.class);
            if (binding == null) {
                binding = method.getDeclaringClass().getAnnotation(Idempotent.class);
            }
            Idempotent.KeyRequirement requirement;
            try {
                requirement = binding.requiredWhen().getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(binding.requiredWhen() + " cannot be instantiated", e);
            }
            Parameter[] parameters = method.getParameters();
            String[] names = new String[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                Parameter p = parameters[i];
                if (p.isAnnotationPresent(PathParam.class)) {
                    names[i] = "path:" + p.getAnnotation(PathParam.class).value();
                } else if (p.isAnnotationPresent(QueryParam.class)) {
                    names[i] = "query:" + p.getAnnotation(QueryParam.class).value();
                } else if (!jaxRsAnnotated(p)) {
                    names[i] = "body";
                }
            }
            return new Target(binding, requirement, IdempotentInterceptor.keyIndex(method), names);
        }
    }

    private static Response proceed(InvocationContext ctx) {
        try {
            return (Response) ctx.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object entity) {
        if (entity == null || entity instanceof String) {
            return (String) entity;
        }
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int keyIndex(Method method) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            HeaderParam header = parameters[i].getAnnotation(HeaderParam.class);
            if (header != null && IdempotencyKeys.HEADER.equalsIgnoreCase(header.value())) {
                return i;
            }
        }
        throw new IllegalStateException(method + " is @Idempotent but has no @HeaderParam(\"Idempotency-Key\")");
    }

    /** What the request means: its path and query values and its body, amounts compared by value. */
    private static Map<String, Object> meaning(Target target, Object[] arguments) {
        Map<String, Object> meaning = new TreeMap<>();
        String[] names = target.meaningNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                continue;
            }
            meaning.put(names[i], names[i].equals("body") ? normalised(Json.CANONICAL.valueToTree(arguments[i]))
                    : String.valueOf(arguments[i]));
        }
        return meaning;
    }

    private static boolean jaxRsAnnotated(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            if (a instanceof HeaderParam || a instanceof Context
                    || a.annotationType().getPackageName().startsWith("jakarta.ws.rs")) {
                return true;
            }
        }
        return false;
    }

    /** Objects with sorted keys, numbers as their plain value: 20000 and 20000.00 are one amount. */
    private static Object normalised(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> object = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                if (!field.getValue().isNull()) {
                    object.put(field.getKey(), normalised(field.getValue()));
                }
            }
            return object;
        }
        if (node.isArray()) {
            List<Object> array = new ArrayList<>();
            node.forEach(element -> array.add(normalised(element)));
            return array;
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }
}
