package org.enforcement.cases.payments;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which installments the payments of a case paid off (implemented by settlements). A port, so that payments do not
 * depend on settlements.
 */
public interface PaymentAllocations {

    /** The allocations of every payment (and reversal) of the case, by payment id, oldest first. */
    Map<UUID, List<PaymentResponse.Allocation>> ofCase(UUID caseId);

    /** The allocations of one payment (or reversal) of the case, oldest first. */
    List<PaymentResponse.Allocation> of(UUID caseId, UUID paymentId);
}
