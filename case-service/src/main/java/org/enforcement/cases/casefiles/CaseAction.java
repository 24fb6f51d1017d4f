package org.enforcement.cases.casefiles;

/** What moves a case from one status to another. */
public enum CaseAction {
    /** 立案. */
    FILE,
    /** 开始执行. */
    START_ENFORCEMENT,
    /** Signing a settlement agreement (执行和解). */
    SETTLE,
    /** 结案 with a {@link ConclusionType}. */
    CONCLUDE,
    /** 恢复执行: after 终本 or a breached settlement. */
    RESUME
}
