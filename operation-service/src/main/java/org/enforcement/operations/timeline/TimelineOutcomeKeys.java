package org.enforcement.operations.timeline;

import org.enforcement.commons.idempotency.Idempotent;

/**
 * An entry that case-service will record (money, a measure, a settlement) must carry an Idempotency-Key: a retried
 * PAID_ON_SITE would otherwise become a second entry, a second delivery and a second payment.
 */
public final class TimelineOutcomeKeys implements Idempotent.KeyRequirement {

    @Override
    public boolean requiresKey(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof AppendTimelineEntryRequest request && request.type() != null) {
                return request.type().recordedByCaseService();
            }
        }
        return false;
    }
}
