package org.enforcement.cases.casefiles;

/** How a case was concluded (结案方式). */
public enum ConclusionType {
    /** 执行完毕: everything owed was paid or done. */
    FULLY_PERFORMED,
    /** 和解履行完毕: the settlement agreement was performed. */
    SETTLEMENT_PERFORMED,
    /** 终结本次执行程序 (终本): no property found this round; enforcement can be resumed later. */
    TERMINATED_THIS_ROUND,
    /** 终结执行: enforcement ended for good. */
    TERMINATED
}
