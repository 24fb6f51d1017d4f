package org.enforcement.stats.ingestion;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per feed, the gauges stats_feed_lag_events, stats_feed_cursor, stats_dead_letters and stats_feed_diverged (1
 * while the feed is stopped because its source went backwards), set from the stored cursors.
 */
@ApplicationScoped
public class FeedGauges {

    @Inject
    MeterRegistry registry;

    private final Map<Feed, AtomicLong> lag = new EnumMap<>(Feed.class);
    private final Map<Feed, AtomicLong> cursor = new EnumMap<>(Feed.class);
    private final Map<Feed, AtomicLong> deadLetters = new EnumMap<>(Feed.class);
    private final Map<Feed, AtomicLong> diverged = new EnumMap<>(Feed.class);

    void register() {
        for (Feed feed : Feed.values()) {
            lag.put(feed, registry.gauge("stats_feed_lag_events", Tags.of("feed", feed.key()), new AtomicLong()));
            cursor.put(feed, registry.gauge("stats_feed_cursor", Tags.of("feed", feed.key()), new AtomicLong()));
            deadLetters.put(feed, registry.gauge("stats_dead_letters", Tags.of("feed", feed.key()),
                    new AtomicLong()));
            diverged.put(feed, registry.gauge("stats_feed_diverged", Tags.of("feed", feed.key()),
                    new AtomicLong()));
        }
    }

    void show(IngestionStatus status) {
        for (FeedStatus s : status.feeds()) {
            Feed feed = Feed.valueOf(s.feed().toUpperCase(Locale.ROOT));
            set(lag, feed, s.lagEvents() == null ? 0 : s.lagEvents());
            set(cursor, feed, s.lastEventId());
            set(deadLetters, feed, s.deadLetters());
            set(diverged, feed, FeedStatus.DIVERGED.equals(s.state()) ? 1 : 0);
        }
    }

    private static void set(Map<Feed, AtomicLong> gauges, Feed feed, long value) {
        AtomicLong gauge = gauges.get(feed);
        if (gauge != null) {
            gauge.set(value);
        }
    }
}
