package org.enforcement.cases.payments;

import org.enforcement.cases.casefiles.Case;

/**
 * Fired (a synchronous CDI event, in the transaction that booked it, under the case lock) when money came in for
 * a case: settlements allocate it to the installments of the live agreement.
 */
public record PaymentBooked(Case lockedCase, Payment payment) {
}
