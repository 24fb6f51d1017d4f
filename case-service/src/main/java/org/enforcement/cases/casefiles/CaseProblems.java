package org.enforcement.cases.casefiles;

import java.util.UUID;
import org.enforcement.commons.problem.ProblemException;

/** The problems every feature answers about the case itself. */
public final class CaseProblems {

    private CaseProblems() {
    }

    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("case-not-found", "Case not found",
                "There is no enforcement case " + id + " in your court.");
    }

    /** A money change asked of a concluded case ({@code what}: "recording payments", ...). */
    public static ProblemException concluded(Case c, String what) {
        return ProblemException.conflict("case-concluded", "Case concluded",
                "Case " + c.caseNumber + " is concluded; resume it before " + what + ".");
    }
}
