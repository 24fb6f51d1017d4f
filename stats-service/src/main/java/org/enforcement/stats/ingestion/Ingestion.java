package org.enforcement.stats.ingestion;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enforcement.stats.metrics.DailyMetrics;
import org.jboss.logging.Logger;

/**
 * Reads the event feeds of case-service and operation-service and applies them to the daily figures exactly once:
 * the coordinator of {@link FeedReader} (pages, a source gone backwards), {@link PageApplier} (a page, once, in one
 * transaction), {@link DeadLetters} and {@link FeedCursors}. A feed that fails keeps its cursor and records the error;
 * the other feed is read regardless.
 *
 * <p>A source that goes backwards ({@link Divergence}) is checked at each poll; such a feed is marked DIVERGED and no
 * longer read (readiness DOWN) until {@link #rebuild(Feed)} forgets its contributions and reads the source again
 * from the start.
 */
@ApplicationScoped
public class Ingestion {

    private static final Logger LOG = Logger.getLogger(Ingestion.class);
    private static final int MAX_ERROR_LENGTH = 500;
    /** How a poll of a stopped feed answers, before the reason. */
    static final String DIVERGED = "Diverged: ";

    /** What one poll of one feed did. */
    public record PollResult(Feed feed, int pages, int applied, int deadLettered, String error) {
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Inject
    FeedReader reader;

    @Inject
    PageApplier applier;

    @Inject
    FeedCursors cursors;

    @Inject
    FeedGauges gauges;

    @Inject
    DeadLetters deadLetters;

    @Inject
    DailyMetrics dailyMetrics;

    @ConfigProperty(name = "stats.ingest.page-size", defaultValue = "500")
    int pageSize;

    @ConfigProperty(name = "stats.ingest.max-pages", defaultValue = "20")
    int maxPages;

    void registerGauges(@Observes StartupEvent start) {
        gauges.register();
        refreshGauges();
    }

    @Scheduled(identity = "stats-ingest", every = "${stats.ingest.poll-every}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        pollOnce();
    }

    /** Polls every feed once (up to {@code stats.ingest.max-pages} pages each), synchronously. */
    public Map<Feed, PollResult> pollOnce() {
        Map<Feed, PollResult> results = new EnumMap<>(Feed.class);
        for (Feed feed : Feed.values()) {
            results.put(feed, poll(feed));
        }
        refreshGauges();
        return results;
    }

    /** Sets the gauges from the stored cursors; a database that cannot be read leaves them as they were. */
    void refreshGauges() {
        try {
            gauges.show(status());
        } catch (RuntimeException e) {
            LOG.debugf("Feed gauges not refreshed: %s", e.getMessage());
        }
    }

    PollResult poll(Feed feed) {
        int pages = 0;
        int applied = 0;
        int deadLettered = 0;
        try {
            FeedCursors.CursorState state = QuarkusTransaction.requiringNew().call(() -> cursors.stateOf(feed));
            if (state.divergedReason() != null) {
                // Stopped until rebuilt: nothing more of this source is applied.
                return new PollResult(feed, 0, 0, 0, DIVERGED + state.divergedReason());
            }
            Divergence divergence = reader.wentBackwards(feed, state);
            // Where the feed stands: as stored, then where each page applied left it (its transaction checks it).
            long cursor = state.cursor();
            // The next page, read and projected while this one is applied (dropped when the cursor did not go
            // where expected).
            CompletableFuture<PageRead> next = null;
            long nextAfter = -1;
            while (divergence == null && pages < maxPages) {
                PageRead read = next != null && nextAfter == cursor ? FeedReader.await(next) : read(feed, cursor);
                next = null;
                FeedPage page = read.page();
                divergence = Divergence.headBelowCursor(cursor, page);
                if (divergence != null) {
                    break;
                }
                if (page.hasMore() && !page.eventsOrEmpty().isEmpty() && pages + 1 < maxPages) {
                    long after = PageApplier.nextCursor(cursor, page);
                    nextAfter = after;
                    next = reader.ahead(() -> read(feed, after));
                }
                PageApplier.Projected projected = read.projected();
                deadLettered += deadLetters.record(feed, projected.failures());
                long readAfter = cursor;
                PageApplier.PageResult result = QuarkusTransaction.requiringNew()
                        .call(() -> applier.apply(feed, readAfter, page, projected));
                if (result.outcome() != PageApplier.Outcome.APPLIED) {
                    break;
                }
                cursor = result.next();
                pages++;
                applied += result.applied();
                if (!page.hasMore() || page.eventsOrEmpty().isEmpty()) {
                    break;
                }
            }
            registry.counter("stats_ingest_events_applied", "feed", feed.key()).increment(applied);
            if (divergence != null) {
                stop(feed, divergence);
                return new PollResult(feed, pages, applied, deadLettered, DIVERGED + divergence.reason());
            }
            return new PollResult(feed, pages, applied, deadLettered, null);
        } catch (RuntimeException e) {
            registry.counter("stats_ingest_events_applied", "feed", feed.key()).increment(applied);
            registry.counter("stats_ingest_poll_failures", "feed", feed.key()).increment();
            String error = describe(feed, e);
            LOG.warnf("Reading the %s feed failed, keeping its cursor: %s", feed.key(), error);
            QuarkusTransaction.requiringNew().run(() -> cursors.recordError(feed, error));
            return new PollResult(feed, pages, applied, deadLettered, error);
        }
    }

    /** A page and its deltas, computed without the database. */
    private record PageRead(FeedPage page, PageApplier.Projected projected) {
    }

    private PageRead read(Feed feed, long cursor) {
        FeedPage page = reader.read(feed, cursor, pageSize);
        return new PageRead(page, applier.project(page));
    }

    /** Marks the feed DIVERGED (once: the replica that marks it logs it) and stops reading it. */
    private void stop(Feed feed, Divergence divergence) {
        String reason = truncate(divergence.reason(), MAX_ERROR_LENGTH);
        boolean marked = QuarkusTransaction.requiringNew()
                .call(() -> cursors.markDiverged(feed, reason, divergence.head()));
        if (marked) {
            registry.counter("stats_feed_divergences", "feed", feed.key()).increment();
            LOG.errorf("The %s feed went backwards (source restored from an older backup?): %s. Stopped reading it;"
                    + " its figures stay as they were until POST /api/ingestion/%s/rebuild.", feed.key(), reason,
                    feed.key());
        }
    }

    /**
     * Forgets everything {@code feed} contributed, in one transaction: its figures in daily_metric, its applied
     * events and dead letters; sets its cursor to 0 and clears a divergence, so the next polls read the source
     * again from its start. Waits for a page of that feed being applied to commit first.
     */
    public RebuildResult rebuild(Feed feed) {
        RebuildResult result = QuarkusTransaction.requiringNew().call(() -> {
            // Waits for a replica applying a page of this feed (pg_try_advisory_xact_lock there) to commit.
            em.createNativeQuery("SELECT COUNT(*) FROM pg_advisory_xact_lock(?1)").setParameter(1, feed.lockKey())
                    .getSingleResult();
            long previous = cursors.cursorOf(feed);
            int figures = dailyMetrics.removeFeed(feed.key());
            int events = em.createNativeQuery("DELETE FROM applied_event WHERE feed = ?1")
                    .setParameter(1, feed.key()).executeUpdate();
            int letters = em.createNativeQuery("DELETE FROM dead_letter_event WHERE feed = ?1")
                    .setParameter(1, feed.key()).executeUpdate();
            cursors.reset(feed);
            return new RebuildResult(feed.key(), previous, figures, events, letters);
        });
        LOG.warnf("The %s feed is rebuilt from its source: cursor %d -> 0, %d figure rows, %d applied events and %d"
                        + " dead letters removed", feed.key(), result.previousCursor(), result.figureRowsRemoved(),
                result.eventsForgotten(), result.deadLettersRemoved());
        refreshGauges();
        return result;
    }

    /** The feeds' cursors and last results, for {@code GET /api/ingestion}. */
    public IngestionStatus status() {
        return QuarkusTransaction.requiringNew().call(() -> cursors.status(clock.instant()));
    }

    private static String describe(Feed feed, RuntimeException e) {
        String source = feed.key() + "-service";
        if (e instanceof WebApplicationException web && web.getResponse() != null) {
            return "HTTP " + web.getResponse().getStatus() + " from " + source;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String prefix = e instanceof ProcessingException ? source + " unreachable: " : "Failed to apply " + source
                + " events: ";
        return truncate(prefix + message, MAX_ERROR_LENGTH);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
