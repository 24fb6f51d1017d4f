package org.enforcement.operations.deliveries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enforcement.operations.deliveries.DeliveryFixtures.deliveryOf;
import static org.enforcement.operations.deliveries.DeliveryFixtures.payments;
import static org.enforcement.operations.support.CaseServiceStub.server;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.enforcement.testing.Court;
import org.junit.jupiter.api.Test;

/**
 * The OIDC provider refuses operation-service's client credentials (a wrong secret): no outcome is sent without a
 * service-account token, and the delivery stays pending with the reason, to be retried.
 */
@QuarkusTest
@TestProfile(DeliveryWithoutServiceTokenTest.WrongSecret.class)
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class DeliveryWithoutServiceTokenTest {

    public static class WrongSecret implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc-client.credentials.secret", "not-the-secret");
        }
    }

    @Inject
    DeliveryPoller poller;

    @Test
    void shouldSendNothingAndRetryLaterWhenTheProviderRefusesTheServiceAccount() {
        Court court = Court.fresh();
        String op = underway(court);
        TargetRef qin = target(court, op, "秦某某");
        String entry = appended(court.officer(), op, entry("PAID_ON_SITE", qin.id(), at("07:10"),
                paid("20000.00", "秦某某")));

        poller.pollOnce(court.code());

        Map<String, Object> delivery = deliveryOf(court, op, entry);
        assertThat(delivery).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) delivery.get("lastError")).contains("no service-account token");
        assertThat(server().findAll(WireMock.postRequestedFor(WireMock.urlEqualTo(payments(qin.caseId())))))
                .isEmpty();
    }
}
