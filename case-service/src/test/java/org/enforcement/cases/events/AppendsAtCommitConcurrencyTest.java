package org.enforcement.cases.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.cases.CaseResumed;
import org.enforcement.testing.Court;
import org.enforcement.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The outbox and the audit trail are appended at the commit into pending tables, without a lock, and moved into
 * the logs by the sequencer after it (issue 18, V16_1). With 16 writers over three courts, each transaction writing events and audit entries (some for two
 * courts at once) and committing after a pause: a reader polling the feed of every court meanwhile never skips an
 * event, reads each once and in id order; each court's audit entries form one chain from the genesis hash, in id
 * order, and the whole trail verifies.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class AppendsAtCommitConcurrencyTest {

    private static final int WRITERS = 16;
    private static final int TRANSACTIONS_PER_WRITER = 20;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    @Test
    void shouldKeepTheFeedGaplessAndEachCourtsChainIntactUnderConcurrentWriters() throws Exception {
        List<Court> courts = List.of(Court.fresh(), Court.fresh(), Court.fresh());
        Set<String> committed = ConcurrentHashMap.newKeySet();
        Map<String, AtomicInteger> entriesPerCourt = new ConcurrentHashMap<>();
        courts.forEach(c -> entriesPerCourt.put(c.code(), new AtomicInteger()));
        String reader = Tokens.serviceAccount("stats-service");
        long start = given().auth().oauth2(reader).queryParam("limit", 1).get("/events").then().statusCode(200)
                .extract().jsonPath().getLong("head");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                go.await();
                for (int n = 0; n < TRANSACTIONS_PER_WRITER; n++) {
                    Court court = courts.get((writer + n) % courts.size());
                    // Every fourth transaction also writes to the next court: two chains extended by one commit.
                    Court second = n % 4 == 0 ? courts.get((writer + n + 1) % courts.size()) : null;
                    String probe = writer + "-" + n;
                    List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
                        List<UUID> published = new ArrayList<>();
                        published.add(publish(court, probe));
                        audit.recordAs("probe.writer", "system", court.code(), "PROBE", "Probe", probe, null);
                        if (second != null) {
                            audit.recordAs("probe.writer", "system", second.code(), "PROBE", "Probe", probe, "second");
                            published.add(publish(second, probe));
                        }
                        Thread.sleep(ThreadLocalRandom.current().nextInt(10)); // the rest of a request's work
                        return published;
                    });
                    ids.forEach(id -> committed.add(id.toString()));
                    entriesPerCourt.get(court.code()).incrementAndGet();
                    if (second != null) {
                        entriesPerCourt.get(second.code()).incrementAndGet();
                    }
                }
                return null;
            }));
        }

        Set<String> codes = new HashSet<>();
        courts.forEach(c -> codes.add(c.code()));
        List<Long> seenIds = new ArrayList<>();
        List<String> seenEvents = new ArrayList<>();
        long cursor = start;
        go.countDown();
        boolean writing = true;
        while (true) {
            writing = writing && writers.stream().anyMatch(f -> !f.isDone());
            JsonPath page = given().auth().oauth2(reader).queryParam("cursor", cursor).queryParam("limit", 50)
                    .get("/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                seenIds.add(((Number) item.get("id")).longValue());
                if (codes.contains((String) item.get("court"))) {
                    seenEvents.add((String) item.get("eventId"));
                }
            }
            cursor = Long.parseLong(page.getString("nextCursor"));
            if (!writing && items.isEmpty()) {
                break; // every writer had finished before this read, and nothing was left
            }
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        for (Future<?> writer : writers) {
            writer.get(); // a writer's failure fails the test
        }

        assertThat(committed).hasSize(WRITERS * TRANSACTIONS_PER_WRITER * 5 / 4);
        Set<String> skipped = new HashSet<>(committed);
        seenEvents.forEach(skipped::remove);
        assertThat(skipped).as("committed events the reader skipped").isEmpty();
        assertThat(seenEvents).as("events read").doesNotHaveDuplicates().hasSameSizeAs(committed);
        assertThat(seenIds).isSorted().doesNotHaveDuplicates();

        for (Court court : courts) {
            assertChained(court, entriesPerCourt.get(court.code()).get());
        }
        given().auth().oauth2(courts.get(0).director()).get("/api/audit/verification").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    private UUID publish(Court court, String probe) {
        return events.publish(court.code(), null, "Probe", probe, new CaseResumed("probe " + probe, "IN_ENFORCEMENT",
                LocalDate.of(2023, 8, 4), null, "SETTLEMENT_PERFORMING", "IN_ENFORCEMENT", LocalDate.of(2023, 8, 4)));
    }

    /** The court's entries, read in id order, each link to the one before, from the genesis hash. */
    private static void assertChained(Court court, int expected) {
        JsonPath trail = given().auth().oauth2(court.director()).queryParam("limit", 500).get("/api/audit").then()
                .statusCode(200).extract().jsonPath();
        List<String> previous = trail.getList("items.previousHash", String.class);
        List<String> hashes = trail.getList("items.hash", String.class);
        assertThat(hashes).as("entries of " + court.code()).hasSize(expected).doesNotHaveDuplicates();
        Map<String, String> links = new HashMap<>();
        for (int i = 0; i < hashes.size(); i++) {
            links.put(hashes.get(i), previous.get(i));
            assertThat(previous.get(i)).as("link of entry " + i + " of " + court.code())
                    .isEqualTo(i == 0 ? AuditTrail.GENESIS : hashes.get(i - 1));
        }
        String head = trail.getString("items[-1].id") + ":" + hashes.get(hashes.size() - 1);
        given().auth().oauth2(court.director()).queryParam("expectHead", head).get("/api/audit/verification")
                .then().statusCode(200).body("valid", equalTo(true));
    }
}
