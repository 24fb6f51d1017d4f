package org.enforcement.operations.people;

/** Court staff taking part. Officers (执行干警) and judges (执行法官) count toward the deployed total. */
public enum ParticipantRole {
    OFFICER,
    JUDGE,
    COMMANDER,
    CLERK,
    AUXILIARY
}
