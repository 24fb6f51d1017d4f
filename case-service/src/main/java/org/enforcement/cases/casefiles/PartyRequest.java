package org.enforcement.cases.casefiles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An applicant or respondent as registered. */
@Schema(name = "PartyRequest")
public record PartyRequest(
        @NotNull @Schema(example = "PERSON") PartyKind kind,
        @NotBlank @Size(max = 200) @Schema(example = "秦某某") String name,
        @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z-]*", message = "may contain only letters, digits and '-'")
        @Schema(description = "Resident ID number or unified social credit code", example = "320804198801011234")
        String idNumber,
        @Size(max = 32) @Pattern(regexp = "[0-9+ -]*", message = "may contain only digits, '+', '-' and spaces")
        @Schema(example = "13812345678") String phone,
        @Size(max = 500) @Schema(example = "江苏省淮安市淮阴区王营镇某村12号") String address) {
}
