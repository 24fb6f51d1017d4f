package org.enforcement.cases.casefiles;

import java.util.Set;
import org.enforcement.commons.problem.ProblemException;

/**
 * The legal moves of a case. Anything not listed is an illegal transition (409):
 * <pre>
 *   FILED ──START_ENFORCEMENT──▶ IN_ENFORCEMENT ──SETTLE──▶ SETTLEMENT_PERFORMING
 *   IN_ENFORCEMENT | SETTLEMENT_PERFORMING ──CONCLUDE──▶ CONCLUDED
 *   CONCLUDED (终本) | SETTLEMENT_PERFORMING (breached) ──RESUME──▶ IN_ENFORCEMENT
 * </pre>
 * Facts beyond the status (money outstanding, the agreement's state) are checked by {@link ConclusionPolicy} and the use cases.
 */
public final class CaseLifecycle {

    private CaseLifecycle() {
    }

    public static CaseStatus next(Case c, CaseAction action, ConclusionType conclusionType) {
        CaseStatus to = switch (action) {
            case FILE -> null;
            case START_ENFORCEMENT -> c.status == CaseStatus.FILED ? CaseStatus.IN_ENFORCEMENT : null;
            case SETTLE -> c.status == CaseStatus.IN_ENFORCEMENT ? CaseStatus.SETTLEMENT_PERFORMING : null;
            case CONCLUDE -> Set.of(CaseStatus.IN_ENFORCEMENT, CaseStatus.SETTLEMENT_PERFORMING).contains(c.status)
                    ? CaseStatus.CONCLUDED : null;
            case RESUME -> c.status == CaseStatus.SETTLEMENT_PERFORMING
                    || c.status == CaseStatus.CONCLUDED && c.conclusionType == ConclusionType.TERMINATED_THIS_ROUND
                    ? CaseStatus.IN_ENFORCEMENT : null;
        };
        if (to == null) {
            String from = c.status + (c.conclusionType == null ? "" : " (" + c.conclusionType + ")");
            throw ProblemException.conflict("illegal-transition", "Illegal transition",
                    "Case " + c.caseNumber + " is " + from + "; " + action + " is not allowed from there."
                            + hint(action))
                    .with("currentStatus", c.status.name());
        }
        return to;
    }

    private static String hint(CaseAction action) {
        return switch (action) {
            case RESUME -> " Only a case concluded this round (终本) or with a breached settlement can be resumed.";
            case SETTLE -> " A settlement can be signed only while the case is in enforcement.";
            case START_ENFORCEMENT -> " Enforcement starts once, from FILED.";
            default -> "";
        };
    }
}
