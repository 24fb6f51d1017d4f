package org.enforcement.commons.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits an expensive endpoint per court on top of the per-caller limit, so that many users (or tokens) of one
 * court together cannot keep the CPUs busy. The limit is {@code enforcement.rate-limit.per-court.<value>.*}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PerCourtRateLimit {

    /** Name of the limit in the configuration, e.g. {@code dispatch}. */
    String value();
}
