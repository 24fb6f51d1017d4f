package org.enforcement.cases.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.enforcement.cases.support.TestDatabase;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.cases.CaseResumed;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * The property a consumer's cursor relies on: while many transactions write events and take their time to commit,
 * a reader that keeps asking for what comes after the last id it saw never skips an event, sees none twice, and
 * sees them in id order.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class EventFeedConcurrencyTest {

    private static final int WRITERS = 16;
    private static final int EVENTS_PER_WRITER = 30;

    @Inject
    DomainEvents events;

    @Inject
    EntityManager em;

    @Test
    void shouldNeverSkipAnEventWhileManyWritersCommitInAnyOrder() throws Exception {
        Court court = Court.fresh();
        Set<String> committed = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                start.await();
                for (int n = 0; n < EVENTS_PER_WRITER; n++) {
                    int number = n;
                    UUID eventId = QuarkusTransaction.requiringNew().call(() -> {
                        // Commit order and visibility are what is tested, not durability: skip the disk flush.
                        em.createNativeQuery("SELECT set_config('synchronous_commit', 'off', true)")
                                .getSingleResult();
                        // A typed event like any other; the probe's number names its aggregate.
                        UUID id = events.publish(court.code(), null, "Probe", writer + "-" + number,
                                new CaseResumed("probe " + writer + "-" + number, "IN_ENFORCEMENT",
                                        LocalDate.of(2023, 8, 4), null, "SETTLEMENT_PERFORMING", "IN_ENFORCEMENT",
                                        LocalDate.of(2023, 8, 4)));
                        // Commit a little later, as a real request does after its other work.
                        Thread.sleep(ThreadLocalRandom.current().nextInt(15));
                        return id;
                    });
                    committed.add(eventId.toString());
                    Thread.sleep(ThreadLocalRandom.current().nextInt(5));
                }
                return null;
            }));
        }

        List<Long> seenIds = new ArrayList<>();
        List<String> seenEvents = new ArrayList<>();
        long cursor = 0;
        // Warm the reader up, so it polls while the writers write rather than after.
        given().auth().oauth2(court.integrator()).get("/events").then().statusCode(200);
        start.countDown();
        boolean writing = true;
        while (true) {
            writing = writing && writers.stream().anyMatch(f -> !f.isDone());
            JsonPath page = given().auth().oauth2(court.integrator()).queryParam("cursor", cursor)
                    .queryParam("limit", 100).get("/events").then().statusCode(200).extract().jsonPath();
            List<Long> ids = page.getList("items.id", Long.class);
            seenIds.addAll(ids);
            seenEvents.addAll(page.getList("items.eventId", String.class));
            cursor = Long.parseLong(page.getString("nextCursor"));
            if (!writing && ids.isEmpty()) {
                break; // every writer had finished before this read, and nothing was left
            }
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        for (Future<?> writer : writers) {
            writer.get(); // a writer's failure fails the test
        }

        assertThat(committed).hasSize(WRITERS * EVENTS_PER_WRITER);
        Set<String> skipped = new java.util.HashSet<>(committed);
        seenEvents.forEach(skipped::remove);
        assertThat(skipped).as("committed events the reader skipped").isEmpty();
        assertThat(seenEvents).as("events read").doesNotHaveDuplicates().hasSameSizeAs(committed);
        assertThat(seenIds).isSorted().doesNotHaveDuplicates();
    }
}
