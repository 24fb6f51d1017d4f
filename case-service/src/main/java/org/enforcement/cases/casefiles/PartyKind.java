package org.enforcement.cases.casefiles;

/** A natural person or an organisation; fines and masking differ between them. */
public enum PartyKind {
    PERSON,
    ORGANIZATION
}
