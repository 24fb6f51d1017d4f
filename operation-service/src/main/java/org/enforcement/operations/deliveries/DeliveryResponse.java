package org.enforcement.operations.deliveries;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.enforcement.commons.problem.Problem;
import org.enforcement.operations.casesclient.MeasureCommand;
import org.enforcement.operations.casesclient.PaymentCommand;
import org.enforcement.operations.casesclient.SettlementCommand;

@Schema(name = "Delivery", description = "An outcome of the timeline being recorded in case-service")
public record DeliveryResponse(
        UUID id,
        @Schema(description = "The timeline entry it comes from") UUID entryId,
        UUID operationId,
        UUID targetId,
        UUID caseId,
        @Schema(example = "(2023)苏0804执123号") String caseNumber,
        DeliveryKind kind,
        DeliveryStatus status,
        @Schema(description = "Idempotency-Key sent with every attempt", example = "op-entry-5d1e7a0c-1111-4c2e-9f00-1b2c3d4e5f60")
        String idempotencyKey,
        int attempts,
        @Schema(nullable = true, description = "When PENDING: when it is due next") Instant nextAttemptAt,
        @Schema(nullable = true) Instant lastAttemptAt,
        @Schema(nullable = true, description = "HTTP status of the last answer (absent when case-service was not reached)")
        Integer lastStatus,
        @Schema(nullable = true, description = "Why the last attempt failed: case-service's problem body, or the network error")
        String lastError,
        @Schema(oneOf = Problem.class, nullable = true, description = "The last problem+json of case-service, when"
                + " lastError is one") Map<String, Object> problem,
        @Schema(nullable = true) Instant deliveredAt,
        @Schema(nullable = true) Integer responseStatus,
        @Schema(nullable = true, description = "Where case-service recorded it", example = "/api/cases/…/payments/…")
        String responseLocation,
        @Schema(nullable = true) String responseSummary,
        Instant createdAt,
        @Schema(nullable = true, oneOf = {PaymentCommand.class, SettlementCommand.class, MeasureCommand.class},
                description = "The body sent to case-service, by kind: a payment, a settlement or a measure (judges and"
                        + " the director only: it names the payer)")
        Map<String, Object> request) {
}
