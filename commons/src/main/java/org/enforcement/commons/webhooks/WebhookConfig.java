package org.enforcement.commons.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Webhook delivery settings (README "Webhooks"); defaults in commons' microprofile-config.properties. */
@ConfigMapping(prefix = "webhooks")
public interface WebhookConfig {

    /** Whether this service offers webhooks (read at build time: the resource and the worker exist only then). */
    @WithDefault("false")
    boolean enabled();

    /** How often a replica runs a delivery round, e.g. {@code 5s}; {@code off} in tests, which run rounds. */
    @WithDefault("5s")
    String deliverEvery();

    /** The event types this service publishes, which a subscription may choose from. */
    Optional<Set<String>> eventTypes();

    /** Waits between attempts: attempt n+1 follows attempt n after the n-th entry; after the last, FAILED. */
    List<Duration> retrySchedule();

    /** Consecutive failed attempts (any event) after which a subscription is disabled. */
    @WithDefault("20")
    int disableAfterFailures();

    /** How long a receiver may take to connect and answer. */
    @WithDefault("10s")
    Duration timeout();

    /** How long a claimed delivery stays reserved for the worker that claimed it (longer than a timeout). */
    @WithDefault("60s")
    Duration lease();

    /** Deliveries one worker claims per round, and outbox events it enqueues per subscription per round. */
    @WithDefault("50")
    int batchSize();

    /** Events one replay request re-sends at most; the answer says where to continue. */
    @WithDefault("500")
    int maxReplay();

    /** Subscriptions one court may have (not counting deleted ones). */
    @WithDefault("20")
    int maxSubscriptionsPerCourt();

    /**
     * Host names exempt from the private-address check (SSRF), e.g. {@code localhost} in tests and development.
     * Empty in production: a webhook may only reach public addresses.
     */
    Optional<Set<String>> allowedPrivateHosts();

    /** Whether {@code http://} URLs are accepted (tests and development only); production needs https. */
    @WithDefault("false")
    boolean allowHttp();
}
