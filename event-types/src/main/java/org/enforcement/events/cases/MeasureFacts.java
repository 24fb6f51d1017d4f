package org.enforcement.events.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The fields every measure event carries, built once by the producer (not an event itself). */
public record MeasureFacts(
        String caseNumber,
        UUID measureId,
        String measureType,
        String status,
        String respondentKind,
        Integer durationHours,
        Boolean complex,
        Integer detentionDays,
        BigDecimal amount,
        LocalDate deadline,
        LocalDate startsOn,
        LocalDate endsOn,
        List<String> witnessCapacities,
        String legalBasis,
        LocalDate orderedOn,
        Instant decidedInFieldAt,
        String campaignCode) {
}
