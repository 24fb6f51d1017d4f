package org.enforcement.events.cases;

import org.enforcement.events.EventPayload;

/** What case-service's feed ({@code GET /events}) carries: one record per event type. */
public sealed interface CaseEvent extends EventPayload permits CaseFiled, CaseEnforcementStarted,
        CaseSettlementPerforming, CaseResumed, CaseConcluded, PaymentRecorded, PaymentReversed,
        DisbursementRequested, DisbursementApproved, DisbursementRejected, SettlementSigned, SettlementCompleted,
        SettlementTerminated, SettlementBreached, InstallmentMissed, MeasureOrdered, MeasureApproved,
        MeasureRejected, MeasureExecuted, PropertyReportRefused, ValuationRecorded, AuctionSold {
}
