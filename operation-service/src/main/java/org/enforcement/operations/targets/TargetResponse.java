package org.enforcement.operations.targets;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.privacy.Masking;

@Schema(name = "Target")
public record TargetResponse(
        UUID id,
        int seq,
        UUID caseId,
        @Schema(example = "(2023)苏0804执1234号") String caseNumber,
        @Schema(example = "秦某") String debtorName,
        @Schema(description = "Masked for roles that do not go out to the address") String address,
        @Schema(nullable = true) BigDecimal lat,
        @Schema(nullable = true) BigDecimal lng,
        @Schema(nullable = true, type = SchemaType.STRING, example = "05:40") LocalTime arriveNotBefore,
        @Schema(nullable = true, type = SchemaType.STRING, example = "06:30") LocalTime arriveNotAfter,
        @Schema(nullable = true) UUID pinnedTeamId,
        TargetStatus status) {

    public static TargetResponse of(Target t, boolean fullAddress) {
        return new TargetResponse(t.id, t.seq, t.caseId, t.caseNumber, t.debtorName,
                fullAddress ? t.address : Masking.address(t.address), fullAddress ? t.lat : null,
                fullAddress ? t.lng : null, t.arriveNotBefore, t.arriveNotAfter, t.pinnedTeamId, t.status);
    }
}
