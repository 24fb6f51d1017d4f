package org.enforcement.operations.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.commons.http.Preconditions;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;
import org.enforcement.events.operations.OperationAssembled;
import org.enforcement.events.operations.OperationClosed;
import org.enforcement.events.operations.OperationDeparted;
import org.enforcement.events.operations.OperationEvent;
import org.enforcement.events.operations.OperationPlanned;
import org.enforcement.operations.config.OperationConfig;
import org.enforcement.rules.BusinessCalendar;
import org.enforcement.rules.privacy.PersonalDataScrubber;

/** Planning operations and moving them PLANNED → ASSEMBLED → UNDERWAY → CLOSED (the rules: {@link OperationLifecycle}). */
@ApplicationScoped
@Transactional
public class OperationService {

    @Inject
    Clock clock;

    @Inject
    OperationRepository operations;

    @Inject
    PeopleCounts people;

    @Inject
    TargetCounts targets;

    @Inject
    Caller caller;

    @Inject
    OperationConfig config;

    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    Instance<OperationStepListener> stepListeners;

    public OperationResponse plan(PlanOperationRequest request) {
        if (request.departureTime().isBefore(request.assemblyTime())) {
            throw ProblemException.invalidField("departureTime", "must not be before assemblyTime");
        }
        if ((request.assemblyLat() == null) != (request.assemblyLng() == null)) {
            throw ProblemException.invalidField("assemblyLng", "give both assemblyLat and assemblyLng, or neither");
        }
        boolean witnessesRequired = Boolean.TRUE.equals(request.requiresWitnesses());
        Operation o = new Operation();
        o.id = UUID.randomUUID();
        o.court = caller.court();
        o.name = request.name().strip();
        o.campaignCode = blankToNull(request.campaignCode());
        o.date = request.date();
        o.assemblyPlace = request.assemblyPlace().strip();
        o.assemblyLat = request.assemblyLat();
        o.assemblyLng = request.assemblyLng();
        o.assemblyTime = request.assemblyTime();
        o.departureTime = request.departureTime();
        o.commander = request.commander().strip();
        o.requiresWitnesses = witnessesRequired;
        o.minWitnesses = witnessesRequired ? Math.max(1, request.minWitnesses() == null ? 1 : request.minWitnesses())
                : 0;
        o.status = OperationStatus.PLANNED;
        o.createdBy = caller.id();
        o.createdAt = clock.instant();
        operations.persist(o);
        events.publish(o.court, null, "Operation", o.id.toString(), new OperationPlanned(o.id, o.status.name(),
                o.campaignCode, o.date,
                PersonalDataScrubber.withoutParties().scrub(o.name))); // the feed is read by other systems
        audit.record("OPERATION_PLANNED", "Operation", o.id.toString(), o.name);
        return view(o);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Operation get(UUID id) {
        return operations.findInCourt(id, caller.court()).orElseThrow(() -> notFound(id));
    }

    /** The operation locked against concurrent changes of its people, teams and targets. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Operation lock(UUID id) {
        return operations.lockInCourt(id, caller.court()).orElseThrow(() -> notFound(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OperationResponse getView(UUID id) {
        return view(get(id));
    }

    /**
     * One page of the court's operations, newest first, with their head counts read in three queries;
     * {@code cursor} is a nextCursor this court's listing gave out (or null for the first page).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OperationPage list(String cursor, int limit) {
        OperationCursor after = OperationCursor.decode(cursor, caller.court());
        List<Operation> found = operations.pageOfCourt(caller.court(), after, limit + 1);
        List<Operation> page = found.subList(0, Math.min(limit, found.size()));
        List<UUID> ids = page.stream().map(o -> o.id).toList();
        Map<UUID, Long> participants = people.countParticipants(ids);
        Map<UUID, Long> witnesses = people.countWitnesses(ids);
        Map<UUID, Long> targetCounts = targets.countOf(ids);
        List<OperationResponse> items = page.stream().map(o -> OperationResponse.of(o,
                participants.getOrDefault(o.id, 0L), witnesses.getOrDefault(o.id, 0L),
                targetCounts.getOrDefault(o.id, 0L), readsAsWritten())).toList();
        String next = found.size() > limit
                ? OperationCursor.after(caller.court(), page.get(page.size() - 1)).encode() : null;
        return new OperationPage(items, next, next != null, limit);
    }

    public OperationResponse transition(UUID id, String ifMatch, OperationTransitionRequest request) {
        Operation o = lock(id);
        Preconditions.requireIfMatch(ifMatch, o.version);
        Instant now = clock.instant();
        Instant at = (request.at() == null ? now : request.at()).truncatedTo(ChronoUnit.MICROS);
        OperationStatus from = o.status;
        OperationStatus to = OperationLifecycle.next(o.name, from, request.action());
        OperationLifecycle.requireStepTime(request.action(), o.date, at, now, o.assembledAt, o.departedAt,
                BusinessCalendar.ZONE);
        if (request.action() == OperationAction.ASSEMBLE) {
            OperationLifecycle.requireWitnesses(o.name, o.requiresWitnesses, o.minWitnesses,
                    people.countWitnesses(o.id));
        }
        o.status = to;
        switch (request.action()) {
            case ASSEMBLE -> o.assembledAt = at;
            case DEPART -> o.departedAt = at;
            case CLOSE -> o.closedAt = at;
        }
        for (OperationStepListener listener : stepListeners) {
            listener.stepped(o, request.action(), at);
        }
        String status = o.status.name();
        OperationEvent event = switch (request.action()) {
            case ASSEMBLE -> new OperationAssembled(o.id, status, o.campaignCode, from.name(), status, at);
            case DEPART -> new OperationDeparted(o.id, status, o.campaignCode, from.name(), status, at);
            case CLOSE -> new OperationClosed(o.id, status, o.campaignCode, from.name(), status, at,
                    people.countDeployed(o.id), people.countWitnesses(o.id), targets.countOf(o.id), o.date);
        };
        events.publish(o.court, null, "Operation", o.id.toString(), event);
        audit.record("OPERATION_" + request.action(), "Operation", o.id.toString(), o.name);
        operations.flush();
        return view(o);
    }

    /** Changes of people, teams or targets are allowed until the operation is closed ({@link OperationLifecycle}). */
    public static void requireOpen(Operation o) {
        OperationLifecycle.requireOpen(o.name, o.status);
    }

    private OperationResponse view(Operation o) {
        return OperationResponse.of(o, people.countParticipants(o.id), people.countWitnesses(o.id),
                targets.countOf(o.id), readsAsWritten());
    }

    /**
     * Court staff (judges, directors, officers, clerks) read an operation's people and free text as written;
     * observers and integrators read witnesses' names masked and the operation's name scrubbed.
     */
    public boolean readsAsWritten() {
        return caller.readsPersonalData();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("operation-not-found", "Operation not found",
                "There is no operation " + id + " in your court.");
    }
}
