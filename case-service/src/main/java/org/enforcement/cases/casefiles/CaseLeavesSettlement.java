package org.enforcement.cases.casefiles;

import java.time.LocalDate;

/**
 * Fired (a synchronous CDI event, in the transaction of the move) when a case concludes or resumes enforcement:
 * its live settlement agreement, if any, ends on {@code on} for {@code reason}. Settlements observe it.
 */
public record CaseLeavesSettlement(Case lockedCase, String reason, LocalDate on) {
}
