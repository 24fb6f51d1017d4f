package org.enforcement.cases.measures;

/** Where a measure stands: awaiting the director, in force, or done. */
public enum MeasureStatus {
    /** Ordered by a judge but needs the director's approval first (detention, search, long summons). */
    PENDING_APPROVAL,
    /** In force: approved, or not needing approval. */
    ORDERED,
    /** The director refused the measure. */
    REJECTED,
    /** Carried out (e.g. the respondent was brought in, detained, the property sealed). */
    EXECUTED,
    /** Finished with a result: property reported, valuation recorded, auction sold. */
    COMPLETED,
    /** The respondent refused to report his property (拒绝报告财产), which is itself sanctionable. */
    REFUSED
}
