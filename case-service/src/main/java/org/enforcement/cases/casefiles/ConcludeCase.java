package org.enforcement.cases.casefiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.enforcement.commons.problem.ProblemException;

/**
 * Concluding a case (执结), as a judge asks it or after a payment that settles everything; {@link ConclusionPolicy}
 * decides, this carries it out on the case the caller holds: the live agreement ends, the case moves.
 */
@UseCase
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConcludeCase {

    @Inject
    CaseMoves moves;

    @Inject
    CaseCalendar calendar;

    @Inject
    SettlementState settlements;

    @Inject
    Event<CaseLeavesSettlement> leavesSettlement;

    /** The CONCLUDE transition: {@code concludedOn} null means today. */
    public void conclude(Case c, ConclusionType type, String reason, LocalDate concludedOn) {
        if (type == null) {
            throw ProblemException.invalidField("conclusionType", "is required to conclude a case");
        }
        CaseLifecycle.next(c, CaseAction.CONCLUDE, type);
        var verdict = ConclusionPolicy.onRequest(type, reason, facts(c));
        if (verdict instanceof ConclusionPolicy.Refused refused) {
            throw refusal(c, refused);
        }
        var concludes = (ConclusionPolicy.Concludes) verdict;
        leavesSettlement.fire(new CaseLeavesSettlement(c, concludes.agreementEnds(),
                concludedOn == null ? calendar.today() : concludedOn));
        moves.move(c, CaseAction.CONCLUDE, type, reason, concludedOn);
    }

    /**
     * After a payment received on {@code receivedOn}: concludes the case if the payment settled it, on that day (a
     * payment entered after the fact concludes the case on its own day, not today).
     */
    public void ifSettled(Case c, LocalDate receivedOn) {
        ConclusionPolicy.afterPayment(facts(c)).ifPresent(concludes -> {
            if (concludes.agreementEnds() != null) {
                leavesSettlement.fire(new CaseLeavesSettlement(c, concludes.agreementEnds(), receivedOn));
            }
            moves.move(c, CaseAction.CONCLUDE, concludes.type(), concludes.reason(), receivedOn);
        });
    }

    private ConclusionPolicy.Facts facts(Case c) {
        return new ConclusionPolicy.Facts(c.status, c.ledger().outstanding(), settlements.performed(c.id));
    }

    private static ProblemException refusal(Case c, ConclusionPolicy.Refused refused) {
        return switch (refused.rule()) {
            case AMOUNT_OUTSTANDING -> ProblemException.unprocessable("amount-outstanding", "Amount still outstanding",
                            "Case " + c.caseNumber + " still has " + refused.outstanding().toPlainString()
                                    + " yuan outstanding; it cannot be concluded as fully performed (执行完毕).")
                    .with("outstanding", refused.outstanding());
            case SETTLEMENT_NOT_PERFORMED -> ProblemException.unprocessable("settlement-not-performed",
                    "Settlement not performed",
                    "Case " + c.caseNumber + " has no fully performed settlement agreement (和解履行完毕).");
            case REASON_REQUIRED -> ProblemException.invalidField("reason", "is required to terminate enforcement");
        };
    }
}
