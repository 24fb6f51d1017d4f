package org.enforcement.stats.campaigns;

/** Where a key task stands on a day. */
public enum ProgressStatus {
    ON_TRACK, BEHIND, ACHIEVED, MISSED
}
