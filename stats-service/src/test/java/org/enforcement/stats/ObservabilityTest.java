package org.enforcement.stats;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.enforcement.stats.support.FeedStubs;
import org.enforcement.stats.support.TestDatabase;
import org.enforcement.testing.Court;
import org.enforcement.testing.ObservabilityCheck;
import org.junit.jupiter.api.Test;

/** Health, metrics, authentication (see {@link ObservabilityCheck}) and stats-service's own error answers. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(FeedStubs.class)
class ObservabilityTest extends ObservabilityCheck {

    @Override
    protected String protectedPath() {
        return "/api/metrics";
    }

    @Test
    void shouldNeverExposeInternalsInErrorBodies() {
        Court court = Court.fresh();
        check(court.judge(), r -> r.queryParam("period", "year").get("/api/metrics"), 400);
        check(court.judge(), r -> r.queryParam("from", "2023-02-30").get("/api/metrics"), 400);
        check(court.judge(), r -> r.delete("/api/metrics"), 405);
        check(court.clerk(), r -> r.get("/api/metrics"), 403);
        check(court.judge(), r -> r.get("/api/ingestion"), 403);
        check(court.observer(), r -> r.get("/api/ingestion/dead-letters"), 403);
        check(court.director(), r -> r.queryParam("feed", "x").get("/api/ingestion/dead-letters"), 400);
        check(court.director(), r -> r.post("/api/ingestion/dead-letters/x/retry"), 400);
        check(court.director(), r -> r.post("/api/ingestion/dead-letters/" + java.util.UUID.randomUUID() + "/retry"),
                404);
    }
}
