package org.enforcement.cases.casefiles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.enforcement.commons.problem.ProblemException;

/**
 * Resuming enforcement (恢复执行): after a breached settlement agreement, or a case concluded this round (终本) when
 * property is found. The live agreement ends with it.
 */
@UseCase
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResumeEnforcement {

    @Inject
    CaseMoves moves;

    @Inject
    CaseCalendar calendar;

    @Inject
    SettlementState settlements;

    @Inject
    Event<CaseLeavesSettlement> leavesSettlement;

    /** {@code resumedOn} null means today. */
    public void resume(Case c, String reason, LocalDate resumedOn) {
        if (reason == null) {
            throw ProblemException.invalidField("reason",
                    "is required to resume enforcement (e.g. the applicant's application)");
        }
        CaseLifecycle.next(c, CaseAction.RESUME, null);
        if (c.status == CaseStatus.SETTLEMENT_PERFORMING && !settlements.breached(c.id)) {
            throw ProblemException.conflict("settlement-not-breached", "Settlement is being performed",
                    "Case " + c.caseNumber + " has a settlement agreement that is being performed; enforcement can"
                            + " be resumed only after it was breached.");
        }
        leavesSettlement.fire(new CaseLeavesSettlement(c, "enforcement resumed: " + reason,
                resumedOn == null ? calendar.today() : resumedOn));
        moves.move(c, CaseAction.RESUME, null, reason, resumedOn);
    }
}
