package org.enforcement.operations.events;

import static org.enforcement.operations.support.OperationFixtures.step;
import static org.enforcement.operations.support.OperationFixtures.witness;
import static org.enforcement.operations.timeline.TimelineFixtures.appended;
import static org.enforcement.operations.timeline.TimelineFixtures.at;
import static org.enforcement.operations.timeline.TimelineFixtures.entry;
import static org.enforcement.operations.timeline.TimelineFixtures.paid;
import static org.enforcement.operations.timeline.TimelineFixtures.target;
import static org.enforcement.operations.timeline.TimelineFixtures.underway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.enforcement.commons.http.Json;
import org.enforcement.events.EventPayload;
import org.enforcement.events.EventTypes;
import org.enforcement.operations.deliveries.DeliveryPoller;
import org.enforcement.operations.support.CaseServiceStub;
import org.enforcement.operations.support.TestDatabase;
import org.enforcement.operations.timeline.TimelineFixtures.TargetRef;
import org.enforcement.testing.Court;
import org.enforcement.testing.EventContractCheck;

/**
 * The feed's payloads against their records and the committed contract: a raid planned, staffed, under way, a
 * debtor found and paying on the spot (announced once case-service accepted it), closed; plus every event the tests
 * before it in the same run published.
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(CaseServiceStub.class)
class EventContractTest extends EventContractCheck {

    @Inject
    DeliveryPoller poller;

    @Override
    protected EventTypes types() {
        return EventTypes.OPERATIONS;
    }

    @Override
    protected String write(EventPayload payload) {
        return Json.canonical(payload);
    }

    @Override
    protected Set<String> publishSome() {
        Court court = Court.fresh();
        String op = underway(court);
        witness(court, op, "李某", "PROCURATORATE_SUPERVISOR");
        TargetRef t = target(court, op, "秦某某");
        CaseServiceStub.acceptOutcomes(UUID.fromString(t.caseId()));
        appended(court.officer(), op, entry("DEBTOR_FOUND", t.id(), at("05:52"), null));
        appended(court.officer(), op, entry("PAID_ON_SITE", t.id(), at("06:30"), paid("600.00", "秦某某")));
        poller.pollOnce(court.code());
        step(court.director(), op, "CLOSE").then().statusCode(200);
        return Set.of("OperationPlanned", "ParticipantsAdded", "OperationAssembled", "OperationDeparted",
                "WitnessAdded", "TargetAdded", "TargetOutcome", "OperationClosed");
    }
}
