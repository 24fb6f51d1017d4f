package org.enforcement.commons.idempotency;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a POST resource method idempotent per {@code Idempotency-Key} ({@link IdempotentInterceptor}). The method
 * returns a {@code Response} and declares the key as
 * {@code @HeaderParam(IdempotencyKeys.HEADER) String}; the scope is the caller's court and {@link #value()}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {

    /** The operation's name in the key's scope, e.g. {@code "record-payment"}. */
    @Nonbinding
    String value() default "";

    /** Whether every request must carry a key (400 {@code idempotency-key-required} otherwise). */
    @Nonbinding
    boolean required() default false;

    /** When only some requests must carry a key: decides from the method's arguments. */
    @Nonbinding
    Class<? extends KeyRequirement> requiredWhen() default KeyRequirement.Optional.class;

    /**
     * Implemented by a resource whose stored answers must be rendered again for whoever retries (names masked per
     * caller, the current state and ETag); without it the stored response is replayed as it was.
     */
    interface Replays {

        /** The answer to a duplicate of {@code operation}, from its stored response. */
        Response.ResponseBuilder replay(String operation, IdempotentRequests.StoredResponse stored);
    }

    /** Decides from a request's arguments whether it must carry a key (it creates money or an outcome). */
    interface KeyRequirement {

        boolean requiresKey(Object[] arguments);

        /** No request needs a key. */
        final class Optional implements KeyRequirement {
            @Override
            public boolean requiresKey(Object[] arguments) {
                return false;
            }
        }
    }
}
