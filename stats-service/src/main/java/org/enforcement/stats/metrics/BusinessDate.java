package org.enforcement.stats.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enforcement.events.EventPayload;
import org.enforcement.rules.BusinessCalendar;

/**
 * The business date an event counts on: the day its fact happened in the courts' zone
 * ({@link BusinessCalendar#ZONE}), read from the field of the payload's record its type carries ({@link FeedPayloads}),
 * never the day it was typed in.
 * A case filed in 2023 and entered in 2026 counts in 2023.
 *
 * <ul>
 *   <li>A type in {@link #FIELDS} takes the first of its fields that is present; a date ({@code 2023-08-04}) counts
 *       as is, an instant ({@code 2023-08-03T16:30:00Z}) on its day in Shanghai (2023-08-04).</li>
 *   <li>An event of such a type written before the sources published the field (none of its fields present)
 *       counts on the day of its {@code occurredAt}, as it always did; so does every type not in the table.</li>
 *   <li>A field that is present but no date or instant, or outside the business calendar
 *       ({@link BusinessCalendar#outOfRange}), makes the event unprojectable: a dead letter, not a wrong day.</li>
 * </ul>
 */
public final class BusinessDate {

    /** Per event type, the payload fields naming its business date, the first present one wins. */
    static final Map<String, List<String>> FIELDS = Map.ofEntries(
            // case-service
            Map.entry("CaseFiled", List.of("filedOn")),
            Map.entry("CaseConcluded", List.of("concludedOn")),
            Map.entry("CaseEnforcementStarted", List.of("startedOn")),
            Map.entry("CaseResumed", List.of("resumedOn")),
            Map.entry("CaseSettlementPerforming", List.of("signedOn")),
            Map.entry("PaymentRecorded", List.of("receivedOn")),
            Map.entry("PaymentReversed", List.of("receivedOn")),
            Map.entry("DisbursementRequested", List.of("requestedOn")),
            Map.entry("DisbursementApproved", List.of("paidOutOn")),
            Map.entry("SettlementSigned", List.of("signedOn")),
            Map.entry("SettlementBreached", List.of("breachedOn")),
            Map.entry("SettlementCompleted", List.of("completedOn")),
            Map.entry("SettlementTerminated", List.of("terminatedOn")),
            Map.entry("InstallmentMissed", List.of("missedOn")),
            // A measure decided in the field (a hand-over, a summons) counts on the instant it was decided there.
            Map.entry("MeasureOrdered", List.of("decidedInFieldAt", "orderedOn")),
            Map.entry("MeasureApproved", List.of("decidedOn")),
            Map.entry("MeasureRejected", List.of("decidedOn")),
            Map.entry("MeasureExecuted", List.of("resultOn")),
            Map.entry("PropertyReportRefused", List.of("resultOn")),
            Map.entry("ValuationRecorded", List.of("resultOn")),
            Map.entry("AuctionSold", List.of("resultOn")),
            // operation-service
            Map.entry("OperationClosed", List.of("date")),
            Map.entry("TargetOutcome", List.of("occurredAt")),
            Map.entry("StreamStarted", List.of("startedAt")),
            Map.entry("StreamEnded", List.of("endedAt")));

    private BusinessDate() {
    }

    /**
     * The business date of {@code event}, judged against the calendar of {@code today}; null when the event has
     * neither a business date nor an {@code occurredAt}.
     *
     * @throws MetricProjector.UnprojectableEvent when a business date field is present but unusable
     */
    public static LocalDate of(FeedEvent event, LocalDate today) {
        return of(event, FeedPayloads.read(event).orElse(null), today);
    }

    /** As {@link #of(FeedEvent, LocalDate)}, with the payload already read ({@code null}: a type not counted). */
    static LocalDate of(FeedEvent event, EventPayload payload, LocalDate today) {
        List<String> fields = payload == null ? List.of() : FIELDS.getOrDefault(event.type(), List.of());
        for (String field : fields) {
            Optional<Object> value = FeedPayloads.field(payload, field);
            if (value.isPresent()) {
                LocalDate day = value.get() instanceof Instant instant ? BusinessCalendar.dayOf(instant)
                        : (LocalDate) value.get();
                return checked(field, day, today);
            }
        }
        return event.occurredAt() == null ? null : BusinessCalendar.dayOf(event.occurredAt());
    }

    private static LocalDate checked(String field, LocalDate day, LocalDate today) {
        Optional<String> outOfRange = BusinessCalendar.outOfRange(day, today);
        if (outOfRange.isPresent()) {
            throw new MetricProjector.UnprojectableEvent("payload." + field + " " + outOfRange.get() + ": " + day);
        }
        return day;
    }
}
