package org.enforcement.cases.payments;

import org.enforcement.cases.casefiles.Case;

/**
 * Fired (a synchronous CDI event, in the transaction that booked it, under the case lock) when a payment was
 * reversed: settlements undo what the original paid off.
 */
public record ReversalBooked(Case lockedCase, Payment original, Payment reversal) {
}
