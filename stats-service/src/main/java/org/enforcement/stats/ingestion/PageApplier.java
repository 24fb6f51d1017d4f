package org.enforcement.stats.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enforcement.stats.metrics.DailyMetrics;
import org.enforcement.stats.metrics.FeedEvent;
import org.enforcement.stats.metrics.MetricProjector;
import org.jboss.logging.Logger;

/**
 * Applies a page of a feed to the daily figures exactly once. The deltas are computed first, in memory
 * ({@link #project}); an event whose projection throws is set aside as a dead letter. Then, in the caller's one
 * transaction ({@link #apply}): {@code pg_try_advisory_xact_lock(feed)} (another replica holding it means this one
 * skips the feed), every other event id into {@code applied_event} with {@code ON CONFLICT DO NOTHING} (one
 * statement), the deltas of only the events actually inserted, summed per row (one upsert per table), and the cursor
 * (past the dead letters). A crash anywhere rolls all of it back;
 * a replay of events already applied changes nothing.
 */
@ApplicationScoped
public class PageApplier {

    private static final Logger LOG = Logger.getLogger(PageApplier.class);

    /**
     * A page whose deltas were computed: the events that could be projected, and those that failed; {@code sums}:
     * the deltas of every projected event summed per row, written as they are when none of them was applied before.
     */
    record Projected(Map<UUID, List<MetricProjector.Delta>> deltas, List<DeadLetters.Failure> failures,
                     DailyMetrics.Sums sums) {
    }

    enum Outcome { APPLIED, LOCKED, MOVED_ON }

    /** {@code next}: the cursor after the page (when applied). */
    record PageResult(Outcome outcome, int applied, long next) {
    }

    @Inject
    EntityManager em;

    @Inject
    MetricProjector projector;

    @Inject
    FeedCursors cursors;

    @Inject
    AppliedEvents appliedEvents;

    @Inject
    DailyMetrics dailyMetrics;

    /** The deltas of every event of the page, computed without touching the database; failures set aside. */
    Projected project(FeedPage page) {
        Map<UUID, List<MetricProjector.Delta>> deltas = new HashMap<>();
        List<DeadLetters.Failure> failures = new ArrayList<>();
        for (FeedEvent event : page.eventsOrEmpty()) {
            if (event.eventId() == null || event.type() == null) {
                continue;
            }
            try {
                deltas.put(event.eventId(), projector.deltas(event));
            } catch (RuntimeException e) {
                String reason = reason(e);
                LOG.warnf("Event %s (%s, #%d) cannot be applied, kept as a dead letter: %s", event.eventId(),
                        event.type(), event.id(), reason);
                failures.add(new DeadLetters.Failure(event, reason));
            }
        }
        List<MetricProjector.Delta> all = new ArrayList<>();
        deltas.values().forEach(all::addAll);
        return new Projected(deltas, failures, DailyMetrics.sum(all));
    }

    /** Why a projection failed, in words fit for an operator (no stack trace). */
    static String reason(RuntimeException e) {
        if (e instanceof MetricProjector.UnprojectableEvent) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Applies the page read after {@code cursor}, in the caller's transaction (see the class comment). */
    PageResult apply(Feed feed, long cursor, FeedPage page, Projected projected) {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, feed.lockKey()).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new PageResult(Outcome.LOCKED, 0, cursor);
        }
        // The connections plan every query for its parameters (application.properties: reads need it); the few
        // statements of a page, thousands of times over, do best with the plans PostgreSQL caches (BENCHMARK.md).
        em.createNativeQuery("SET LOCAL plan_cache_mode = auto").executeUpdate();
        FeedCursors.CursorState state = cursors.stateOf(feed);
        if (state.cursor() != cursor || state.divergedReason() != null) {
            // Another replica applied this page while we were reading it, or stopped (or rebuilt) the feed.
            return new PageResult(Outcome.MOVED_ON, 0, cursor);
        }
        // The events that can be applied, recorded as applied in one statement; the deltas of those recorded now
        // (not a replay) summed and written in one statement per table.
        List<FeedEvent> applicable = new ArrayList<>();
        for (FeedEvent event : page.eventsOrEmpty()) {
            if (event.eventId() != null && projected.deltas().containsKey(event.eventId())) {
                applicable.add(event); // no id, or a dead letter: the cursor passes it
            }
        }
        Set<UUID> fresh = appliedEvents.firstTimes(feed.key(), applicable);
        int applied = fresh.size();
        if (applied == projected.deltas().size()) {
            // Every event of the page is new (the usual case): its deltas were summed as it was read.
            dailyMetrics.add(feed.key(), projected.sums());
        } else {
            List<MetricProjector.Delta> deltas = new ArrayList<>();
            for (FeedEvent event : applicable) {
                if (fresh.remove(event.eventId())) {
                    deltas.addAll(projected.deltas().get(event.eventId()));
                }
            }
            projector.write(feed.key(), deltas);
        }
        long next = nextCursor(cursor, page);
        if (applied > 0) {
            // An event of an old dead letter that now applies (a replay after a fix) is no longer a dead letter.
            em.createNativeQuery("DELETE FROM dead_letter_event d WHERE d.feed = ?1 AND d.feed_position > ?2"
                            + " AND d.feed_position <= ?3"
                            + " AND EXISTS (SELECT 1 FROM applied_event a WHERE a.event_id = d.event_id)")
                    .setParameter(1, feed.key()).setParameter(2, cursor).setParameter(3, next).executeUpdate();
        }
        // A source that does not report its head leaves the stored one; one that does cannot be behind our cursor.
        Long head = page.head() == null ? null : Math.max(page.head(), next);
        cursors.advance(feed, next, applied, head, eventAt(next, cursor, state.eventUuid(), page));
        return new PageResult(Outcome.APPLIED, applied, next);
    }

    /** Where the cursor stands once the page read after {@code cursor} is applied (known before it is). */
    static long nextCursor(long cursor, FeedPage page) {
        long last = cursor;
        for (FeedEvent event : page.eventsOrEmpty()) {
            last = Math.max(last, event.id());
        }
        return page.eventsOrEmpty().isEmpty() ? cursor : Math.max(last, page.nextPosition());
    }

    /** The event now at the cursor position, to notice when the source later holds another one there. */
    private static UUID eventAt(long next, long cursor, UUID atCursor, FeedPage page) {
        if (next == cursor) {
            return atCursor;
        }
        UUID found = null;
        for (FeedEvent event : page.eventsOrEmpty()) {
            if (event.id() == next) {
                found = event.eventId();
            }
        }
        return found;
    }
}
