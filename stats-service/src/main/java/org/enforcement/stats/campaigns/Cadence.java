package org.enforcement.stats.campaigns;

/** How a key task's target is measured. */
public enum Cadence {
    /** The target is for the whole campaign up to the task's deadline. */
    TOTAL,
    /** The target is for each calendar month up to the task's deadline. */
    MONTHLY
}
