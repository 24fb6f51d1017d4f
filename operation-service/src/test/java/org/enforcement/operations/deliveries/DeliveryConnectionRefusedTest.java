package org.enforcement.operations.deliveries;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.deliveries.DeliveryFixtures.created;
import static org.enforcement.operations.deliveries.DeliveryFixtures.deliveryOf;
import static org.enforcement.operations.deliveries.DeliveryFixtures.key;
import static org.enforcement.operations.deliveries.DeliveryFixtures.makeDue;
import static org.enforcement.operations.deliveries.DeliveryFixtures.payments;
import static org.enforcement.operations.support.CaseServiceStub.server;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.testing.Court;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.junit.jupiter.api.Test;

/**
 * case-service down (connection refused), then back: the delivery is retried and recorded exactly once. The stub
 * server is stopped for real, so this class runs in an application of its own (its profile): the next class starts
 * with a fresh stub.
 */
@QuarkusTest
@TestProfile(DeliveryConnectionRefusedTest.OwnApplication.class)
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class DeliveryConnectionRefusedTest {

    /** No settings of its own: it only gives this class an application (and a stub server) of its own. */
    public static class OwnApplication implements QuarkusTestProfile {
    }

    @Inject
    DeliveryPoller poller;

    @Inject
    EntityManager em;

    @Test
    void shouldRetryWhileCaseServiceRefusesConnectionsAndDeliverOnceWhenItIsBack() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String entry = appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("07:10"),
                paid("20000.00", "秦某某")));
        String key = key(entry);

        int port = server().port();
        server().stop();
        poller.pollOnce(court.code());
        Map<String, Object> first = deliveryOf(court, op, entry);
        assertThat(first).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat(first.get("lastStatus")).isNull();
        assertThat((String) first.get("lastError")).contains("not reached");
        makeDue(em, (String) first.get("id"));
        poller.pollOnce(court.code());
        assertThat(deliveryOf(court, op, entry)).containsEntry("status", "PENDING").containsEntry("attempts", 2);

        // case-service is back on the same address.
        WireMockServer back = new WireMockServer(wireMockConfig().port(port));
        back.start();
        try {
            back.stubFor(WireMock.post(WireMock.urlEqualTo(payments(qin.caseId())))
                    .withHeader("Idempotency-Key", WireMock.equalTo(key))
                    .willReturn(created(payments(qin.caseId()))));
            makeDue(em, (String) first.get("id"));
            poller.pollOnce(court.code());
            Map<String, Object> delivered = deliveryOf(court, op, entry);
            assertThat(delivered).containsEntry("status", "DELIVERED").containsEntry("attempts", 3);
            // The two refused attempts never reached case-service; the one that did was recorded once.
            int reached = back.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo(payments(qin.caseId())))
                    .withHeader("Idempotency-Key", WireMock.equalTo(key))).size();
            assertThat(reached).isEqualTo(1);
            assertThat(reached + 2).isEqualTo(delivered.get("attempts"));
            makeDue(em, (String) first.get("id"));
            assertThat(poller.pollOnce(court.code())).isZero();
        } finally {
            back.stop();
        }
    }
}
