package org.enforcement.cases.payments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseAction;
import org.enforcement.cases.casefiles.CaseService;
import org.enforcement.cases.casefiles.CaseStatus;
import org.enforcement.cases.casefiles.CaseText;
import org.enforcement.cases.casefiles.ConclusionType;
import org.enforcement.cases.casefiles.MoneyTotals;
import org.enforcement.cases.casefiles.PartyKind;
import org.enforcement.cases.casefiles.PartyRole;
import org.enforcement.cases.casefiles.PersonalData;
import org.enforcement.cases.config.CaseConfig;
import org.enforcement.cases.settlements.SettlementService;
import org.enforcement.commons.audit.AuditTrail;
import org.enforcement.commons.events.DomainEvents;
import org.enforcement.events.cases.CaseEvent;
import org.enforcement.events.cases.DisbursementApproved;
import org.enforcement.events.cases.DisbursementRejected;
import org.enforcement.events.cases.DisbursementRequested;
import org.enforcement.events.cases.PaymentRecorded;
import org.enforcement.events.cases.PaymentReversed;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/**
 * Enforcement money: payments in (idempotent, allocated to the settlement plan), reversals, and disbursements
 * out to the applicants under maker-checker. Every change locks the case row, so concurrent payments of one case
 * see each other's totals.
 */
@ApplicationScoped
public class PaymentService {

    @Inject
    Clock clock;

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    @Inject
    PaymentRepository payments;

    @Inject
    DisbursementRepository disbursements;

    @Inject
    CaseService caseService;

    @Inject
    SettlementService settlements;


    @Inject
    DomainEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    CaseText text;

    @Inject
    CaseConfig config;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** The stored or fresh response of a payment request. */
    /** Records a payment (once per Idempotency-Key: see {@code PaymentResource}). */
    @Transactional
    public PaymentResponse record(UUID caseId, RecordPaymentRequest request) {
        Case c = caseService.lockForChange(caseId);
        if (c.status == CaseStatus.CONCLUDED) {
            throw ProblemException.conflict("case-concluded", "Case concluded",
                    "Case " + c.caseNumber + " is concluded; resume it before recording payments.");
        }
        LocalDate receivedOn = request.receivedOn() == null ? LocalDate.now(clock.withZone(config.zone())) : request.receivedOn();
        caseService.requireCaseDay(c, "receivedOn", receivedOn);
        BigDecimal outstanding = outstanding(c);
        if (request.amount().compareTo(outstanding) > 0) {
            throw ProblemException.unprocessable("overpayment", "Payment exceeds what is owed",
                    "Case " + c.caseNumber + " has " + outstanding.toPlainString() + " yuan outstanding; a payment of "
                            + request.amount().toPlainString() + " yuan would overpay it.")
                    .with("outstanding", outstanding);
        }
        Payment p = newPayment(c, PaymentKind.PAYMENT, request.channel(), request.payer().strip(),
                request.amount().setScale(2), receivedOn, blankToNull(request.reference()), null, null);
        var allocations = settlements.allocate(c, p);
        if (Boolean.TRUE.equals(request.concludeIfPaidInFull())) {
            concludeIfSettled(c, receivedOn);
        }
        publish(false, c, p);
        audit.record("PAYMENT_RECORDED", "Payment", p.id.toString(),
                c.caseNumber + " " + p.channel + " " + p.amount.toPlainString());
        return response(c, p, allocations, true);
    }

    /** Proceeds of a judicial auction become a payment, capped at what is still owed (the rest is surplus). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Payment recordAuctionProceeds(Case lockedCase, BigDecimal proceeds, LocalDate soldOn, String reference) {
        BigDecimal credited = proceeds.min(outstanding(lockedCase));
        if (credited.signum() <= 0) {
            return null;
        }
        Payment p = newPayment(lockedCase, PaymentKind.PAYMENT, Channel.AUCTION, "网络司法拍卖", credited, soldOn,
                reference, null, null);
        settlements.allocate(lockedCase, p);
        publish(false, lockedCase, p);
        return p;
    }

    @Transactional
    public PaymentResponse reverse(UUID caseId, UUID paymentId, ReversePaymentRequest request) {
        Case c = caseService.lockForChange(caseId);
        Payment original = payments.inCase(c.id, paymentId).orElseThrow(() -> paymentNotFound(paymentId));
        if (c.status == CaseStatus.CONCLUDED) {
            throw ProblemException.conflict("case-concluded", "Case concluded",
                    "Case " + c.caseNumber + " is concluded; resume it before correcting its payments.");
        }
        if (original.kind == PaymentKind.REVERSAL) {
            throw ProblemException.conflict("reversal-of-reversal", "Cannot reverse a reversal",
                    "Entry " + paymentId + " is itself a reversal; record a new payment instead.");
        }
        if (payments.reversalOf(original.id).isPresent()) {
            throw ProblemException.conflict("already-reversed", "Payment already reversed",
                    "Payment " + paymentId + " was already reversed.");
        }
        BigDecimal available = totals(c.id).available();
        if (available.compareTo(original.amount) < 0) {
            throw ProblemException.conflict("money-already-disbursed", "Money already paid out",
                    "Only " + available.toPlainString() + " yuan of case " + c.caseNumber
                            + " is not yet disbursed or promised; reversing " + original.amount.toPlainString()
                            + " yuan would leave disbursements uncovered.");
        }
        // A reversal corrects an entry: it cancels the money on the day the payment was counted (its receivedOn),
        // so a 2023 payment reversed in 2026 leaves 2023's figures right and 2026's untouched; recordedAt says when.
        Payment reversal = newPayment(c, PaymentKind.REVERSAL, original.channel, original.payer,
                original.amount.negate(), original.receivedOn, original.reference, original.id,
                request.reason().strip());
        var allocations = settlements.reverseAllocations(c, original, reversal);
        publish(true, c, reversal);
        audit.record("PAYMENT_REVERSED", "Payment", reversal.id.toString(),
                c.caseNumber + " reverses " + original.id + ": " + reversal.reason);
        return response(c, reversal, allocations, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PaymentResponse> list(UUID caseId) {
        Case c = caseService.get(caseId);
        Map<UUID, List<PaymentResponse.Allocation>> allocations = settlements.allocationsOfCase(c.id);
        return payments.ofCase(c.id).stream()
                .map(p -> response(c, p, allocations.getOrDefault(p.id, List.of()), false)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PaymentResponse get(UUID caseId, UUID paymentId) {
        Case c = caseService.get(caseId);
        Payment p = payments.inCase(c.id, paymentId).orElseThrow(() -> paymentNotFound(paymentId));
        return response(c, p, settlements.allocationsOfCase(c.id).getOrDefault(p.id, List.of()), false);
    }

    // --- disbursements (案款发放) ---------------------------------------------------------------------------------

    @Transactional
    public Disbursement requestDisbursement(UUID caseId, RequestDisbursementRequest request) {
        Case c = caseService.lockForChange(caseId);
        var payee = c.party(request.payeeId()).filter(p -> p.role == PartyRole.APPLICANT)
                .orElseThrow(() -> ProblemException.unprocessable("payee-not-applicant", "Payee is not an applicant",
                        "Party " + request.payeeId() + " is not an applicant of case " + c.caseNumber
                                + "; money is disbursed to applicants only."));
        LocalDate requestedOn = request.requestedOn() == null ? caseService.today() : request.requestedOn();
        caseService.requireCaseDay(c, "requestedOn", requestedOn);
        requireAvailable(c, request.amount());
        Disbursement d = new Disbursement();
        d.id = UUID.randomUUID();
        d.caseId = c.id;
        d.court = c.court;
        d.payeeId = payee.id;
        d.amount = request.amount().setScale(2);
        d.status = DisbursementStatus.REQUESTED;
        d.note = blankToNull(request.note());
        d.requestedBy = caller.id();
        d.requestedAt = clock.instant();
        d.requestedOn = requestedOn;
        disbursements.persist(d);
        publishDisbursement(c, d);
        audit.record("DISBURSEMENT_REQUESTED", "Disbursement", d.id.toString(),
                c.caseNumber + " " + d.amount.toPlainString());
        return d;
    }

    @Transactional
    public Disbursement decideDisbursement(UUID caseId, UUID disbursementId, DecideDisbursementRequest request) {
        Case c = caseService.lockForChange(caseId);
        Disbursement d = disbursements.inCase(c.id, disbursementId)
                .orElseThrow(() -> ProblemException.notFound("disbursement-not-found", "Disbursement not found",
                        "Case " + c.caseNumber + " has no disbursement " + disbursementId + "."));
        if (d.status != DisbursementStatus.REQUESTED) {
            throw ProblemException.conflict("disbursement-decided", "Already decided",
                    "Disbursement " + d.id + " was already " + d.status + ".");
        }
        if (caller.isSamePersonAs(d.requestedBy)) {
            throw ProblemException.forbidden("maker-checker", "Same person cannot approve",
                    "You requested this disbursement; another person (the director) must decide it.");
        }
        boolean approve = request.approve();
        if (request.paidOutOn() != null && !approve) {
            throw ProblemException.invalidField("paidOutOn", "is only allowed when approving");
        }
        LocalDate paidOutOn = request.paidOutOn() == null ? caseService.today() : request.paidOutOn();
        if (approve) {
            caseService.requireCaseDay(c, "paidOutOn", paidOutOn);
            if (paidOutOn.isBefore(d.requestedOn)) {
                throw ProblemException.invalidField("paidOutOn",
                        "must not be before the disbursement was requested (" + d.requestedOn + ")");
            }
            // The request's own amount is already held back in "pending"; a reversal since may have eaten into it.
            BigDecimal free = totals(c.id).available().add(d.amount);
            if (free.compareTo(d.amount) < 0) {
                throw ProblemException.unprocessable("insufficient-funds", "Not enough money held",
                        "Case " + c.caseNumber + " holds " + free.max(ZERO).toPlainString()
                                + " yuan for disbursement; " + d.amount.toPlainString() + " yuan cannot be paid out.");
            }
        }
        d.status = approve ? DisbursementStatus.APPROVED : DisbursementStatus.REJECTED;
        d.decidedBy = caller.id();
        d.decidedAt = clock.instant();
        d.paidOutOn = approve ? paidOutOn : null;
        d.decisionNote = blankToNull(request.note());
        em.flush();
        publishDisbursement(c, d);
        audit.record(approve ? "DISBURSEMENT_APPROVED" : "DISBURSEMENT_REJECTED", "Disbursement", d.id.toString(),
                c.caseNumber + " " + d.amount.toPlainString());
        return d;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Disbursement> disbursementsOf(UUID caseId) {
        return disbursements.ofCase(caseService.get(caseId).id);
    }

    // --- totals ---------------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public MoneyTotals totals(UUID caseId) {
        return totals(List.of(caseId)).getOrDefault(caseId, MoneyTotals.NONE);
    }

    /** Paid, disbursed and pending per case, in two grouped queries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, MoneyTotals> totals(Collection<UUID> caseIds) {
        Map<UUID, MoneyTotals> result = new HashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        for (UUID id : caseIds) {
            result.put(id, MoneyTotals.NONE);
        }
        List<Object[]> paid = em.createQuery(
                        "select p.caseId, sum(p.amount) from Payment p where p.caseId in :ids group by p.caseId",
                        Object[].class)
                .setParameter("ids", caseIds).getResultList();
        for (Object[] row : paid) {
            UUID id = (UUID) row[0];
            result.put(id, new MoneyTotals(scaled(row[1]), ZERO, ZERO));
        }
        List<Object[]> out = em.createQuery("""
                        select d.caseId, d.status, sum(d.amount) from Disbursement d
                        where d.caseId in :ids and d.status <> :rejected group by d.caseId, d.status""", Object[].class)
                .setParameter("ids", caseIds).setParameter("rejected", DisbursementStatus.REJECTED).getResultList();
        for (Object[] row : out) {
            UUID id = (UUID) row[0];
            MoneyTotals t = result.get(id);
            BigDecimal sum = scaled(row[2]);
            result.put(id, row[1] == DisbursementStatus.APPROVED
                    ? new MoneyTotals(t.paid(), sum, t.pendingDisbursements())
                    : new MoneyTotals(t.paid(), t.disbursed(), sum));
        }
        return result;
    }

    private BigDecimal outstanding(Case c) {
        return c.owed().subtract(totals(c.id).paid()).max(ZERO);
    }

    private void requireAvailable(Case c, BigDecimal amount) {
        BigDecimal available = totals(c.id).available();
        if (amount.compareTo(available) > 0) {
            throw ProblemException.unprocessable("insufficient-funds", "Not enough money held",
                    "Case " + c.caseNumber + " holds " + available.max(ZERO).toPlainString()
                            + " yuan not yet disbursed or requested; " + amount.toPlainString()
                            + " yuan cannot be paid out.")
                    .with("available", available.max(ZERO));
        }
    }

    /**
     * After a payment: conclude when the settlement is performed or nothing is outstanding, on the day the settling
     * money was received (a payment entered after the fact concludes the case on its own day, not today).
     */
    private void concludeIfSettled(Case c, LocalDate receivedOn) {
        if (c.status != CaseStatus.IN_ENFORCEMENT && c.status != CaseStatus.SETTLEMENT_PERFORMING) {
            return;
        }
        if (c.status == CaseStatus.SETTLEMENT_PERFORMING && settlements.hasCompletedAgreement(c.id)) {
            caseService.move(c, CaseAction.CONCLUDE, ConclusionType.SETTLEMENT_PERFORMED, "和解协议履行完毕",
                    receivedOn);
        } else if (outstanding(c).signum() == 0) {
            settlements.endLiveAgreement(c, "everything owed was paid", receivedOn);
            caseService.move(c, CaseAction.CONCLUDE, ConclusionType.FULLY_PERFORMED, "全部履行完毕",
                    receivedOn);
        }
    }

    private Payment newPayment(Case c, PaymentKind kind, Channel channel, String payer, BigDecimal amount,
                               LocalDate receivedOn, String reference, UUID reverses, String reason) {
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.caseId = c.id;
        p.court = c.court;
        p.kind = kind;
        p.channel = channel;
        p.payer = payer;
        p.amount = amount;
        p.receivedOn = receivedOn;
        p.reference = reference;
        p.reversesPaymentId = reverses;
        p.reason = reason;
        p.recordedBy = caller.id();
        p.recordedAt = clock.instant();
        payments.persist(p);
        em.flush();
        return p;
    }

    private void publish(boolean reversal, Case c, Payment p) {
        MoneyTotals totals = totals(c.id);
        UUID reverses = p.reversesPaymentId;
        CaseEvent event = reversal
                ? new PaymentReversed(c.caseNumber, p.id, p.channel.name(), p.amount, p.receivedOn, totals.paid(),
                        c.owed(), reverses, c.campaignCode)
                : new PaymentRecorded(c.caseNumber, p.id, p.channel.name(), p.amount, p.receivedOn, totals.paid(),
                        c.owed(), reverses, c.campaignCode);
        events.publish(c.court, c.id.toString(), "Payment", p.id.toString(), event);
    }

    private void publishDisbursement(Case c, Disbursement d) {
        String number = c.caseNumber;
        String status = d.status.name();
        CaseEvent event = switch (d.status) {
            case REQUESTED -> new DisbursementRequested(number, d.id, d.amount, status, d.requestedOn, d.paidOutOn,
                    c.campaignCode);
            case APPROVED -> new DisbursementApproved(number, d.id, d.amount, status, d.requestedOn, d.paidOutOn,
                    c.campaignCode);
            case REJECTED -> new DisbursementRejected(number, d.id, d.amount, status, d.requestedOn, d.paidOutOn,
                    c.campaignCode);
        };
        events.publish(c.court, c.id.toString(), "Disbursement", d.id.toString(), event);
    }

    private PaymentResponse response(Case c, Payment p, List<PaymentResponse.Allocation> allocations,
                                     boolean withCase) {
        PaymentResponse.CaseMoney after = null;
        if (withCase) {
            BigDecimal paid = totals(c.id).paid();
            after = new PaymentResponse.CaseMoney(c.status, c.conclusionType, c.owed(), paid,
                    c.owed().subtract(paid).max(ZERO));
        }
        String payer = shownPayer(p.payer, p.channel);
        return new PaymentResponse(p.id, p.caseId, p.kind, p.channel, payer, p.amount, p.receivedOn,
                text.shown(p.caseId, p.reference), p.reversesPaymentId, text.shown(p.caseId, p.reason), p.recordedBy,
                p.recordedAt, allocations, after);
    }

    /** Payers are usually the debtor: masked like a person's name for roles without full access. */
    private String shownPayer(String payer, Channel channel) {
        return PersonalData.fullAccess(caller) || channel == Channel.AUCTION ? payer
                : PersonalData.maskName(payer, PartyKind.PERSON);
    }

    /**
     * A stored payment answer as the caller may see it now (a replay answers whoever asks now, not the one who asked
     * first): the payer masked and the free text scrubbed for those without full access.
     */
    public String maskStoredPayer(String body) {
        if (PersonalData.fullAccess(caller)) {
            return body;
        }
        try {
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(body);
            String channel = tree.path("channel").asText();
            tree.put("payer", shownPayer(tree.path("payer").asText(), Channel.valueOf(channel)));
            UUID caseId = UUID.fromString(tree.path("caseId").asText());
            for (String free : new String[] {"reference", "reason"}) {
                if (tree.hasNonNull(free)) {
                    tree.put(free, text.shown(caseId, tree.path(free).asText()));
                }
            }
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("Stored payment response is not readable", e);
        }
    }


    private static BigDecimal scaled(Object sum) {
        return sum == null ? ZERO : ((BigDecimal) sum).setScale(2);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static ProblemException paymentNotFound(UUID paymentId) {
        return ProblemException.notFound("payment-not-found", "Payment not found",
                "There is no payment " + paymentId + " in this case.");
    }
}
