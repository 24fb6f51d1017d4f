package org.enforcement.operations.casesclient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;
import org.enforcement.rules.vocabulary.EnforcedCase;

/** The fields of a case-service case that operation-service uses; anything else is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseView(UUID id, String caseNumber, String court, String status, List<PartyView> respondents) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PartyView(UUID id, String kind, String name) {
    }

    /** Cases an operation may act on: in enforcement, or with a settlement being performed (or breached). */
    public boolean inEnforcement() {
        return EnforcedCase.is(status);
    }
}
