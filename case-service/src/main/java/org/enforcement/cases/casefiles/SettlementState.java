package org.enforcement.cases.casefiles;

import java.util.UUID;

/**
 * What the case lifecycle needs to know of a case's settlement agreements (implemented by settlements). A port,
 * so that settlements depend on the case and not the other way round.
 */
public interface SettlementState {

    /** Whether an agreement of the case was performed in full (和解履行完毕). */
    boolean performed(UUID caseId);

    /** Whether the case's live agreement is breached. */
    boolean breached(UUID caseId);
}
