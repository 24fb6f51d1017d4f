package org.enforcement.commons.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Pushes the outbox to the subscriptions, one round per {@link #runOnce()}; every replica runs one, and they share
 * the work through the database alone:
 * <ol>
 * <li>enqueue: each active subscription's new events of its court and types become {@code webhook_delivery} rows;
 * UNIQUE(subscription, event) makes that happen once, whichever replica does it;</li>
 * <li>claim: due deliveries are taken with {@code FOR UPDATE SKIP LOCKED} and reserved for the lease, so no two
 * replicas send the same delivery at once;</li>
 * <li>send: signed POSTs, outside any transaction, in parallel, each bounded by the timeout;</li>
 * <li>record: the attempt in the append-only log, the delivery DELIVERED, or due again after the back-off, or
 * FAILED after the last; the subscription disabled after too many consecutive failures.</li>
 * </ol>
 * A receiver can still see an event twice (it answered after the timeout, or a replica died after sending): the
 * {@code webhook-id} is the event's id on every attempt, for it to deduplicate on.
 */
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    private final WebhookConfig config;
    private final Clock clock;
    private final WebhookQueue queue;
    private final WebhookSender sender;
    private final Disabling disabling;

    /**
     * Takes a webhook out of service once it failed too often, with its audit entry; called after the failure that
     * reached the limit committed. Idempotent: of several replicas seeing the limit, one disables and audits.
     */
    @FunctionalInterface
    public interface Disabling {
        void disableAfterFailures(UUID subscriptionId, int limit, String reason);
    }

    public WebhookWorker(DataSource dataSource, WebhookConfig config, ObjectMapper json, Clock clock,
                         Disabling disabling) {
        this.config = config;
        this.clock = clock;
        this.disabling = disabling;
        this.queue = new WebhookQueue(dataSource, config, json, clock);
        this.sender = new WebhookSender(config, clock);
    }

    /** One round: enqueue new events, then send what is due. Returns the number of attempts made. */
    public int runOnce() throws SQLException {
        queue.enqueue();
        List<DeliveryClaim> claims = queue.claim();
        List<CompletableFuture<Void>> sending = new ArrayList<>();
        for (DeliveryClaim claim : claims) {
            CompletableFuture<DeliveryOutcome> sent;
            try {
                sent = sender.send(claim);
            } catch (RuntimeException e) {
                // A request that cannot even be built is a failed attempt like any other, not a stopped round.
                sent = CompletableFuture.completedFuture(new DeliveryOutcome(clock.instant(), null,
                        "could not send: " + e.getClass().getSimpleName(), 0));
            }
            sending.add(sent.thenAccept(outcome -> record(claim, outcome)));
        }
        CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        for (CompletableFuture<Void> sent : sending) {
            if (sent.isCompletedExceptionally()) {
                try {
                    sent.join();
                } catch (CompletionException e) {
                    LOG.warnf("Could not record a webhook attempt (the lease expires and it is sent again): %s",
                            e.getCause().toString());
                }
            }
        }
        return claims.size();
    }

    /** Records the attempt; has the webhook disabled (its own transaction, audited) when it reached the limit. */
    private void record(DeliveryClaim claim, DeliveryOutcome outcome) {
        if (queue.record(claim, outcome)) {
            int limit = config.disableAfterFailures();
            disabling.disableAfterFailures(claim.subscriptionId(), limit,
                    WebhookQueue.truncate(limit + " consecutive failed attempts; the last: " + outcome.error()));
        }
    }
}
