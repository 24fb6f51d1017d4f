package org.enforcement.operations.streams;

/** SUBMITTED → ACCEPTED or REJECTED by a moderator; ACCEPTED → ANSWERED by a judge. Only ANSWERED is public. */
public enum QuestionStatus {
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    ANSWERED
}
