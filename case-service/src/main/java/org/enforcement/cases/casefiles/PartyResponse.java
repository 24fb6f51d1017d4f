package org.enforcement.cases.casefiles;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A party as shown to the caller: personal data is masked unless the caller's role needs it. */
@Schema(name = "Party")
public record PartyResponse(
        UUID id,
        PartyRole role,
        PartyKind kind,
        @Schema(example = "秦某") String name,
        @Schema(nullable = true, example = "320***********1234") String idNumber,
        @Schema(nullable = true, example = "138****5678") String phone,
        @Schema(nullable = true, example = "江苏省淮安市****") String address,
        @Schema(description = "True when personal data was masked for the caller's role") boolean masked) {

    static PartyResponse of(Party party, boolean full) {
        if (full) {
            return new PartyResponse(party.id, party.role, party.kind, party.name, party.idNumber, party.phone,
                    party.address, false);
        }
        return new PartyResponse(party.id, party.role, party.kind, PersonalData.maskName(party.name, party.kind),
                PersonalData.maskIdNumber(party.idNumber), PersonalData.maskPhone(party.phone),
                PersonalData.maskAddress(party.address), true);
    }
}
