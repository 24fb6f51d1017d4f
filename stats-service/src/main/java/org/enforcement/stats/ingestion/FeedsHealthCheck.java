package org.enforcement.stats.ingestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Lists each feed's cursor, head, lag, dead letters and last error under {@code /q/health/ready} (management port).
 * Lagging is not DOWN, however far behind: statistics that lag behind a feed that is down are still worth serving,
 * and the feed catches up when it is back. A DIVERGED feed is DOWN: its source went backwards, so the figures count
 * events the source no longer has, until the feed is rebuilt.
 */
@Readiness
@ApplicationScoped
public class FeedsHealthCheck implements HealthCheck {

    public static final String NAME = "Event feeds";

    @Inject
    Ingestion ingestion;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(NAME).up();
        try {
            for (FeedStatus feed : ingestion.status().feeds()) {
                builder.withData(feed.feed() + ".lastEventId", feed.lastEventId());
                builder.withData(feed.feed() + ".lastSuccessAt",
                        feed.lastSuccessAt() == null ? "never" : feed.lastSuccessAt().toString());
                builder.withData(feed.feed() + ".lastError", feed.lastError() == null ? "none" : feed.lastError());
                builder.withData(feed.feed() + ".headEventId",
                        feed.headEventId() == null ? "unknown" : feed.headEventId().toString());
                builder.withData(feed.feed() + ".lagEvents",
                        feed.lagEvents() == null ? "unknown" : feed.lagEvents().toString());
                builder.withData(feed.feed() + ".deadLetters", feed.deadLetters());
                builder.withData(feed.feed() + ".state", feed.state());
                if (FeedStatus.DIVERGED.equals(feed.state())) {
                    builder.down().withData(feed.feed() + ".diverged", feed.divergedReason());
                }
            }
        } catch (RuntimeException e) {
            // The database check reports an unreachable database; this one only informs.
            builder.withData("status", "unknown");
        }
        return builder.build();
    }
}
