package org.enforcement.operations.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.operations.ParticipantsAdded;
import org.enforcement.events.operations.WitnessAdded;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.operations.OperationService;

/** Who takes part in an operation: staff and witnesses. */
@ApplicationScoped
@Transactional
public class PeopleService {

    @Inject
    Clock clock;

    @Inject
    OperationService operations;

    @Inject
    PeopleRepository people;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    public List<ParticipantResponse> addParticipants(UUID operationId, AddParticipantsRequest request) {
        Operation o = operations.lock(operationId);
        OperationService.requireOpen(o);
        List<Participant> added = new ArrayList<>();
        Instant now = clock.instant();
        for (var p : request.participants()) {
            Participant participant = new Participant();
            participant.id = UUID.randomUUID();
            participant.operationId = o.id;
            participant.name = p.name().strip();
            participant.userId = p.userId() == null || p.userId().isBlank() ? null : p.userId().strip();
            participant.role = p.role();
            participant.createdAt = now;
            people.persist(participant);
            added.add(participant);
        }
        events.publish(o.court, null, "Operation", o.id.toString(),
                new ParticipantsAdded(o.id, added.size(), people.countDeployed(o.id)));
        audit.record("PARTICIPANTS_ADDED", "Operation", o.id.toString(), added.size() + " participant(s)");
        return added.stream().map(ParticipantResponse::of).toList();
    }

    public WitnessResponse addWitness(UUID operationId, AddWitnessRequest request) {
        Operation o = operations.lock(operationId);
        OperationService.requireOpen(o);
        Witness w = new Witness();
        w.id = UUID.randomUUID();
        w.operationId = o.id;
        w.name = request.name().strip();
        w.capacity = request.capacity();
        w.organization = request.organization() == null || request.organization().isBlank() ? null
                : request.organization().strip();
        w.createdAt = clock.instant();
        people.persist(w);
        events.publish(o.court, null, "Operation", o.id.toString(), new WitnessAdded(o.id, w.capacity.name()));
        audit.record("WITNESS_ADDED", "Operation", o.id.toString(), w.capacity.name());
        return WitnessResponse.of(w, operations.readsAsWritten());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ParticipantResponse> participants(UUID operationId) {
        return people.participants(operations.get(operationId).id).stream().map(ParticipantResponse::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WitnessResponse> witnesses(UUID operationId) {
        return people.witnesses(operations.get(operationId).id).stream()
                .map(w -> WitnessResponse.of(w, operations.readsAsWritten())).toList();
    }
}
