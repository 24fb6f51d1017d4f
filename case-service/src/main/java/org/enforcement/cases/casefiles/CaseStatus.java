package org.enforcement.cases.casefiles;

/** Where a case stands: 立案 → 执行中 → (和解履行中) → 执结. */
public enum CaseStatus {
    /** 立案: registered, enforcement not yet started. */
    FILED,
    /** 执行中. */
    IN_ENFORCEMENT,
    /** 和解履行中: a settlement agreement is being performed (or was breached and awaits a decision). */
    SETTLEMENT_PERFORMING,
    /** 执结: concluded; see {@link ConclusionType}. */
    CONCLUDED
}
