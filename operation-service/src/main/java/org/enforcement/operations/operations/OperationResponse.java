package org.enforcement.operations.operations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.rules.privacy.PersonalDataScrubber;

@Schema(name = "Operation")
public record OperationResponse(
        UUID id,
        @Schema(example = "苏0804") String court,
        String name,
        @Schema(example = "淮执·9号") String campaignCode,
        LocalDate date,
        String assemblyPlace,
        BigDecimal assemblyLat,
        BigDecimal assemblyLng,
        @Schema(type = SchemaType.STRING, example = "05:00") LocalTime assemblyTime,
        @Schema(type = SchemaType.STRING, example = "05:30") LocalTime departureTime,
        String commander,
        boolean requiresWitnesses,
        int minWitnesses,
        OperationStatus status,
        @Schema(nullable = true) Instant assembledAt,
        @Schema(nullable = true) Instant departedAt,
        @Schema(nullable = true) Instant closedAt,
        @Schema(description = "Officers and judges taking part") long participants,
        long witnesses,
        long targets,
        @Schema(description = "Same value as the ETag header") long version) {

    public static OperationResponse of(Operation o, long participants, long witnesses, long targets,
                                       boolean asWritten) {
        return new OperationResponse(o.id, o.court,
                asWritten ? o.name : PersonalDataScrubber.withoutParties().scrub(o.name), o.campaignCode, o.date, o.assemblyPlace, o.assemblyLat,
                o.assemblyLng, o.assemblyTime, o.departureTime, o.commander, o.requiresWitnesses, o.minWitnesses,
                o.status, o.assembledAt, o.departedAt, o.closedAt, participants, witnesses, targets, o.version);
    }
}
