package org.enforcement.operations.streams;

/** SCHEDULED → LIVE → ENDED. Only LIVE and ENDED streams are public. */
public enum StreamStatus {
    SCHEDULED,
    LIVE,
    ENDED
}
