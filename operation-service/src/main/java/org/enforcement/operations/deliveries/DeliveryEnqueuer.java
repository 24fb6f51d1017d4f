package org.enforcement.operations.deliveries;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.enforcement.commons.http.Json;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.events.operations.TargetOutcome;
import org.enforcement.operations.casesclient.MeasureCommand;
import org.enforcement.operations.casesclient.PaymentCommand;
import org.enforcement.operations.casesclient.SettlementCommand;
import org.enforcement.operations.config.OperationConfig;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.people.PeopleService;
import org.enforcement.operations.people.WitnessResponse;
import org.enforcement.operations.targets.Target;
import org.enforcement.operations.timeline.TimelineChain;
import org.enforcement.operations.timeline.TimelineDetails;
import org.enforcement.operations.timeline.TimelineEntry;
import org.enforcement.operations.timeline.TimelineListener;
import org.enforcement.rules.BusinessCalendar;
import org.enforcement.rules.vocabulary.MeasureType;

/**
 * The outbox side of deliveries: an outcome case-service must record is written as a PENDING delivery in the
 * transaction of its timeline entry, so it exists exactly when the entry does. The request body is fixed here, so
 * every attempt sends the same body with the same Idempotency-Key. The entry's TargetOutcome event waits with the
 * delivery until case-service accepted it.
 */
@ApplicationScoped
public class DeliveryEnqueuer implements TimelineListener {

    @Inject
    Clock clock;

    static final String KEY_PREFIX = "op-entry-";

    @Inject
    EntityManager em;

    @Inject
    OperationConfig config;

    @Inject
    PeopleService people;

    /** The Idempotency-Key of an entry's delivery: stable across attempts, replicas and operator retries. */
    public static String idempotencyKey(UUID entryId) {
        return KEY_PREFIX + entryId;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void appended(Operation operation, Target target, TimelineEntry entry) {
        DeliveryKind kind = DeliveryKind.of(entry.type);
        if (kind == null || target == null) {
            return;
        }
        TimelineDetails d = TimelineChain.typedDetails(entry.details);
        Object request = switch (kind) {
            case PAYMENT -> new PaymentCommand("ON_SITE", d.payer(), d.amount(),
                    LocalDate.ofInstant(entry.occurredAt, BusinessCalendar.ZONE),
                    (operation.campaignCode == null ? "" : operation.campaignCode + " ") + "现场履行 执行记录 "
                            + entry.entryId, null);
            case SUMMONS -> MeasureCommand.decided(MeasureType.SUMMONS, reason(d, "集中执行行动中拘传到案"),
                    d.durationHours(), d.complex(), null, null, fieldDecision(operation, entry));
            case DETENTION -> MeasureCommand.decided(MeasureType.DETENTION, reason(d, "集中执行行动中决定司法拘留"), null,
                    null, d.detentionDays(), null, fieldDecision(operation, entry));
            case HANDOVER -> MeasureCommand.decided(MeasureType.HANDOVER, d.note(), null, null, null, d.item(),
                    fieldDecision(operation, entry));
            // One fact: the entry's note is the search's result, the operation's witnesses are its witnesses.
            case SEARCH -> new MeasureCommand(MeasureType.SEARCH, null, null, null, null, null, d.item(),
                    d.warrantNumber(), d.procuratorate(), searchWitnesses(operation, entry),
                    fieldDecision(operation, entry), new MeasureCommand.FieldResult(null, d.note()));
            case VALUATION -> new MeasureCommand(MeasureType.VALUATION, null, null, null, null, null, d.item(), null,
                    null, null, fieldDecision(operation, entry), new MeasureCommand.FieldResult(d.amount(), d.note()));
            case SETTLEMENT -> new SettlementCommand(d.signedOn(), d.total(), d.terms(), d.installments().stream()
                    .map(i -> new SettlementCommand.Installment(i.dueOn(), i.amount())).toList());
        };
        Instant now = clock.instant();
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.entryId = entry.entryId;
        delivery.operationId = operation.id;
        delivery.targetId = target.id;
        delivery.court = operation.court;
        delivery.caseId = target.caseId;
        delivery.caseNumber = target.caseNumber;
        delivery.kind = kind;
        delivery.idempotencyKey = idempotencyKey(entry.entryId);
        delivery.request = Json.canonical(request);
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        em.persist(delivery);
    }

    /**
     * An outcome case-service must record is announced only once case-service accepted it: its TargetOutcome event
     * is kept with the delivery and published when the delivery is DELIVERED (see {@link DeliveryStore#delivered}).
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean holdsOutcome(TimelineEntry entry, TargetOutcome outcome) {
        if (DeliveryKind.of(entry.type) == null) {
            return false;
        }
        Delivery delivery = em.createQuery("select d from Delivery d where d.entryId = :entry", Delivery.class)
                .setParameter("entry", entry.entryId).getResultStream().findFirst().orElse(null);
        if (delivery == null) {
            return false;
        }
        delivery.outcomeEvent = Json.canonical(outcome);
        return true;
    }

    /**
     * The witnesses of the operation who accompanied the searching team (all of them when the entry names no team or
     * they were not assigned to teams). case-service records a search only with its witnesses (见证人).
     */
    private List<MeasureCommand.Witness> searchWitnesses(Operation operation, TimelineEntry entry) {
        List<WitnessResponse> all = people.witnesses(operation.id);
        List<WitnessResponse> ofTeam = entry.teamId == null ? all
                : all.stream().filter(w -> w.teamId() == null || w.teamId().equals(entry.teamId)).toList();
        if (ofTeam.isEmpty()) {
            throw ProblemException.unprocessable("search-without-witnesses", "Search without witnesses",
                    "A search (搜查) is recorded with the witnesses who saw it, and operation " + operation.name
                            + " has none" + (all.isEmpty() ? "" : " with this team") + "; add the witnesses"
                            + " (POST /api/operations/" + operation.id + "/witnesses) before recording the search.");
        }
        return ofTeam.stream().map(w -> new MeasureCommand.Witness(w.name(), w.capacity())).toList();
    }

    private static String reason(TimelineDetails d, String fallback) {
        return d.note() == null ? fallback : d.note();
    }

    private static MeasureCommand.FieldDecision fieldDecision(Operation operation, TimelineEntry entry) {
        return new MeasureCommand.FieldDecision(entry.recordedBy, entry.occurredAt,
                "operation " + operation.id + " timeline entry " + entry.entryId);
    }
}
