package org.enforcement.operations.targets;

/** What became of a target during the operation (set from its timeline). */
public enum TargetStatus {
    PENDING,
    /** The debtor was found (查找到被执行人). */
    FOUND,
    /** Officers arrived but did not find the debtor. */
    NOT_FOUND,
    /** Known to be away before the teams got there: left out of re-planning. */
    ABSENT
}
