package org.enforcement.operations.timeline;

import java.util.EnumSet;
import java.util.Set;

/** What can be written in an operation's timeline (执行记录). Details expected per type are in the API docs. */
public enum TimelineEventType {
    /** Operation-level steps. */
    ASSEMBLED,
    DEPARTED,
    CLOSED,
    /** A team came back to base. */
    TEAM_RETURNED,
    /** At a target. */
    ARRIVED,
    DEBTOR_FOUND,
    DEBTOR_NOT_FOUND,
    /** Relatives ordered to bring the debtor within {@code minutes}. */
    RELATIVES_ORDERED_TO_APPEAR,
    PROPERTY_REPORT_REFUSED,
    /** 拘传: {@code durationHours}. Becomes a SUMMONS measure in case-service. */
    SUMMONED,
    /** 司法拘留: {@code detentionDays}. Becomes a DETENTION measure in case-service (pending director approval). */
    DETAINED,
    /** Paid on the spot: {@code amount}, {@code payer}. Becomes a payment in case-service. */
    PAID_ON_SITE,
    /** 执行和解: {@code total} and {@code installments}. Becomes a settlement agreement in case-service. */
    SETTLEMENT_REACHED,
    /**
     * 搜查 under the signed warrant {@code warrantNumber} and the supervision of {@code procuratorate}. Becomes a SEARCH
     * measure in case-service, executed, witnessed by the operation's witnesses, with the note as its result.
     */
    SEARCH_PERFORMED,
    /**
     * 评估 / 现场询价: {@code item} valued at {@code amount}. Becomes a VALUATION measure in case-service, completed with
     * that amount.
     */
    PROPERTY_VALUED,
    /** Lock opened or changed by force ({@code note}). */
    LOCK_CHANGED,
    /** Premises, land or equipment handed over ({@code item}). Recorded in case-service as performed. */
    HANDED_OVER,
    NOTE;

    private static final Set<TimelineEventType> STEPS = EnumSet.of(ASSEMBLED, DEPARTED, CLOSED);
    private static final Set<TimelineEventType> AT_TARGET = EnumSet.of(ARRIVED, DEBTOR_FOUND, DEBTOR_NOT_FOUND,
            RELATIVES_ORDERED_TO_APPEAR, PROPERTY_REPORT_REFUSED, SUMMONED, DETAINED, PAID_ON_SITE, SETTLEMENT_REACHED,
            SEARCH_PERFORMED, PROPERTY_VALUED, LOCK_CHANGED, HANDED_OVER);
    /** What case-service records (a payment, a measure, a settlement): deliveries send each as its DeliveryKind. */
    private static final Set<TimelineEventType> RECORDED_BY_CASE_SERVICE = EnumSet.of(PAID_ON_SITE, SUMMONED,
            DETAINED, SETTLEMENT_REACHED, HANDED_OVER, SEARCH_PERFORMED, PROPERTY_VALUED);
    private static final Set<TimelineEventType> OUTCOMES = EnumSet.of(DEBTOR_FOUND, DEBTOR_NOT_FOUND, SUMMONED,
            DETAINED, PAID_ON_SITE, SETTLEMENT_REACHED, HANDED_OVER);

    /** Written by the operation's transitions only, never posted. */
    public boolean step() {
        return STEPS.contains(this);
    }

    /** Happens at one target: the entry must name a target of the operation. */
    public boolean atTarget() {
        return AT_TARGET.contains(this);
    }

    /** What became of a target (found or not, summoned, detained, paid, settled, handed over): a TargetOutcome event. */
    public boolean outcome() {
        return OUTCOMES.contains(this);
    }

    /** Delivered to case-service, which records it (money, a measure, a settlement); see deliveries' DeliveryKind. */
    public boolean recordedByCaseService() {
        return RECORDED_BY_CASE_SERVICE.contains(this);
    }
}
