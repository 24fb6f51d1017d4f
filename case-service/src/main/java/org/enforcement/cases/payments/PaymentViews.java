package org.enforcement.cases.payments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enforcement.cases.casefiles.Case;
import org.enforcement.cases.casefiles.CaseQueries;
import org.enforcement.cases.casefiles.CaseText;
import org.enforcement.cases.casefiles.PartyKind;
import org.enforcement.cases.casefiles.PersonalData;
import org.enforcement.commons.problem.ProblemException;
import org.enforcement.commons.security.Caller;

/** Payments as the caller may see them: the payer masked and free text scrubbed for roles without full access. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PaymentViews {

    @Inject
    CaseQueries caseQueries;

    @Inject
    PaymentRepository payments;

    @Inject
    DisbursementRepository disbursements;

    @Inject
    PaymentAllocations allocations;

    @Inject
    Caller caller;

    @Inject
    CaseText text;

    @Inject
    ObjectMapper mapper;

    public List<PaymentResponse> list(UUID caseId) {
        Case c = caseQueries.get(caseId);
        Map<UUID, List<PaymentResponse.Allocation>> allocated = allocations.ofCase(c.id);
        return payments.ofCase(c.id).stream()
                .map(p -> response(c, p, allocated.getOrDefault(p.id, List.of()), null)).toList();
    }

    public PaymentResponse get(UUID caseId, UUID paymentId) {
        Case c = caseQueries.get(caseId);
        Payment p = payments.inCase(c.id, paymentId).orElseThrow(() -> notFound(paymentId));
        return response(c, p, allocations.of(c.id, p.id), null);
    }

    public List<Disbursement> disbursements(UUID caseId) {
        return disbursements.ofCase(caseQueries.get(caseId).id);
    }

    /** The answer to the request that recorded {@code p}: with what it paid off and the case right after it. */
    PaymentResponse recorded(Case c, Payment p) {
        return recorded(c, p, allocations.of(c.id, p.id));
    }

    /** The same, when the booking knows what {@code p} paid off (oldest installment first). */
    PaymentResponse recorded(Case c, Payment p, List<PaymentResponse.Allocation> allocated) {
        var ledger = c.ledger();
        var after = new PaymentResponse.CaseMoney(c.status, c.conclusionType, c.owed(), ledger.paid(),
                ledger.outstanding());
        return response(c, p, List.copyOf(allocated), after);
    }

    private PaymentResponse response(Case c, Payment p, List<PaymentResponse.Allocation> allocated,
                                     PaymentResponse.CaseMoney after) {
        String payer = shownPayer(p.payer, p.channel);
        return new PaymentResponse(p.id, p.caseId, p.kind, p.channel, payer, p.amount, p.receivedOn,
                text.shown(p.caseId, p.reference), p.reversesPaymentId, text.shown(p.caseId, p.reason), p.recordedBy,
                p.recordedAt, allocated, after);
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
            var tree = (ObjectNode) mapper.readTree(body);
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

    static ProblemException notFound(UUID paymentId) {
        return ProblemException.notFound("payment-not-found", "Payment not found",
                "There is no payment " + paymentId + " in this case.");
    }
}
