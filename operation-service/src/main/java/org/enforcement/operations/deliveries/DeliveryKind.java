package org.enforcement.operations.deliveries;

import org.enforcement.operations.timeline.TimelineEventType;

/** What case-service records for an outcome of the timeline. */
public enum DeliveryKind {
    /** PAID_ON_SITE → {@code POST /api/cases/{id}/payments} (channel ON_SITE). */
    PAYMENT,
    /** SUMMONED → {@code POST /api/cases/{id}/measures} (SUMMONS). */
    SUMMONS,
    /** DETAINED → {@code POST /api/cases/{id}/measures} (DETENTION, pending the director's approval). */
    DETENTION,
    /** SETTLEMENT_REACHED → {@code POST /api/cases/{id}/settlements}. */
    SETTLEMENT,
    /** HANDED_OVER → {@code POST /api/cases/{id}/measures} (HANDOVER, executed). */
    HANDOVER,
    /** SEARCH_PERFORMED → {@code POST /api/cases/{id}/measures} (SEARCH, executed, with its witnesses and result). */
    SEARCH,
    /** PROPERTY_VALUED → {@code POST /api/cases/{id}/measures} (VALUATION, completed with its amount). */
    VALUATION;

    /**
     * The kind an entry type is delivered as, or null when case-service need not hear of it: exactly the types that
     * {@link TimelineEventType#recordedByCaseService() case-service records}.
     */
    public static DeliveryKind of(TimelineEventType type) {
        return switch (type) {
            case PAID_ON_SITE -> PAYMENT;
            case SUMMONED -> SUMMONS;
            case DETAINED -> DETENTION;
            case SETTLEMENT_REACHED -> SETTLEMENT;
            case HANDED_OVER -> HANDOVER;
            case SEARCH_PERFORMED -> SEARCH;
            case PROPERTY_VALUED -> VALUATION;
            default -> null;
        };
    }

    /** Measures against the debtor need the respondent's party id, looked up in case-service before sending. */
    boolean needsRespondent() {
        return this == SUMMONS || this == DETENTION;
    }
}
