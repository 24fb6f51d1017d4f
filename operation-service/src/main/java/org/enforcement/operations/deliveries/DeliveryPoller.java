package org.enforcement.operations.deliveries;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.enforcement.operations.config.OperationConfig;
import org.jboss.logging.Logger;

/**
 * Sends pending deliveries to case-service. Safe with several replicas: each delivery is claimed in its own short
 * transaction under {@code FOR UPDATE SKIP LOCKED} with a lease (so two pollers never send one delivery at the
 * same time), case-service is called with no transaction open, and the answer is recorded in another short
 * transaction. case-service deduplicates by the Idempotency-Key, so an attempt whose answer was lost (timeout,
 * crash) and is sent again is recorded once.
 */
@ApplicationScoped
public class DeliveryPoller {

    private static final Logger LOG = Logger.getLogger(DeliveryPoller.class);

    /**
     * How long a claimed delivery is reserved for its attempt: well above the REST client's timeouts for the two
     * calls an attempt may make (a case lookup and the delivery).
     */
    static final Duration LEASE = Duration.ofSeconds(60);
    /** Wait after the first failed attempt; it doubles with every further attempt, up to max-backoff. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    /** Deliveries one pass sends at most (the next pass continues). */
    static final int BATCH = 100;

    @Inject
    DeliveryStore store;

    @Inject
    DeliverySender sender;

    @Inject
    OperationConfig config;

    @Scheduled(identity = "outcome-deliveries", every = "${operation.delivery.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            pollOnce();
        } catch (RuntimeException e) {
            LOG.error("Delivery poll pass failed; the next pass continues", e);
        }
    }

    /**
     * One pass over the due deliveries of every court, synchronously; returns how many attempts it made. Never
     * call it inside a transaction: case-service is called between the pass's own short transactions.
     */
    @Transactional(Transactional.TxType.NEVER)
    public int pollOnce() {
        return pollOnce(null);
    }

    /** One pass over the due deliveries of one court (every court when null), synchronously. */
    @Transactional(Transactional.TxType.NEVER)
    public int pollOnce(String court) {
        int attempts = 0;
        while (attempts < BATCH) {
            Claim claim = store.claimNext(court, LEASE);
            if (claim == null) {
                break;
            }
            attempts++;
            attempt(claim);
        }
        return attempts;
    }

    private void attempt(Claim claim) {
        DeliverySender.Outcome outcome;
        try {
            outcome = sender.send(claim);
        } catch (RuntimeException e) {
            outcome = new DeliverySender.Retry(null, DeliverySender.transportError(e));
        }
        if (outcome instanceof DeliverySender.Delivered d) {
            store.delivered(claim, d.status(), d.location(), d.summary());
        } else if (outcome instanceof DeliverySender.Retry r) {
            Duration wait = backoff(claim.attempts(), config.delivery().maxBackoff());
            LOG.infof("Delivery %s (%s) attempt %d failed (%s); retrying in %s", claim.id(), claim.kind(),
                    claim.attempts(), r.status() == null ? "no answer" : "HTTP " + r.status(), wait);
            store.retryLater(claim, r.status(), r.error(), wait);
        } else if (outcome instanceof DeliverySender.Failed f) {
            LOG.warnf("Delivery %s (%s) refused by case-service (%s); it needs an operator", claim.id(),
                    claim.kind(), f.status() == null ? "no respondent" : "HTTP " + f.status());
            store.failed(claim, f.status(), f.error());
        }
        // Abandoned: the lease was taken over, and the newer attempt records the outcome.
    }

    /** 2 s, 4 s, 8 s, … after attempts 1, 2, 3, …, never more than {@code max}. */
    static Duration backoff(int attempts, Duration max) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
