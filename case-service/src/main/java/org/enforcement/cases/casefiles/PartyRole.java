package org.enforcement.cases.casefiles;

/** 申请执行人 / 被执行人. */
public enum PartyRole {
    APPLICANT,
    RESPONDENT
}
