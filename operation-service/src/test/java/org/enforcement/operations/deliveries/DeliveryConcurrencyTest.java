package org.enforcement.operations.deliveries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.deliveries.DeliveryFixtures.answer;
import static org.enforcement.operations.deliveries.DeliveryFixtures.created;
import static org.enforcement.operations.deliveries.DeliveryFixtures.deliveryOf;
import static org.enforcement.operations.deliveries.DeliveryFixtures.key;
import static org.enforcement.operations.deliveries.DeliveryFixtures.payments;
import static org.enforcement.operations.deliveries.DeliveryFixtures.sent;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.testing.Court;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.junit.jupiter.api.Test;

/** Several pollers (replicas) at once never send one delivery twice. */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class DeliveryConcurrencyTest {

    @Inject
    DeliveryPoller poller;

    @Test
    void shouldNeverSendTheSameDeliveryFromTwoConcurrentPollPasses() throws Exception {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        int payments = 8;
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < payments; i++) {
            String entry = appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("07:1" + i),
                    paid("100" + i + ".00", "秦某某")));
            entries.add(entry);
            // Slow answers keep each attempt in flight while the other pass looks for work.
            answer(payments(qin.caseId()), key(entry), created(payments(qin.caseId())).withFixedDelay(250));
        }

        int passes = 3;
        ExecutorService pool = Executors.newFixedThreadPool(passes);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                return poller.pollOnce(court.code());
            }));
        }
        start.countDown();
        int total = 0;
        List<Integer> perPass = new ArrayList<>();
        for (Future<Integer> f : attempts) {
            int n = f.get(60, TimeUnit.SECONDS);
            perPass.add(n);
            total += n;
        }
        pool.shutdown();

        assertThat(total).isEqualTo(payments);
        assertThat(perPass.stream().filter(n -> n > 0).count()).as("passes that did work: %s", perPass)
                .isGreaterThan(1);
        for (String entry : entries) {
            assertThat(sent(payments(qin.caseId()), key(entry))).as("requests for %s", entry).hasSize(1);
            assertThat(deliveryOf(court, op, entry)).containsEntry("status", "DELIVERED")
                    .containsEntry("attempts", 1);
        }
    }
}
