package org.enforcement.operations.deliveries;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.enforcement.commons.http.Json;
import org.enforcement.operations.casesclient.MeasureCommand;
import org.enforcement.operations.casesclient.PaymentCommand;
import org.enforcement.operations.casesclient.SettlementCommand;
import org.enforcement.operations.config.OperationConfig;
import org.enforcement.operations.operations.Operation;
import org.enforcement.operations.targets.Target;
import org.enforcement.operations.timeline.TimelineChain;
import org.enforcement.operations.timeline.TimelineDetails;
import org.enforcement.operations.timeline.TimelineEntry;
import org.enforcement.operations.timeline.TimelineListener;

/**
 * The outbox side of deliveries: an outcome case-service must record is written as a PENDING delivery in the
 * transaction of its timeline entry, so it exists exactly when the entry does. The request body is fixed here, so
 * every attempt sends the same body with the same Idempotency-Key. The entry's TargetOutcome event waits with the
 * delivery until case-service accepted it.
 */
@ApplicationScoped
public class DeliveryEnqueuer implements TimelineListener {

    static final String KEY_PREFIX = "op-entry-";

    @Inject
    EntityManager em;

    @Inject
    OperationConfig config;

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
                    LocalDate.ofInstant(entry.occurredAt, config.zone()),
                    (operation.campaignCode == null ? "" : operation.campaignCode + " ") + "现场履行 执行记录 "
                            + entry.entryId, null);
            case SUMMONS -> new MeasureCommand("SUMMONS", null, reason(d, "集中执行行动中拘传到案"), d.durationHours(),
                    d.complex(), null, null, fieldDecision(operation, entry));
            case DETENTION -> new MeasureCommand("DETENTION", null, reason(d, "集中执行行动中决定司法拘留"), null, null,
                    d.detentionDays(), null, fieldDecision(operation, entry));
            case HANDOVER -> new MeasureCommand("HANDOVER", null, d.note(), null, null, null, d.item(),
                    fieldDecision(operation, entry));
            case SETTLEMENT -> new SettlementCommand(d.signedOn(), d.total(), d.terms(), d.installments().stream()
                    .map(i -> new SettlementCommand.Installment(i.dueOn(), i.amount())).toList());
        };
        Instant now = Instant.now();
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
    public boolean holdsOutcome(TimelineEntry entry, Map<String, Object> payload) {
        if (DeliveryKind.of(entry.type) == null) {
            return false;
        }
        Delivery delivery = em.createQuery("select d from Delivery d where d.entryId = :entry", Delivery.class)
                .setParameter("entry", entry.entryId).getResultStream().findFirst().orElse(null);
        if (delivery == null) {
            return false;
        }
        delivery.outcomeEvent = Json.canonical(payload);
        return true;
    }

    private static String reason(TimelineDetails d, String fallback) {
        return d.note() == null ? fallback : d.note();
    }

    private static MeasureCommand.FieldDecision fieldDecision(Operation operation, TimelineEntry entry) {
        return new MeasureCommand.FieldDecision(entry.recordedBy, entry.occurredAt,
                "operation " + operation.id + " timeline entry " + entry.entryId);
    }
}
