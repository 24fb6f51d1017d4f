package org.enforcement.cases.payments;

import java.util.ArrayList;
import java.util.List;
import org.enforcement.cases.casefiles.Case;

/**
 * Fired (a synchronous CDI event, in the transaction that booked it, under the case lock) when money came in for
 * a case: settlements allocate it to the installments of the live agreement and add each share to
 * {@code allocated}, in order, so the booking answers with them without reading them back.
 */
public record PaymentBooked(Case lockedCase, Payment payment, List<PaymentResponse.Allocation> allocated) {

    public PaymentBooked(Case lockedCase, Payment payment) {
        this(lockedCase, payment, new ArrayList<>());
    }
}
