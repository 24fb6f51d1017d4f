package org.enforcement.stats.ingestion;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.enforcement.commons.security.ServiceAccount;
import org.enforcement.stats.metrics.DailyMetrics;
import org.enforcement.stats.metrics.MetricProjector;
import org.jboss.logging.Logger;

/**
 * Reads the event feeds of case-service and operation-service and applies them to the aggregates exactly once.
 *
 * <p>The metric deltas of a page are computed first, in memory. An event whose projection throws (a malformed
 * payload, a bug) is stored as a dead letter in a small transaction of its own and left out of the page. Then the
 * page is applied in one transaction that takes {@code pg_try_advisory_xact_lock(feed)} (another replica holding it
 * means this one skips the feed), inserts every other event id into {@code applied_event} with
 * {@code ON CONFLICT DO NOTHING}, writes the deltas of only the events actually inserted, and stores the cursor
 * (past the dead letters) and the source's head. A database failure or crash anywhere in it rolls all of it back,
 * and a replay of events already applied changes nothing. A feed that fails keeps its cursor and records the
 * error; the other feed is read regardless.
 *
 * <p>A source that goes backwards (restored from an older backup: its head below our cursor, or another event at
 * the cursor position than the one applied there) would leave figures of events that no longer exist and a lag of
 * 0. Each poll checks both; such a feed is marked DIVERGED and no longer read (readiness DOWN) until
 * {@link #rebuild(Feed)} forgets its contributions and reads the source again from the start.
 */
@ApplicationScoped
public class Ingestion {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(Ingestion.class);
    private static final int MAX_ERROR_LENGTH = 500;
    /** How a poll of a stopped feed answers, before the reason. */
    static final String DIVERGED = "Diverged: ";

    /** What one poll of one feed did. */
    public record PollResult(Feed feed, int pages, int applied, int deadLettered, String error) {
    }

    /** A page whose deltas were computed: the events that could be projected, and those that failed. */
    private record Projected(Map<UUID, List<MetricProjector.Delta>> deltas, List<DeadLetters.Failure> failures) {
    }

    private enum Outcome { APPLIED, LOCKED, MOVED_ON }

    private record PageResult(Outcome outcome, int applied) {
    }

    @Inject
    EntityManager em;

    @Inject
    MetricProjector projector;

    @Inject
    ServiceAccount serviceAccount;

    @Inject
    MeterRegistry registry;

    @Inject
    DeadLetters deadLetters;

    @Inject
    DailyMetrics dailyMetrics;

    @Inject
    @RestClient
    CaseFeedClient caseFeed;

    @Inject
    @RestClient
    OperationFeedClient operationFeed;

    @ConfigProperty(name = "stats.ingest.page-size", defaultValue = "200")
    int pageSize;

    @ConfigProperty(name = "stats.ingest.max-pages", defaultValue = "20")
    int maxPages;

    /**
     * Per feed: the values of the gauges stats_feed_lag_events, stats_feed_cursor, stats_dead_letters and
     * stats_feed_diverged (1 while the feed is stopped because its source went backwards).
     */
    private final Map<Feed, AtomicLong> lagGauges = new EnumMap<>(Feed.class);
    private final Map<Feed, AtomicLong> cursorGauges = new EnumMap<>(Feed.class);
    private final Map<Feed, AtomicLong> deadLetterGauges = new EnumMap<>(Feed.class);
    private final Map<Feed, AtomicLong> divergedGauges = new EnumMap<>(Feed.class);

    void registerGauges(@Observes StartupEvent start) {
        for (Feed feed : Feed.values()) {
            lagGauges.put(feed, registry.gauge("stats_feed_lag_events", Tags.of("feed", feed.key()),
                    new AtomicLong()));
            cursorGauges.put(feed, registry.gauge("stats_feed_cursor", Tags.of("feed", feed.key()),
                    new AtomicLong()));
            deadLetterGauges.put(feed, registry.gauge("stats_dead_letters", Tags.of("feed", feed.key()),
                    new AtomicLong()));
            divergedGauges.put(feed, registry.gauge("stats_feed_diverged", Tags.of("feed", feed.key()),
                    new AtomicLong()));
        }
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
            for (FeedStatus status : status().feeds()) {
                Feed feed = Feed.valueOf(status.feed().toUpperCase(java.util.Locale.ROOT));
                set(lagGauges, feed, status.lagEvents() == null ? 0 : status.lagEvents());
                set(cursorGauges, feed, status.lastEventId());
                set(deadLetterGauges, feed, status.deadLetters());
                set(divergedGauges, feed, FeedStatus.DIVERGED.equals(status.state()) ? 1 : 0);
            }
        } catch (RuntimeException e) {
            LOG.debugf("Feed gauges not refreshed: %s", e.getMessage());
        }
    }

    private static void set(Map<Feed, AtomicLong> gauges, Feed feed, long value) {
        AtomicLong gauge = gauges.get(feed);
        if (gauge != null) {
            gauge.set(value);
        }
    }

    PollResult poll(Feed feed) {
        int pages = 0;
        int applied = 0;
        int deadLettered = 0;
        try {
            CursorState state = QuarkusTransaction.requiringNew().call(() -> stateOf(feed));
            if (state.divergedReason() != null) {
                // Stopped until rebuilt: nothing more of this source is applied.
                return new PollResult(feed, 0, 0, 0, DIVERGED + state.divergedReason());
            }
            Divergence divergence = divergence(feed, state);
            while (divergence == null && pages < maxPages) {
                long cursor = QuarkusTransaction.requiringNew().call(() -> cursorOf(feed));
                FeedPage page = fetch(feed, cursor, Math.min(pageSize, 500)); // the feeds' largest page
                if (page.head() != null && page.head() < cursor) {
                    divergence = new Divergence(cursor, page.head(), "source head " + page.head()
                            + " is below cursor " + cursor);
                    break;
                }
                Projected projected = project(page);
                deadLettered += deadLetters.record(feed, projected.failures());
                PageResult result = QuarkusTransaction.requiringNew()
                        .call(() -> applyPage(feed, cursor, page, projected));
                if (result.outcome() != Outcome.APPLIED) {
                    break;
                }
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
            QuarkusTransaction.requiringNew().run(() -> recordError(feed, error));
            return new PollResult(feed, pages, applied, deadLettered, error);
        }
    }

    /**
     * Whether the source went backwards (a database restored from an older backup): its head below our cursor, or
     * the event at the cursor position no longer the one applied there. Re-reads that one event with the feed's
     * own paging ({@code after = cursor - 1, limit = 1}); null when the source still holds what was applied.
     */
    private Divergence divergence(Feed feed, CursorState state) {
        if (state.cursor() == 0 || state.eventUuid() == null) {
            return null; // nothing to compare (the page read still checks the head)
        }
        FeedPage check = fetch(feed, state.cursor() - 1, 1);
        FeedEvent at = check.eventsOrEmpty().isEmpty() ? null : check.eventsOrEmpty().get(0);
        String found = at == null || at.id() != state.cursor() ? "none" : String.valueOf(at.eventId());
        String head = check.head() == null ? "unknown" : check.head().toString();
        if (check.head() != null && check.head() < state.cursor()) {
            return new Divergence(state.cursor(), check.head(), "source head " + head + " is below cursor "
                    + state.cursor() + "; expected event " + state.eventUuid() + " at " + state.cursor()
                    + ", found " + found);
        }
        if (!state.eventUuid().toString().equals(found)) {
            return new Divergence(state.cursor(), check.head(), "event at cursor " + state.cursor() + " (head "
                    + head + ") is " + found + ", expected " + state.eventUuid());
        }
        return null;
    }

    /** Marks the feed DIVERGED (once: the replica that marks it logs it) and stops reading it. */
    private void stop(Feed feed, Divergence divergence) {
        String reason = truncate(divergence.reason(), MAX_ERROR_LENGTH);
        int marked = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("UPDATE feed_cursor"
                        + " SET diverged_at = now(), diverged_reason = ?1, last_polled_at = now(),"
                        + " head_event_id = COALESCE(?2, head_event_id) WHERE feed = ?3 AND diverged_at IS NULL")
                .setParameter(1, reason)
                .unwrap(org.hibernate.query.Query.class)
                .setParameter(2, divergence.head(), Long.class)
                .setParameter(3, feed.key())
                .executeUpdate());
        if (marked == 1) {
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
            long previous = cursorOf(feed);
            int figures = dailyMetrics.removeFeed(feed.key());
            int events = em.createNativeQuery("DELETE FROM applied_event WHERE feed = ?1")
                    .setParameter(1, feed.key()).executeUpdate();
            int letters = em.createNativeQuery("DELETE FROM dead_letter_event WHERE feed = ?1")
                    .setParameter(1, feed.key()).executeUpdate();
            em.createNativeQuery("UPDATE feed_cursor SET last_event_id = 0, cursor_event_uuid = NULL,"
                            + " events_applied = 0, head_event_id = NULL, last_error = NULL, diverged_at = NULL,"
                            + " diverged_reason = NULL WHERE feed = ?1")
                    .setParameter(1, feed.key()).executeUpdate();
            return new RebuildResult(feed.key(), previous, figures, events, letters);
        });
        LOG.warnf("The %s feed is rebuilt from its source: cursor %d -> 0, %d figure rows, %d applied events and %d"
                        + " dead letters removed", feed.key(), result.previousCursor(), result.figureRowsRemoved(),
                result.eventsForgotten(), result.deadLettersRemoved());
        refreshGauges();
        return result;
    }

    private FeedPage fetch(Feed feed, long cursor, int limit) {
        String authorization = "Bearer " + serviceAccount.accessToken();
        FeedPage page = switch (feed) {
            case CASE -> caseFeed.read(authorization, Long.toString(cursor), limit);
            case OPERATION -> operationFeed.read(authorization, Long.toString(cursor), limit);
        };
        if (page == null) {
            throw new IllegalStateException("empty answer");
        }
        return page;
    }

    /** The deltas of every event of the page, computed without touching the database; failures set aside. */
    private Projected project(FeedPage page) {
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
        return new Projected(deltas, failures);
    }

    /** Why a projection failed, in words fit for an operator (no stack trace). */
    static String reason(RuntimeException e) {
        if (e instanceof MetricProjector.UnprojectableEvent) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private PageResult applyPage(Feed feed, long cursor, FeedPage page, Projected projected) {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, feed.lockKey()).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new PageResult(Outcome.LOCKED, 0);
        }
        // The connections plan every query for its parameters (application.properties: reads need it); the few
        // statements of a page, thousands of times over, do best with the plans PostgreSQL caches (BENCHMARK.md).
        em.createNativeQuery("SET LOCAL plan_cache_mode = auto").executeUpdate();
        CursorState state = stateOf(feed);
        if (state.cursor() != cursor || state.divergedReason() != null) {
            // Another replica applied this page while we were reading it, or stopped (or rebuilt) the feed.
            return new PageResult(Outcome.MOVED_ON, 0);
        }
        int applied = 0;
        long last = cursor;
        for (FeedEvent event : page.eventsOrEmpty()) {
            last = Math.max(last, event.id());
            List<MetricProjector.Delta> deltas = event.eventId() == null ? null
                    : projected.deltas().get(event.eventId());
            if (deltas == null) {
                continue; // no id, or a dead letter: the cursor passes it
            }
            int inserted = em.createNativeQuery("INSERT INTO applied_event (event_id, feed, type, applied_at)"
                            + " VALUES (CAST(?1 AS uuid), ?2, ?3, now()) ON CONFLICT (event_id) DO NOTHING")
                    .setParameter(1, event.eventId().toString())
                    .setParameter(2, feed.key())
                    .setParameter(3, truncate(event.type(), 64))
                    .executeUpdate();
            if (inserted == 1) {
                projector.write(feed.key(), deltas);
                applied++;
            }
        }
        long next = page.eventsOrEmpty().isEmpty() ? cursor : Math.max(last, page.nextPosition());
        // The event now at the cursor position, to notice when the source later holds another one there.
        UUID atCursor = state.eventUuid();
        if (next != cursor) {
            atCursor = null;
            for (FeedEvent event : page.eventsOrEmpty()) {
                if (event.id() == next) {
                    atCursor = event.eventId();
                }
            }
        }
        if (applied > 0) {
            // An event of an old dead letter that now applies (a replay after a fix) is no longer a dead letter.
            em.createNativeQuery("DELETE FROM dead_letter_event d WHERE d.feed = ?1 AND d.feed_position > ?2"
                            + " AND d.feed_position <= ?3"
                            + " AND EXISTS (SELECT 1 FROM applied_event a WHERE a.event_id = d.event_id)")
                    .setParameter(1, feed.key()).setParameter(2, cursor).setParameter(3, next).executeUpdate();
        }
        // A source that does not report its head leaves the stored one; one that does cannot be behind our cursor.
        Long head = page.head() == null ? null : Math.max(page.head(), next);
        em.createNativeQuery("UPDATE feed_cursor SET last_event_id = ?1, last_polled_at = now(),"
                        + " last_success_at = now(), last_error = NULL, events_applied = events_applied + ?2,"
                        + " head_event_id = COALESCE(?4, head_event_id), cursor_event_uuid = CAST(?5 AS uuid)"
                        + " WHERE feed = ?3")
                .setParameter(1, next)
                .setParameter(2, applied)
                .setParameter(3, feed.key())
                .unwrap(org.hibernate.query.Query.class)
                .setParameter(4, head, Long.class)
                .setParameter(5, atCursor == null ? null : atCursor.toString(), String.class)
                .executeUpdate();
        return new PageResult(Outcome.APPLIED, applied);
    }

    /** A feed's cursor, the eventId of the event there (null: unknown) and why it diverged (null: it did not). */
    private record CursorState(long cursor, UUID eventUuid, String divergedReason) {
    }

    /** How the source went backwards: our cursor, its head (null: not reported) and the words for operators. */
    private record Divergence(long cursor, Long head, String reason) {
    }

    private CursorState stateOf(Feed feed) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT last_event_id, CAST(cursor_event_uuid AS text),"
                + " diverged_reason FROM feed_cursor WHERE feed = ?1").setParameter(1, feed.key()).getSingleResult();
        return new CursorState(((Number) row[0]).longValue(), row[1] == null ? null : UUID.fromString((String) row[1]),
                (String) row[2]);
    }

    private long cursorOf(Feed feed) {
        Number cursor = (Number) em.createNativeQuery("SELECT last_event_id FROM feed_cursor WHERE feed = ?1")
                .setParameter(1, feed.key()).getSingleResult();
        return cursor.longValue();
    }

    private void recordError(Feed feed, String error) {
        em.createNativeQuery("UPDATE feed_cursor SET last_polled_at = now(), last_error = ?1 WHERE feed = ?2")
                .setParameter(1, error).setParameter(2, feed.key()).executeUpdate();
    }

    /** The feeds' cursors and last results, for {@code GET /api/ingestion}. */
    public IngestionStatus status() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT c.feed, c.last_event_id, c.events_applied,"
                    + " c.last_polled_at, c.last_success_at, c.last_error, c.head_event_id,"
                    + " (SELECT COUNT(*) FROM dead_letter_event d WHERE d.feed = c.feed), c.diverged_at,"
                    + " c.diverged_reason"
                    + " FROM feed_cursor c ORDER BY c.feed").getResultList();
            Instant now = clock.instant();
            List<FeedStatus> feeds = new ArrayList<>();
            long deadLetterTotal = 0;
            for (Object[] row : rows) {
                long last = ((Number) row[1]).longValue();
                Instant success = instant(row[4]);
                Long head = row[6] == null ? null : ((Number) row[6]).longValue();
                long dead = ((Number) row[7]).longValue();
                deadLetterTotal += dead;
                String divergedReason = (String) row[9];
                String state = divergedReason != null ? FeedStatus.DIVERGED
                        : row[5] != null ? FeedStatus.FAILING : FeedStatus.OK;
                feeds.add(new FeedStatus((String) row[0], state, last, ((Number) row[2]).longValue(), instant(row[3]),
                        success, (String) row[5], head, head == null ? null : Math.max(0, head - last),
                        success == null ? null : Math.max(0, Duration.between(success, now).toSeconds()), dead,
                        instant(row[8]), divergedReason));
            }
            return new IngestionStatus(feeds, deadLetterTotal);
        });
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
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
